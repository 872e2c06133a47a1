using System.Collections.Immutable;
using Kennisbank.Diagnostics;

namespace Kennisbank.Site.Linking;

/// <summary>Link step 2: each section's pages in reading order (by 'order', then title, unless the section's layout
/// orders them itself, as updates do: newest first), and the sections of the main navigation per language.</summary>
public static class OrderSections
{
    public static (LinkedSite Site, IEnumerable<Diagnostic> Diagnostics) Run(LinkedSite site, LinkContext context)
    {
        var order = site.Pages.Where(p => !p.IsIndex && !p.IsNested)
            .GroupBy(p => (p.Section, p.Lang))
            .ToImmutableDictionary(g => g.Key, g => Ordered(g, site.SectionIndex(g.Key.Section, g.Key.Lang)?.Layout, context)
                .Select(p => p.Id).ToImmutableArray());
        var sections = site.Config.Codes.ToImmutableDictionary(lang => lang, lang => site.Pages
            .Where(p => p.Lang == lang && p.IsIndex && !p.IsHome && p.Virtual is null)
            .Select(p => new SectionEntry(p.Section, p.Title, p.Description, p.Url, p.Layout, p.FrontMatter.Order ?? int.MaxValue, p.ContentLang))
            .OrderBy(s => s.Order).ThenBy(s => s.Title, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToImmutableArray());
        return (site with { Order = order, Sections = sections }, []);
    }

    static IEnumerable<LinkedPage> Ordered(IEnumerable<LinkedPage> pages, string? sectionLayout, LinkContext context) =>
        sectionLayout is not null && context.Schema.Layout(sectionLayout)?.OrderChildren is { } order
            ? order(pages)
            : pages.OrderBy(p => p.FrontMatter.Order ?? int.MaxValue).ThenBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal);
}
