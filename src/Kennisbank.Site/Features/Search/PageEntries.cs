using System.Runtime.CompilerServices;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Features.Search;

/// <summary>A page's text by section (as its fragment file says it) and its terms, as the index needs them.</summary>
public sealed record PageEntry(SectionText Text, RuleSet Rules, DocTerms Terms);

/// <summary>Each Markdown page's <see cref="PageEntry"/>, made from the body HTML the render stage makes anyway
/// (<see cref="SearchFeature.PageRendered"/>) and kept per page source: the preview re-renders only the pages that
/// changed, and an unchanged file keeps its parsed page, so the others' entries are still here (the table lets an
/// entry go with its page).</summary>
public static class PageEntries
{
    static readonly ConditionalWeakTable<ParsedPage, PageEntry> Memo = new();

    public static void Remember(LinkedPage page, string html, RuleSet rules)
    {
        if (page.Source is not { } source || (Memo.TryGetValue(source, out var known) && known.Rules == rules)) return;
        Memo.AddOrUpdate(source, Make(page, html, rules));
    }

    /// <summary>The page's entry; rendered here when the page has not been (a test that reads the index files
    /// before the pages, or the rules changed): slower, never different.</summary>
    public static PageEntry Get(LinkedPage page, RuleSet rules, UiStrings strings)
    {
        var source = page.Source!;
        if (Memo.TryGetValue(source, out var known) && known.Rules == rules) return known;
        var entry = Make(page, ContentRenderer.Render(page, strings), rules);
        Memo.AddOrUpdate(source, entry);
        return entry;
    }

    static PageEntry Make(LinkedPage page, string html, RuleSet rules)
    {
        var sections = PageText.Sections(html);
        return new PageEntry(SectionText.Of(sections), rules, DocTerms.Of(page.Title, page.Description, sections, rules));
    }
}
