using System.Collections.Immutable;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Parsing;

namespace Kennisbank.Site.Linking;

/// <summary>Link step 4: what connects a page to the others: breadcrumbs, previous and next in its section, its table
/// of contents, its section's feed, the features' labels (tags), and each language's footer.</summary>
public static class AddNavigation
{
    /// <summary>Pages with at least this many h2/h3 headings get a table of contents.</summary>
    public const int TableOfContentsThreshold = 4;

    /// <summary>The footer links the last section in navigation order (on this site "about": accessibility, privacy,
    /// sources), as public-sector sites do; a bigger last section is linked by its landing page alone.</summary>
    public const int FooterLinkLimit = 8;

    public static (LinkedSite Site, IEnumerable<Diagnostic> Diagnostics) Run(LinkedSite site, LinkContext context)
    {
        var positions = site.Order.ToDictionary(o => o.Key, o => o.Value.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i));
        var pages = site.Pages.Select(page =>
        {
            var siblings = site.Order.GetValueOrDefault((page.Section, page.Lang), []);
            var at = positions.GetValueOrDefault((page.Section, page.Lang))?.GetValueOrDefault(page.Id, -1) ?? -1;
            // A section shown in a fallback language has no feed of its own: its posts are another language's.
            var feed = page.IsIndex && !page.IsFallback && context.Schema.Layout(page.Layout)?.Feed is { } file ? page.Url + file : null;
            return page with
            {
                Breadcrumbs = Breadcrumbs(page, site),
                Previous = at > 0 ? Nav(site, siblings[at - 1], page.Lang) : null,
                Next = at >= 0 && at < siblings.Length - 1 ? Nav(site, siblings[at + 1], page.Lang) : null,
                TableOfContents = TableOfContents(page),
                FeedUrl = feed,
                Tags = [.. context.Schema.Features.SelectMany(f => f.Tags(page, site, context))],
            };
        }).ToImmutableArray();
        var footer = site.Config.Codes.ToImmutableDictionary(lang => lang, lang => Footer(site, lang));
        return (site with { Pages = pages, Footer = footer }, []);
    }

    static ImmutableArray<NavLink> Breadcrumbs(LinkedPage page, LinkedSite site)
    {
        if (page.IsHome) return [];
        var crumbs = new List<NavLink>();
        if (site.SectionIndex("", page.Lang) is { } home) crumbs.Add(Nav(home));
        // A page at the top (the search page) sits under the home page alone, already the first crumb.
        if (!page.IsIndex && page.Section.Length > 0 && site.SectionIndex(page.Section, page.Lang) is { } section) crumbs.Add(Nav(section));
        return [.. crumbs];
    }

    static ImmutableArray<Heading> TableOfContents(LinkedPage page)
    {
        var headings = page.Source?.Headings.Where(h => h.Level is 2 or 3 && h.Id.Length > 0).ToImmutableArray() ?? [];
        return headings.Length >= TableOfContentsThreshold ? headings : [];
    }

    static ImmutableArray<NavLink> Footer(LinkedSite site, string lang)
    {
        var sections = site.Sections.GetValueOrDefault(lang, []);
        if (sections.Length == 0) return [];
        var last = sections[^1];
        var pages = site.SectionPages(last.Id, lang).Take(FooterLinkLimit + 1).ToList();
        return pages.Count > FooterLinkLimit
            ? [new NavLink(last.Title, last.Url, last.Lang)]
            : [new NavLink(last.Title, last.Url, last.Lang), .. pages.Select(Nav)];
    }

    static NavLink Nav(LinkedSite site, string id, string lang) => Nav(site.ByKey[(id, lang)]);

    static NavLink Nav(LinkedPage p) => p.Link;
}
