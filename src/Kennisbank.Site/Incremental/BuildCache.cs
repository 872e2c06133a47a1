using System.Collections.Concurrent;
using System.Text;
using Kennisbank.Site.Diagnostics;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Loading;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Incremental;

/// <summary>What `serve` keeps between rebuilds, so saving one page re-does only what that page affects:
/// unchanged files are not parsed again, and while the site's structure (titles, URLs, order, dates, tags, data)
/// stays the same, only the changed pages are rendered again. Linking always runs in full: it is cheap and it keeps
/// every diagnostic exact.</summary>
public sealed class BuildCache
{
    readonly ConcurrentDictionary<string, (string Text, ParsedPage Page, List<Diagnostic> Diagnostics)> parsed = new();
    readonly ConcurrentDictionary<string, (object Source, OutputFile File)> rendered = new();
    string? structure;

    public int Parsed { get; private set; }
    public int Rendered { get; private set; }

    internal (ParsedPage, List<Diagnostic>) Parse(SourceDocument document)
    {
        if (parsed.TryGetValue(document.RelativePath, out var hit) && hit.Text == document.Text) return (hit.Page, hit.Diagnostics);
        var (page, diagnostics) = PageParser.Parse(document);
        parsed[document.RelativePath] = (document.Text, page, diagnostics);
        return (page, diagnostics);
    }

    /// <summary>Starts a render pass; returns whether earlier outputs may be reused (the structure is unchanged).</summary>
    internal bool BeginRender(LinkedSite site, IEnumerable<string> extraKeys)
    {
        var key = StructureKey(site, extraKeys);
        var reusable = key == structure;
        structure = key;
        if (!reusable) rendered.Clear();
        Parsed = parsed.Count;
        Rendered = 0;
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
        lock (rendered) Rendered++;
        return file;
    }

    /// <summary>Everything about other pages that a page's HTML can show: navigation, listings, neighbours, URLs.</summary>
    static string StructureKey(LinkedSite site, IEnumerable<string> extraKeys)
    {
        var key = new StringBuilder();
        foreach (var p in site.Pages)
        {
            var fm = p.FrontMatter;
            key.Append(p.Id).Append('|').Append(p.Lang).Append('|').Append(p.Url).Append('|').Append(p.Title).Append('|')
               .Append(p.Description).Append('|').Append(p.Layout).Append('|').Append(fm.Order).Append('|').Append(fm.Updated)
               .Append('|').Append(string.Join(',', fm.Sdgs)).Append('|').Append(fm.Step).Append('|').Append(fm.Period)
               .Append('|').Append(p.TranslationUrl).Append('\n');
        }
        foreach (var extra in extraKeys) key.Append('\n').Append(extra);
        return key.ToString();
    }
}
