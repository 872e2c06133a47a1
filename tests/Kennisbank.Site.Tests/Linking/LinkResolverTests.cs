using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Linking;

/// <summary>How a link as written resolves, seen in the built page (the resolver's link map is what the HTML shows).</summary>
public class LinkResolverTests
{
    static List<string?> Links(BuildResult result, string path) =>
        [.. Html.Page(result, path).QuerySelectorAll(".content a").Select(a => a.GetAttribute("href"))];

    [Fact]
    public void An_absolute_link_to_a_page_resolves_with_or_without_its_trailing_slash()
    {
        using var site = new TestSite();
        site.Write("gids/links.nl.md", TestSite.Page("", "[a](/nl/gids/eerste/) [b](/nl/gids/eerste) [c](/nl/gids/eerste/#begin)"));

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Equal(["/nl/gids/eerste/", "/nl/gids/eerste/", "/nl/gids/eerste/#begin"], Links(result, "nl/gids/links/index.html"));
    }

    [Fact]
    public void An_absolute_link_to_no_page_is_a_broken_link_at_its_position()
    {
        using var site = new TestSite();
        site.Write("gids/links.nl.md", TestSite.Page("", "Zie [weg](/nl/gids/nergens/)."));

        var diagnostic = TestSite.Single(site.Build(), DiagnosticCodes.BrokenLink);

        Assert.Equal(("input/gids/links.nl.md", 7, 5), (diagnostic.Path, diagnostic.Line, diagnostic.Column));
        Assert.Contains("'/nl/gids/nergens/' is not a page of this site", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_language_leads_to_that_language_and_never_falls_back()
    {
        using var site = new TestSite();
        site.Write("gids/alleen.en.md", TestSite.Page("slug: only"))
            .Write("gids/links.nl.md", TestSite.Page("", "[engels](eerste.en.md) [nederlands](alleen.nl.md)"));

        var result = site.Build();

        Assert.Equal("/en/guide/first/", Links(result, "nl/gids/links/index.html")[0]);
        var broken = TestSite.Single(result, DiagnosticCodes.BrokenLink);
        Assert.Equal(("input/gids/links.nl.md", 7, 24), (broken.Path, broken.Line, broken.Column));
        Assert.Contains("looked for input/gids/alleen.nl.md", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_without_a_language_to_a_page_missing_in_this_language_stays_in_the_reader_s_language()
    {
        // Every language has every page: a missing one is a fallback page in the reader's language. German falls
        // back to English, so that page shows the English text, although Dutch comes first.
        using var site = new TestSite();
        site.Write("site.yml", "languages:\n  - code: nl\n    name: Nederlands\n  - code: en\n    name: English\n    fallback: nl\n" +
                               "  - code: de\n    name: Deutsch\n    fallback: en\n    required: false\n")
            .Write("gids/index.de.md", TestSite.Page("slug: leitfaden"))
            .Write("gids/erklaerung.de.md", TestSite.Page("", "[zweite](tweede.md) [nur Niederländisch](alleen.md)"))
            .Write("gids/alleen.nl.md", TestSite.Page(""));

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.Equal(["/de/leitfaden/second/", "/de/leitfaden/alleen/"], Links(result, "de/leitfaden/erklaerung/index.html"));
        Assert.Equal("en", Html.Page(result, "de/leitfaden/second/index.html").QuerySelector(".content")!.GetAttribute("lang"));
    }

    [Fact]
    public void Anchors_are_checked_against_the_target_page_s_headings_with_a_suggestion()
    {
        using var site = new TestSite();
        site.Write("gids/links.nl.md", TestSite.Page("", "[a](/nl/gids/eerste/#midden) [b](#slot) [c](/nl/gids/eerste/#eindje)\n\n## Slot\n"));

        var result = site.Build();

        var missing = TestSite.Single(result, DiagnosticCodes.MissingAnchor);
        Assert.Equal(("input/gids/links.nl.md", 7, 41), (missing.Path, missing.Line, missing.Column));
        Assert.Contains("there is no heading '#eindje' on 'input/gids/eerste.nl.md'; did you mean '#einde'?", missing.Message, StringComparison.Ordinal);
        Assert.Equal(["/nl/gids/eerste/#midden", "#slot"], Links(result, "nl/gids/links/index.html").Take(2));
    }
}
