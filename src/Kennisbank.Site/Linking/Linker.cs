using System.Collections.Immutable;
using Kennisbank.Site.Data;
using Kennisbank.Site.Diagnostics;
using Kennisbank.Site.Loading;
using Kennisbank.Site.Parsing;

namespace Kennisbank.Site.Linking;

/// <summary>Stage 3: give every page its URL, pair translations, build navigation, and resolve every link.</summary>
public static class Linker
{
    /// <summary>Pages with at least this many h2/h3 headings get a table of contents.</summary>
    public const int TableOfContentsThreshold = 4;

    public static (LinkedSite Site, ImmutableArray<Diagnostic> Diagnostics) Link(
        IReadOnlyList<ParsedPage> parsed, IReadOnlyList<Asset> assets, SiteData data, IReadOnlyList<VirtualPage> extraPages)
    {
        var diagnostics = new List<Diagnostic>();
        var published = parsed.Where(p => !p.FrontMatter.Draft).ToList();
        var sectionSlugs = published.Where(p => p.Source.IsIndex && p.Source.Section.Length > 0)
            .ToDictionary(p => (p.Source.Section, p.Lang), p => p.FrontMatter.Slug ?? p.Source.Section);
        string SectionSlug(string section, string lang) => sectionSlugs.GetValueOrDefault((section, lang), section);
        string SectionUrl(string section, string lang) => section.Length == 0 ? $"/{lang}/" : $"/{lang}/{SectionSlug(section, lang)}/";

        // 1. URLs.
        var pages = published.Select(p => FromMarkdown(p, SectionUrl(p.Source.Section, p.Lang))).ToList();
        pages.AddRange(SdgPages.Create(pages, data).Concat(extraPages).ToList().Select(v => FromVirtual(v, SectionUrl(v.Section, v.Lang))));
        foreach (var group in pages.GroupBy(p => p.Url).Where(g => g.Count() > 1))
            foreach (var page in group)
                diagnostics.Add(At(page, DiagnosticCodes.DuplicateUrl,
                    $"the URL {page.Url} is used by {string.Join(" and ", group.Select(Describe))}; give one of them another 'slug'"));
        var byKey = pages.GroupBy(p => (p.Id, p.Lang)).ToDictionary(g => g.Key, g => g.First());

        // 2. Navigation per language.
        var sections = Languages.All.ToImmutableDictionary(lang => lang, lang => pages
            .Where(p => p.Lang == lang && p.IsIndex && !p.IsHome && p.Virtual is null)
            .Select(p => new SectionEntry(p.Section, p.Title, p.Description, p.Url, p.Layout, p.FrontMatter.Order ?? int.MaxValue))
            .OrderBy(s => s.Order).ThenBy(s => s.Title, StringComparer.Ordinal)
            .ToImmutableArray());

        // 3. Translations, neighbours, breadcrumbs, contents.
        var siblingsOf = pages.Where(p => !p.IsIndex && p.Virtual?.Parent is null)
            .GroupBy(p => (p.Section, p.Lang))
            .ToDictionary(g => g.Key, g => Ordered(g, g.Key.Section, byKey, g.Key.Lang).ToList());
        var positions = siblingsOf.Values.SelectMany(list => list.Select((p, i) => (p, i))).ToDictionary(x => (object)x.p, x => x.i, ReferenceEqualityComparer.Instance);
        var linked = pages.Select(page =>
        {
            var other = Languages.Other(page.Lang);
            var translation = byKey.GetValueOrDefault((page.Id, other));
            if (translation is null && page.Source is not null)
                diagnostics.Add(Diagnostic.Warning(page.Source.Source.DisplayPath, 1, 1, DiagnosticCodes.MissingTranslation,
                    $"no {(other == Languages.English ? "English" : "Dutch")} translation (expected input/{page.Id}.{other}.md); the language switcher leads to the section page instead"));
            var fallback = byKey.GetValueOrDefault(($"{page.Section}/index", other)) ?? byKey.GetValueOrDefault(("index", other));
            var siblings = siblingsOf.GetValueOrDefault((page.Section, page.Lang)) ?? [];
            var at = positions.GetValueOrDefault(page, -1);
            return page with
            {
                TranslationUrl = translation?.Url,
                SwitchUrl = translation?.Url ?? fallback?.Url ?? "/",
                Breadcrumbs = Breadcrumbs(page, byKey),
                Previous = at > 0 && !page.IsIndex ? Nav(siblings[at - 1]) : null,
                Next = at >= 0 && at < siblings.Count - 1 && !page.IsIndex ? Nav(siblings[at + 1]) : null,
                TableOfContents = TableOfContents(page),
            };
        }).ToList();

        // 4. Links, resolved against the final pages.
        byKey = linked.GroupBy(p => (p.Id, p.Lang)).ToDictionary(g => g.Key, g => g.First());
        var assetSet = assets.Select(a => a.RelativePath).ToHashSet(StringComparer.Ordinal);
        string AssetUrl(string path, string lang)
        {
            var slash = path.IndexOf('/');
            return slash < 0 ? $"/{lang}/{path}" : SectionUrl(path[..slash], lang) + path[(slash + 1)..];
        }
        var resolver = new LinkResolver(byKey, assetSet, AssetUrl);
        linked = linked.Select(page =>
        {
            if (page.Source is null) return page;
            var map = ImmutableDictionary.CreateBuilder<string, string>();
            foreach (var link in page.Source.Links)
            {
                var result = resolver.Resolve(page, link);
                if (result.Url is not null) map[link.Url] = result.Url;
                else diagnostics.Add(Diagnostic.Error(page.Source.Source.DisplayPath, link.Line, link.Column, result.Code!, result.Problem!));
            }
            return page with { LinkMap = map.ToImmutable() };
        }).OrderBy(p => p.Url, StringComparer.Ordinal).ToList();

        var copies = assets
            .SelectMany(a => Languages.All.Select(lang => new AssetCopy(a.FullPath, AssetUrl(a.RelativePath, lang).TrimStart('/'))))
            .ToImmutableArray();
        return (new LinkedSite(linked.ToImmutableArray(), sections, copies), diagnostics.ToImmutableArray());
    }

