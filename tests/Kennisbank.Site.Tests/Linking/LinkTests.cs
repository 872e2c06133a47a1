using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Linking;

public class LinkTests
{
    [Fact]
    public void Source_links_are_rewritten_to_output_urls_in_the_current_language()
    {
        using var site = new TestSite();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var nl = Html.Page(result, "nl/gids/eerste/index.html").QuerySelectorAll(".content a").Select(a => a.GetAttribute("href")).ToList();
        var en = Html.Page(result, "en/guide/first/index.html").QuerySelectorAll(".content a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/nl/gids/tweede/#details", "/en/guide/first/", "https://www.vvsg.be/"], nl);
        Assert.Equal(["/en/guide/second/#details"], en);
    }

    [Fact]
    public void Images_beside_a_page_are_copied_next_to_it_and_referenced_relatively()
    {
        using var site = new TestSite();
        var result = site.Build();

        var src = Html.Page(result, "en/guide/first/index.html").QuerySelector(".content img")!.GetAttribute("src");

        Assert.Equal("../diagram.png", src);
        Assert.Contains(result.Files, f => f.Path == "en/guide/diagram.png");
        Assert.Contains(result.Files, f => f.Path == "nl/gids/diagram.png");
    }

    [Fact]
    public void A_link_to_a_missing_page_is_an_error_with_a_suggestion()
    {
        using var site = new TestSite();
        site.Write("gids/tweede.nl.md", TestSite.Page("", "Zie [de eerste](eerst.md)."));

        var diagnostic = TestSite.Single(site.Build(), DiagnosticCodes.BrokenLink);

        Assert.Equal(("input/gids/tweede.nl.md", 7, 5), (diagnostic.Path, diagnostic.Line, diagnostic.Column));
        Assert.Contains("did you mean 'gids/eerste.md'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_missing_anchor_is_an_error()
    {
        using var site = new TestSite();
        site.Write("gids/tweede.nl.md", TestSite.Page("", "Zie [begin](eerste.md#begn) en [hier](#nergens)."));

        var problems = site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingAnchor && d.Path == "input/gids/tweede.nl.md").ToList();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, d => d.Message.Contains("did you mean '#begin'?", StringComparison.Ordinal));
        Assert.Contains(problems, d => d.Message.Contains("'#nergens' on this page", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_image_is_an_error()
    {
        using var site = new TestSite();
        site.Write("gids/tweede.nl.md", TestSite.Page("", "![Radar](radar.png)"));

        Assert.Contains("input/gids/radar.png", TestSite.Single(site.Build(), DiagnosticCodes.MissingFile).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_pages_with_the_same_url_are_both_reported()
    {
        using var site = new TestSite();
        site.Write("gids/derde.en.md", TestSite.Page("slug: second"));

        var duplicates = site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateUrl).ToList();

        Assert.Equal(["input/gids/derde.en.md", "input/gids/tweede.en.md"], duplicates.Select(d => d.Path).Order());
        Assert.All(duplicates, d => Assert.Contains("/en/guide/second/", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void All_problems_of_a_run_are_reported_together()
    {
        using var site = new TestSite();
        site.Write("gids/a.nl.md", TestSite.Page("sdgs: [99]", "[x](nergens.md)"))
            .Write("gids/b.nl.md", "---\ntitle: [\n---\n")
            .Write("gids/c.nl.md", TestSite.Page("", "<script>x</script>"));

        var codes = site.Build().Diagnostics.Where(d => d.IsError).Select(d => d.Code).ToHashSet();

        Assert.Superset(new HashSet<string> { DiagnosticCodes.SdgOutOfRange, DiagnosticCodes.BrokenLink, DiagnosticCodes.MalformedYaml, DiagnosticCodes.ForbiddenHtml }, codes);
    }
}
