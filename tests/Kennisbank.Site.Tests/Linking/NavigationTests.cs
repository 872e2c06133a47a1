using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Linking;

public class NavigationTests
{
    [Fact]
    public void Primary_navigation_lists_sections_in_order_and_marks_the_current_one()
    {
        using var site = new TestSite();
        var page = Html.Page(site.Build(), "en/guide/second/index.html");

        var links = page.QuerySelectorAll("nav.site-nav a");

        Assert.Equal(["Guide", "News", "Plan", "SDGs", "Glossary"], links.Select(a => a.TextContent));
        Assert.Equal("true", links[0].GetAttribute("aria-current"));
        Assert.All(links.Skip(1), a => Assert.False(a.HasAttribute("aria-current")));
    }

    [Fact]
    public void A_section_page_lists_its_pages_in_order()
    {
        using var site = new TestSite();
        site.Write("gids/nul.nl.md", TestSite.Page("order: 0")).Write("gids/nul.en.md", TestSite.Page("order: 0\nslug: zero"));

        var list = Html.Page(site.Build(), "en/guide/index.html").QuerySelectorAll(".page-list > li > a");

        Assert.Equal(["/en/guide/zero/", "/en/guide/first/", "/en/guide/second/"], list.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Pages_have_breadcrumbs_and_previous_next_within_their_section()
    {
        using var site = new TestSite();
        var result = site.Build();
        var first = Html.Page(result, "nl/gids/eerste/index.html");
        var second = Html.Page(result, "nl/gids/tweede/index.html");

        Assert.Equal(["Testkennisbank", "Gids", "Eerste pagina"], first.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim()));
        Assert.Equal("page", first.QuerySelector("nav.breadcrumbs [aria-current]")!.GetAttribute("aria-current"));
        Assert.Null(first.QuerySelector(".pager-previous"));
        Assert.Equal("/nl/gids/tweede/", first.QuerySelector(".pager-next")!.GetAttribute("href"));
        Assert.Equal("/nl/gids/eerste/", second.QuerySelector(".pager-previous")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector(".pager-next"));
    }

    [Fact]
    public void Long_pages_get_a_table_of_contents_from_h2_and_h3()
    {
        using var site = new TestSite();
        var result = site.Build();

        var toc = Html.Page(result, "nl/gids/eerste/index.html").QuerySelectorAll("nav.toc a");
        Assert.Equal(["#begin", "#midden", "#details", "#einde"], toc.Select(a => a.GetAttribute("href")));
        Assert.Null(Html.Page(result, "nl/gids/tweede/index.html").QuerySelector("nav.toc"));
    }

    [Fact]
    public void The_roadmap_timeline_is_built_from_the_step_pages()
    {
        using var site = new TestSite();
        var page = Html.Page(site.Build(), "en/plan/index.html");

        var period = Assert.Single(page.QuerySelectorAll("ol.timeline > li"));
        Assert.Contains("Preparation", period.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/en/plan/step-1/", Assert.Single(period.QuerySelectorAll(".timeline-steps a")).GetAttribute("href"));
    }

    [Fact]
    public void Each_sdg_has_a_page_listing_the_pages_tagged_with_it()
    {
        using var site = new TestSite();
        var result = site.Build();

        var sdg11 = Html.Page(result, "nl/sdgs/11/index.html");
        Assert.Equal(["/nl/gids/eerste/"], sdg11.QuerySelectorAll(".page-list a").Select(a => a.GetAttribute("href")));
        var tags = Html.Page(result, "nl/gids/eerste/index.html").QuerySelectorAll(".sdg-tags a");
        Assert.Equal(["/nl/sdgs/11/", "/nl/sdgs/17/"], tags.Select(a => a.GetAttribute("href")));
        Assert.All(tags, a => Assert.Matches(@"^SDG \d+: \S", a.TextContent));   // number and name, never colour alone
    }
}
