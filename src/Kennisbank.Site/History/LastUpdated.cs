using Kennisbank.Diagnostics;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Parsing;

namespace Kennisbank.Site.History;

/// <summary>How a page's date was found.</summary>
public enum PageDateKind
{
    /// <summary>A post's own publication date (front-matter <c>updated</c> in a section with a feed): never replaced by git.</summary>
    Published,
    /// <summary>The last commit that touched the page's source file.</summary>
    Commit,
    /// <summary>Front-matter <c>updated</c>, because this build has no history.</summary>
    FrontMatter,
}

/// <summary>The date a content page shows ("Laatst bijgewerkt") and the sitemap gives as lastmod: the same value.</summary>
public sealed record LastUpdate(PageDate Date, PageDateKind Kind)
{
    public bool IsPublication => Kind == PageDateKind.Published;
}

/// <summary>Link step: each Markdown page's date, worked out in this one place so that the page, the sitemap and the
/// feeds never disagree. The rule: a post (a page in a section whose layout has a feed) keeps its own publication date;
/// any other page gets the last commit that touched its source file, or, with no history, its front-matter
/// <c>updated</c>. Whatever type front-matter <c>updated</c> has, only <see cref="FrontMatterDate"/> reads it.</summary>
public static class LastUpdated
{
    public static (LinkedSite Site, IEnumerable<Diagnostic> Diagnostics) Run(LinkedSite site, LinkContext context)
    {
        var pages = site.Pages.Select(page => page.Source is null ? page : page with { LastUpdated = For(page, site, context) });
        return (site with { Pages = [.. pages] }, []);
    }

    public static LastUpdate? For(LinkedPage page, LinkedSite site, LinkContext context)
    {
        var own = FrontMatterDate(page);
        if (IsPost(page, site, context)) return own is { } published ? new LastUpdate(published, PageDateKind.Published) : null;
        if (context.History.Source == DateSource.Git)
            return context.History.Of(page.Source!.Source.RelativePath) is { } commit ? new LastUpdate(PageDate.Of(commit.Date), PageDateKind.Commit)
                : own is { } uncommitted ? new LastUpdate(uncommitted, PageDateKind.FrontMatter) : null;
        return own is { } date ? new LastUpdate(date, PageDateKind.FrontMatter) : null;
    }

    /// <summary>The one place that reads front-matter <c>updated</c> for dates.</summary>
    public static PageDate? FrontMatterDate(LinkedPage page) => page.FrontMatter.Updated;

    /// <summary>A post: a page (not the landing page) of a section whose landing page's layout has a feed.</summary>
    static bool IsPost(LinkedPage page, LinkedSite site, LinkContext context) =>
        !page.IsIndex && site.SectionIndex(page.Section, page.Lang) is { } index && context.Schema.Layout(index.Layout)?.Feed is not null;
}
