using System.Collections.Immutable;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Configuration;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Parsing;

namespace Kennisbank.Site.Linking;

/// <summary>Link step 1: every published page and every feature's page gets its URL, from its section's slug and its
/// own. Two pages with one URL, and a page with a layout nobody declared, are reported here.</summary>
public static class PlacePages
{
    public static (LinkedSite Site, IEnumerable<Diagnostic> Diagnostics) Run(
        IReadOnlyList<ParsedPage> parsed, IReadOnlyList<VirtualPage> virtualPages, LinkContext context)
    {
        var diagnostics = new List<Diagnostic>();
        var published = parsed.Where(p => !p.FrontMatter.Draft).ToList();
        var sectionSlugs = published.Where(p => p.Source.IsIndex && p.Source.Section.Length > 0)
            .ToDictionary(p => (p.Source.Section, p.Lang), p => p.FrontMatter.Slug ?? p.Source.Section);
        string SectionUrl(string section, string lang) =>
            section.Length == 0 ? $"/{lang}/" : $"/{lang}/{sectionSlugs.GetValueOrDefault((section, lang), section)}/";

        // A section's landing page may give its pages their layout (LayoutDeclaration.PageLayout).
        var pageLayouts = published.Where(p => p.Source.IsIndex && p.FrontMatter.Layout is { } l && context.Schema.Layout(l)?.PageLayout is not null)
            .ToDictionary(p => (p.Source.Section, p.Lang), p => context.Schema.Layout(p.FrontMatter.Layout!)!.PageLayout!);
        var pages = published.Select(p => FromMarkdown(p, SectionUrl(p.Source.Section, p.Lang), pageLayouts.GetValueOrDefault((p.Source.Section, p.Lang)))).ToList();
        foreach (var page in virtualPages)
        {
            if (context.Schema.Layout(page.Layout) is null)
                diagnostics.Add(Diagnostic.Error(Describe(page), 1, 1, DiagnosticCodes.UnknownLayout,
                    $"the generated page '{page.Title}' uses the layout '{page.Layout}', which no feature declares"));
            pages.Add(FromVirtual(page, SectionUrl(page.Section, page.Lang)));
        }

        // A fallback's URL follows from its real page's; only real pages are named, so one clash is reported once.
        foreach (var group in pages.GroupBy(p => p.Url).Where(g => g.Count(p => !p.IsFallback) > 1))
            foreach (var page in group.Where(p => !p.IsFallback))
                diagnostics.Add(Diagnostic.Error(page.Source?.Source.DisplayPath ?? page.Id, 1, 1, DiagnosticCodes.DuplicateUrl,
                    $"the URL {page.Url} is used by {string.Join(" and ", group.Where(p => !p.IsFallback).Select(Describe))}; give one of them another 'slug'"));

        var ordered = pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToImmutableArray();
        var sections = ImmutableDictionary<string, ImmutableArray<SectionEntry>>.Empty;
        return (new LinkedSite(context.Config, ordered, sections, []), diagnostics);
    }

    static LinkedPage FromMarkdown(ParsedPage p, string sectionUrl, string? sectionPageLayout)
    {
        var fm = p.FrontMatter;
        var isIndex = p.Source.IsIndex;
        var layout = fm.Layout ?? (p.Id == "index" ? CoreLayouts.Home : isIndex ? CoreLayouts.Section : sectionPageLayout ?? CoreLayouts.Page);
        return new LinkedPage
        {
            Id = p.Id, Lang = p.Lang, ContentLang = p.ContentLang, Section = p.Source.Section, Title = fm.Title, Description = fm.Description,
            Layout = layout, FrontMatter = fm, Source = p,
            Url = isIndex ? sectionUrl : $"{sectionUrl}{fm.Slug ?? p.Source.Name}/",
        };
    }

    static LinkedPage FromVirtual(VirtualPage v, string sectionUrl) => new()
    {
        Id = v.Id, Lang = v.Lang, ContentLang = v.ContentLang ?? v.Lang, Section = v.Section, Title = v.Title, Description = v.Description, Layout = v.Layout,
        FrontMatter = new FrontMatter(v.Title, v.Description, v.Order), Virtual = v,
        Url = string.IsNullOrEmpty(v.Parent) ? $"{sectionUrl}{v.Slug}/" : $"{sectionUrl}{v.Parent}/{v.Slug}/",
    };

    static string Describe(VirtualPage page) => $"the generated page '{page.Title}' ({page.Lang})";

    static string Describe(LinkedPage p) => p.Source?.Source.DisplayPath ?? $"the generated page '{p.Title}'";
}