    /// <summary>A section's pages in reading order: by 'order', then title; an updates section newest first.</summary>
    public static IEnumerable<LinkedPage> Ordered(IEnumerable<LinkedPage> pages, string section,
        IReadOnlyDictionary<(string, string), LinkedPage> byKey, string lang)
    {
        var isUpdates = byKey.GetValueOrDefault(($"{section}/index", lang))?.Layout == LayoutNames.Updates;
        return isUpdates
            ? pages.OrderByDescending(p => p.FrontMatter.Updated).ThenBy(p => p.Id, StringComparer.Ordinal)
            : pages.OrderBy(p => p.FrontMatter.Order ?? int.MaxValue).ThenBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal);
    }

    static LinkedPage FromMarkdown(ParsedPage p, string sectionUrl)
    {
        var fm = p.FrontMatter;
        var isIndex = p.Source.IsIndex;
        var layout = fm.Layout ?? (p.Id == "index" ? LayoutNames.Home : isIndex ? LayoutNames.Section : LayoutNames.Page);
        return new LinkedPage
        {
            Id = p.Id, Lang = p.Lang, Section = p.Source.Section, Title = fm.Title, Description = fm.Description,
            Layout = layout, FrontMatter = fm, Source = p,
            Url = isIndex ? sectionUrl : $"{sectionUrl}{fm.Slug ?? p.Source.Name}/",
        };
    }

    static LinkedPage FromVirtual(VirtualPage v, string sectionUrl) => new()
    {
        Id = v.Id, Lang = v.Lang, Section = v.Section, Title = v.Title, Description = v.Description, Layout = v.Layout,
        FrontMatter = new FrontMatter(v.Title, v.Description, v.Order), Virtual = v,
        Url = v.Parent is null ? $"{sectionUrl}{v.Slug}/" : $"{sectionUrl}{v.Parent}/{v.Slug}/",
    };

    static ImmutableArray<NavLink> Breadcrumbs(LinkedPage page, Dictionary<(string, string), LinkedPage> byKey)
    {
        if (page.IsHome) return [];
        var crumbs = new List<NavLink>();
        if (byKey.GetValueOrDefault(("index", page.Lang)) is { } home) crumbs.Add(Nav(home));
        if (!page.IsIndex && byKey.GetValueOrDefault(($"{page.Section}/index", page.Lang)) is { } section) crumbs.Add(Nav(section));
        return crumbs.ToImmutableArray();
    }

    static ImmutableArray<Heading> TableOfContents(LinkedPage page)
    {
        var headings = page.Source?.Headings.Where(h => h.Level is 2 or 3 && h.Id.Length > 0).ToImmutableArray() ?? [];
        return headings.Length >= TableOfContentsThreshold ? headings : [];
    }

    static NavLink Nav(LinkedPage p) => new(p.Title, p.Url);

    static string Describe(LinkedPage p) => p.Source?.Source.DisplayPath ?? $"the generated page '{p.Title}'";

    static Diagnostic At(LinkedPage page, string code, string message) =>
        Diagnostic.Error(page.Source?.Source.DisplayPath ?? page.Id, 1, 1, code, message);
}
