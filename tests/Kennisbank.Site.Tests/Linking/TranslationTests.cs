using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Linking;

public class TranslationTests
{
    [Fact]
    public void Translations_are_paired_by_path_and_linked_both_ways()
    {
        using var site = new TestSite();
        var result = site.Build();

        var nl = Html.Page(result, "nl/gids/eerste/index.html");
        var en = Html.Page(result, "en/guide/first/index.html");

        Assert.Equal("/en/guide/first/", nl.QuerySelector(".lang-switch a")!.GetAttribute("href"));
        Assert.Equal("/nl/gids/eerste/", en.QuerySelector(".lang-switch a")!.GetAttribute("href"));
        var alternates = nl.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal(new Dictionary<string, string?>
        {
            ["nl"] = "https://example.org/nl/gids/eerste/",
            ["en"] = "https://example.org/en/guide/first/",
            ["x-default"] = "https://example.org/nl/gids/eerste/",
        }, alternates);
        Assert.Equal("https://example.org/en/guide/first/", en.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.Equal("The first page of the guide.", en.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public void A_missing_translation_warns_and_the_page_is_there_in_the_other_language_showing_the_fallback()
    {
        using var site = new TestSite();
        site.Write("gids/alleen.nl.md", TestSite.Page("slug: alleen", "## Kop\n\nAlleen in het Nederlands."));

        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = TestSite.Single(result, DiagnosticCodes.MissingTranslation);
        Assert.Equal((Severity.Warning, "input/gids/alleen.nl.md"), (warning.Severity, warning.Path));
        var nl = Html.Page(result, "nl/gids/alleen/index.html");
        var switcher = nl.QuerySelector(".lang-switch a")!;
        Assert.Equal("/en/guide/alleen/", switcher.GetAttribute("href"));
        Assert.NotNull(switcher.QuerySelector(".lang-switch-note"));   // "not translated yet", in words
        Assert.Empty(nl.QuerySelectorAll("link[hreflang]"));

        var en = Html.Page(result, "en/guide/alleen/index.html");
        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.Equal("nl", en.QuerySelector(".content")!.GetAttribute("lang"));
        Assert.Equal("nl", en.QuerySelector("h1")!.GetAttribute("lang"));
        var notice = en.QuerySelector(".notice-fallback")!;
        Assert.Equal(["/nl/gids/alleen/"], notice.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("https://example.org/nl/gids/alleen/", en.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Empty(en.QuerySelectorAll("link[hreflang]"));
        Assert.DoesNotContain("/en/guide/alleen/", site.Html(result, "sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains(Html.Page(result, "en/guide/index.html").QuerySelectorAll(".page-list a"),
            a => a.GetAttribute("href") == "/en/guide/alleen/" && a.GetAttribute("lang") == "nl");
    }

    [Fact]
    public void Strict_turns_a_missing_translation_into_an_error()
    {
        using var site = new TestSite();
        site.Write("gids/alleen.nl.md", TestSite.Page(""));

        var result = site.Build(strict: true);

        Assert.False(result.Succeeded);
        Assert.Equal(Severity.Error, TestSite.Single(result, DiagnosticCodes.MissingTranslation).Severity);
    }

    [Fact]
    public void A_language_less_link_to_an_untranslated_page_stays_in_the_reader_s_language()
    {
        using var site = new TestSite();
        site.Write("gids/alleen.nl.md", TestSite.Page("")).Write("gids/tweede.en.md", TestSite.Page("slug: second", "[only Dutch](alleen.md)"));

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        // It leads to the page in the reader's language, which shows the Dutch text with a notice.
        Assert.Equal("/en/guide/alleen/", Html.Page(result, "en/guide/second/index.html").QuerySelector(".content a")!.GetAttribute("href"));
    }
}
