using Kennisbank.Site.Features.Printing;
using Kennisbank.Site.Incremental;
using Kennisbank.Theme;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Features.Printing;

/// <summary>"Print the whole roadmap" (issue 15, part 1): a section whose landing page says <c>print: true</c> gets one
/// document per language, the overview and then every page, each part on a new sheet.</summary>
public class PrintTests
{
    static TestSite PrintableGuide() => new TestSite()
        .Write("gids/index.nl.md", "---\ntitle: Gids\ndescription: De gids.\norder: 1\nprint: true\n---\n\nInleiding van de gids.\n")
        .Write("gids/index.en.md", "---\ntitle: Guide\ndescription: The guide.\norder: 1\nslug: guide\nprint: true\n---\n\nIntroduction.\n");

    [Fact]
    public void The_print_page_has_the_overview_and_every_page_as_a_part_in_reading_order()
    {
        using var site = PrintableGuide();
        var page = Html.Page(site.Build(), "nl/gids/afdrukken/index.html");

        Assert.Equal("Gids", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Inleiding van de gids.", page.QuerySelector("main > .content")!.TextContent, StringComparison.Ordinal);
        var parts = page.QuerySelectorAll("section.print-part");
        Assert.Equal(["Eerste pagina", "Tweede pagina"], parts.Select(p => p.QuerySelector("h2")!.TextContent));
        Assert.Equal(parts.Select(p => "#" + p.Id), page.QuerySelectorAll(".print-contents a").Select(a => a.GetAttribute("href")));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }

    [Fact]
    public void In_the_preview_an_edit_to_a_page_of_the_section_reaches_the_print_page()
    {
        using var site = PrintableGuide();
        using var renderer = new ThemeRenderer();
        var cache = new BuildCache();
        SiteBuilder.Build(site.Options(), renderer, cache);
        site.Write("gids/tweede.nl.md", "---\ntitle: Tweede pagina\ndescription: De tweede pagina van de gids.\norder: 2\n---\n\nEen nieuwe zin.\n");

        var incremental = SiteBuilder.Build(site.Options(), renderer, cache);

        // The page and its section's print pages (in English too: it prints the Dutch text where a page has no
        // translation), and no other: the print pages' key of their texts must not change the whole site's structure
        // (that re-rendered every page on every save).
        Assert.Equal(3, cache.Rendered);
        var parts = Html.Page(incremental, "nl/gids/afdrukken/index.html").QuerySelectorAll("section.print-part");
        Assert.Contains("Een nieuwe zin.", parts[1].TextContent, StringComparison.Ordinal);
        var full = SiteBuilder.Build(site.Options(), renderer);
        Assert.Equal(full.Files.Single(f => f.Path == "nl/gids/afdrukken/index.html").Content, incremental.Files.Single(f => f.Path == "nl/gids/afdrukken/index.html").Content);
    }

    [Fact]
    public void The_landing_page_links_to_it_and_the_section_does_not_list_it()
    {
        using var site = PrintableGuide();
        var result = site.Build();

        Assert.Equal("/en/guide/print/", Html.Page(result, "en/guide/index.html").QuerySelector(".print-links .print-link a")!.GetAttribute("href"));
        Assert.DoesNotContain("/nl/gids/afdrukken/", Html.Page(result, "nl/gids/index.html").QuerySelectorAll(".page-list a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("/nl/gids/afdrukken/", Html.Page(result, "nl/gids/tweede/index.html").QuerySelectorAll(".pager a").Select(a => a.GetAttribute("href")));
        Assert.Null(Html.Page(result, "nl/nieuws/index.html").QuerySelector(".print-links"));
    }

    [Fact]
    public void The_roadmap_prints_with_its_drawing()
    {
        using var site = new TestSite().Write("plan/index.nl.md", "---\ntitle: Plan\ndescription: Het plan.\norder: 3\nlayout: roadmap\nprint: true\n---\n");
        var html = site.Html(site.Build(), "nl/plan/afdrukken/index.html");
        Approval.VerifyIn(Path.Combine(Repository.TestSource, "Rendering/Approved"), html, "print-section", "html");
        var page = Html.Parse(html);

        Assert.NotNull(page.QuerySelector(".roadmap-figure svg.roadmap-diagram--wide a.rm-step[href='/nl/plan/stap-1/']"));
        Assert.Equal("Begin", page.QuerySelector("section.print-part h2")!.TextContent);
    }

    [Fact]
    public void A_part_nests_its_headings_under_its_title_and_keeps_its_anchors_its_own()
    {
        var html = PrintDocument.Nest("<h2 id=\"doel\">Doel</h2><h3 id=\"meer\">Meer</h3><p><a href=\"#doel\">naar doel</a> <a href=\"/nl/x/\">x</a></p>", "part-2-");
        var part = Html.Parse(html);

        Assert.Equal([("H3", "part-2-doel"), ("H4", "part-2-meer")], part.QuerySelectorAll("h3, h4").Select(h => (h.TagName, h.Id!)));
        Assert.Equal(["#part-2-doel", "/nl/x/"], part.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }
}
