using System.Text;
using System.Text.RegularExpressions;
using System.IO.Enumeration;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Safety;

namespace Kennisbank.Site.Loading;

/// <summary>Stage 1: read the input folder into memory. Nothing here interprets content.</summary>
public static partial class Loader
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [GeneratedRegex(@"^(?<name>[a-z0-9][a-z0-9-]*)\.(?<lang>[a-z]{2})\.md$")]
    private static partial Regex PageFileName();

    public static (SiteSource Source, IReadOnlyList<Diagnostic> Diagnostics) Load(string inputDir, string displayRoot)
    {
        var diagnostics = new List<Diagnostic>();
        var documents = new List<SourceDocument>();
        var assets = new List<Asset>();
        var data = new List<DataText>();
        ConfigFile? config = null;
        var root = Path.GetFullPath(inputDir);

        // Sorted ordinally so that nothing downstream depends on the file system's order.
        var files = Walk(root)
            .Select(f => (f.Full, Rel: Path.GetRelativePath(root, f.Full).Replace('\\', '/'), f.IsLink))
            .Where(f => !f.Rel.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Rel, StringComparer.Ordinal);

        // What each file is, decided in order; then each entry's type is checked and the pages and data files are
        // read, in parallel (reading is most of this stage's time), and collected in order again.
        var entries = files.Select(f => f.IsLink ? (Kind.Link, f.Full, f.Rel, Display(f.Rel, displayRoot), null) : Classify(f.Full, f.Rel, displayRoot)).ToArray();
        var texts = new (string? Text, Diagnostic? Problem)[entries.Length];
        Parallel.For(0, entries.Length, i =>
        {
            if (entries[i].Kind is Kind.Link or Kind.Ignored) return;
            // Checked before anything opens the file: opening a named pipe waits for a writer.
            switch (FileKind.Of(entries[i].Full))
            {
                case FileKind.Kind.SymbolicLink: entries[i].Kind = Kind.Link; return;
                case FileKind.Kind.Other or FileKind.Kind.Directory: entries[i].Kind = Kind.NotRegular; return;
            }
            if (entries[i].Kind is Kind.Page or Kind.Data or Kind.Config) texts[i] = Read(entries[i].Full, entries[i].Display);
        });

        for (var i = 0; i < entries.Length; i++)
        {
            var (kind, full, rel, display, match) = entries[i];
            var (text, problem) = texts[i];
            if (problem is not null) diagnostics.Add(problem);
            switch (kind)
            {
                case Kind.Config when text is not null:
                    config = new ConfigFile(display, text);
                    break;
                case Kind.Data when text is not null:
                    data.Add(new DataText(Path.GetFileNameWithoutExtension(rel), display, text));
                    break;
                case Kind.Asset:
                    assets.Add(new Asset(rel, full, display));
                    break;
                case Kind.Link:
                    diagnostics.Add(Diagnostic.Error(display, 1, 1, DiagnosticCodes.NotARegularFile,
                        "a symbolic link: the build reads only regular files inside input/ and follows no link; copy the file or folder in instead"));
                    break;
                case Kind.NotRegular:
                    diagnostics.Add(Diagnostic.Error(display, 1, 1, DiagnosticCodes.NotARegularFile,
                        "not a regular file (a named pipe, socket or device): the build reads only regular files inside input/"));
                    break;
                case Kind.Misplaced:
                    diagnostics.Add(Diagnostic.Error(display, 1, 1, DiagnosticCodes.MisplacedFile,
                        "a page must be named input/<section>/<name>.<lang>.md (lower case, lang a two-letter language code, one folder deep)"));
                    break;
                case Kind.Page when text is not null:
                    var parts = rel.Split('/');
                    documents.Add(new SourceDocument(rel, display, parts.Length == 2 ? parts[0] : "",
                        match!.Groups["name"].Value, match.Groups["lang"].Value, text));
                    break;
            }
        }
        return (new SiteSource(documents, assets, data, config), diagnostics);
    }

    enum Kind { Page, Data, Config, Asset, Misplaced, Ignored, Link, NotRegular }

    /// <summary>Rule 1 of the safety contract (docs/diagnostics.md): every entry under the input folder that is not a
    /// folder, plus every symbolic link (to a file or a folder, dangling or not), without descending into linked
    /// folders or into folders whose name starts with '.'.</summary>
    /// <remarks><see cref="Directory.EnumerateFiles(string, string, SearchOption)"/> with
    /// <see cref="SearchOption.AllDirectories"/> follows links to folders (tried: a link to a parent folder is walked
    /// round and round until the path is too long), so the walk decides itself where it recurses. On Unix .NET marks a
    /// symbolic link, and only a link, with <see cref="FileAttributes.ReparsePoint"/>; on Windows that attribute also
    /// marks junctions and other reparse points, which are treated as links too.</remarks>
    static IEnumerable<(string Full, bool IsLink)> Walk(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.None, IgnoreInaccessible = false };
        return new FileSystemEnumerable<(string, bool)>(root,
            (ref FileSystemEntry e) => (e.ToFullPath(), IsLink(ref e)), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory || IsLink(ref e),
            ShouldRecursePredicate = (ref FileSystemEntry e) => !IsLink(ref e) && !e.FileName.StartsWith('.'),
        };
    }

    static bool IsLink(ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) != FileAttributes.None;

    static string Display(string rel, string displayRoot) => displayRoot.Length == 0 ? rel : $"{displayRoot.TrimEnd('/')}/{rel}";

    static (Kind Kind, string Full, string Rel, string Display, Match? Match) Classify(string full, string rel, string displayRoot)
    {
        var display = Display(rel, displayRoot);
        var parts = rel.Split('/');
        if (rel == Configuration.SiteConfigParser.FileName) return (Kind.Config, full, rel, display, null);
        if (parts[0] == "_data")
            return (parts.Length == 2 && rel.EndsWith(".yml", StringComparison.Ordinal) ? Kind.Data : Kind.Ignored, full, rel, display, null);
        if (!rel.EndsWith(".md", StringComparison.Ordinal)) return (Kind.Asset, full, rel, display, null);
        var match = PageFileName().Match(parts[^1]);
        var placed = parts.Length <= 2 && match.Success;
        return (placed ? Kind.Page : Kind.Misplaced, full, rel, display, match);
    }

    static (string? Text, Diagnostic? Problem) Read(string full, string display)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable, or gone between the walk and the read (an editor saving, git switching branches).
            return (null, Diagnostic.Error(display, 1, 1, DiagnosticCodes.NotARegularFile, $"the file could not be read ({e.Message.Split('\n')[0].Trim()}); check its permissions and build again"));
        }
        try
        {
            var text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            return ControlCharacter(text) is { } at ? (null, Diagnostic.Error(display, at.Line, at.Column, DiagnosticCodes.ControlCharacter,
                $"the file contains the control character U+{(int)text[at.Index]:X4}, which no web page or feed may contain; remove it")) : (text, null);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Position(bytes, e.Index);
            return (null, Diagnostic.Error(display, line, column, DiagnosticCodes.NotUtf8,
                $"the file is not UTF-8 (invalid byte 0x{bytes[Math.Max(0, e.Index)]:X2}); save it as UTF-8"));
        }
    }

    /// <summary>The first C0 control character other than tab, line feed and carriage return (XML 1.0 §2.2, and
    /// HTML's parse errors), with its position; null when there is none.</summary>
    static (int Index, int Line, int Column)? ControlCharacter(string text)
    {
        var index = text.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        while (index >= 0 && text[index] is '\t' or '\n' or '\r')
        {
            var next = text.AsSpan(index + 1).IndexOfAnyInRange('\0', '\u001F');
            index = next < 0 ? -1 : index + 1 + next;
        }
        if (index < 0) return null;
        var line = 1 + text.AsSpan(0, index).Count('\n');
        return (index, line, index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1);
    }

    static (int Line, int Column) Position(byte[] bytes, int index)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < index && i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
        return (line, Math.Max(1, index - lineStart + 1));
    }
}
