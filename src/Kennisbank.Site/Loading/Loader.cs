using System.Text;
using System.Text.RegularExpressions;
using Kennisbank.Site.Diagnostics;

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
        var data = new List<DataFile>();
        var root = Path.GetFullPath(inputDir);

        // Sorted ordinally so that nothing downstream depends on the file system's order.
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Rel: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => !f.Rel.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Rel, StringComparer.Ordinal);

        foreach (var (full, rel) in files)
        {
            var display = displayRoot.Length == 0 ? rel : $"{displayRoot.TrimEnd('/')}/{rel}";
            var parts = rel.Split('/');
            if (parts[0] == "_data")
            {
                if (parts.Length == 2 && rel.EndsWith(".yml", StringComparison.Ordinal) && Read(full, display, diagnostics) is { } yaml)
                    data.Add(new DataFile(Path.GetFileNameWithoutExtension(parts[1]), display, yaml));
                continue;
            }
            if (!rel.EndsWith(".md", StringComparison.Ordinal))
            {
                assets.Add(new Asset(rel, full));
                continue;
            }
            var match = PageFileName().Match(parts[^1]);
            if (parts.Length > 2 || !match.Success || !Languages.IsKnown(match.Groups["lang"].Value))
            {
                diagnostics.Add(Diagnostic.Error(display, 1, 1, DiagnosticCodes.MisplacedFile,
                    "a page must be named input/<section>/<name>.<lang>.md (lower case, lang nl or en, one folder deep)"));
                continue;
            }
            if (Read(full, display, diagnostics) is not { } text) continue;
            documents.Add(new SourceDocument(rel, display, parts.Length == 2 ? parts[0] : "",
                match.Groups["name"].Value, match.Groups["lang"].Value, text));
        }
        return (new SiteSource(documents, assets, data), diagnostics);
    }

    static string? Read(string full, string display, List<Diagnostic> diagnostics)
    {
        var bytes = File.ReadAllBytes(full);
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Position(bytes, e.Index);
            diagnostics.Add(Diagnostic.Error(display, line, column, DiagnosticCodes.NotUtf8,
                $"the file is not UTF-8 (invalid byte 0x{bytes[Math.Max(0, e.Index)]:X2}); save it as UTF-8"));
            return null;
        }
    }

    static (int Line, int Column) Position(byte[] bytes, int index)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < index && i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
        return (line, Math.Max(1, index - lineStart + 1));
    }
}
