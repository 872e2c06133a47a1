using System.Collections.Concurrent;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Loading;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Incremental;

/// <summary>What `serve` keeps between rebuilds, so saving one page re-does only what that page affects:
/// unchanged files are not parsed again, and while the site's structure (see <see cref="StructureKey"/>) stays the
/// same, only the changed pages are rendered again. Linking always runs in full: it is cheap and it keeps every
/// diagnostic exact.</summary>
public sealed class BuildCache
{
    readonly ConcurrentDictionary<string, (string Text, ParsedPage Page, List<Diagnostic> Diagnostics)> parsed = new();
    readonly ConcurrentDictionary<string, (object Source, OutputFile File)> rendered = new();
    readonly ConcurrentDictionary<Type, object> kept = new();
    readonly ConcurrentDictionary<string, (string Key, object Value)> reused = new(StringComparer.Ordinal);
    System.Text.StringBuilder? structure;
    int renderedCount;

    /// <summary>Pages rendered since the last <see cref="BeginRender"/>.</summary>
    public int Rendered => renderedCount;

    /// <summary>A feature's own memory across rebuilds, one per type (the search index's, see
    /// <c>Features/Search/IndexCache</c>). Made on first use; it lives as long as the session.</summary>
    public T Keep<T>() where T : class, new() => (T)kept.GetOrAdd(typeof(T), _ => new T());

    /// <summary>The previous build's result of a step (<paramref name="slot"/>) when its input, all of it in
    /// <paramref name="key"/>, is the same text: the data files and the interface texts are parsed again only when edited.</summary>
    internal T Reuse<T>(string slot, string key, Func<T> make) where T : notnull
    {
        if (reused.TryGetValue(slot, out var hit) && hit.Key == key) return (T)hit.Value;
        var value = make();
        reused[slot] = (key, value);
        return value;
    }

    internal (ParsedPage, List<Diagnostic>) Parse(SourceDocument document, ContentSchema schema)
    {
        if (parsed.TryGetValue(document.RelativePath, out var hit) && hit.Text == document.Text) return (hit.Page, hit.Diagnostics);
        var (page, diagnostics) = PageParser.Parse(document, schema);
        parsed[document.RelativePath] = (document.Text, page, diagnostics);
        return (page, diagnostics);
    }

    /// <summary>Starts a render pass; returns whether earlier outputs may be reused (the structure is unchanged).</summary>
    /// <param name="extraKeys">What else every page can show: the data files and the interface texts.</param>
    internal bool BeginRender(LinkedSite site, IEnumerable<string> extraKeys)
    {
        var key = StructureKey.Append(new System.Text.StringBuilder(structure?.Length ?? 0), site);
        foreach (var extra in extraKeys) key.Append('\n').Append(extra);
        // Compared by content (StringBuilder.Equals compares the characters only, since .NET Core 3.0).
        var reusable = structure is not null && key.Equals(structure);
        structure = key;
        if (!reusable) rendered.Clear();
        renderedCount = 0;
        return reusable;
    }

    internal OutputFile Render(LinkedPage page, Func<OutputFile> render)
    {
        // The same ParsedPage instance means the same source text; a virtual page is a value.
        object source = (object?)page.Source ?? page.Virtual!;
        if (rendered.TryGetValue(page.OutputPath, out var hit) && (ReferenceEquals(hit.Source, source) || hit.Source.Equals(source)))
            return hit.File;
        var file = render();
        rendered[page.OutputPath] = (source, file);
        Interlocked.Increment(ref renderedCount);
        return file;
    }
}
