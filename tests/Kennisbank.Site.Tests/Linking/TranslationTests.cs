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
    public void A_missing_translation_warns_and_the_switcher_falls_back_to_the_section_page()
    {
        using var site = new TestSite();
        site.Write("gids/alleen.nl.md", TestSite.Page("slug: alleen"));

        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = TestSite.Single(result, DiagnosticCodes.MissingTranslation);
        Assert.Equal((Severity.Warning, "input/gids/alleen.nl.md"), (warning.Severity, warning.Path));
        var page = Html.Page(result, "nl/gids/alleen/index.html");
        Assert.Equal("/en/guide/", page.QuerySelector(".lang-switch a")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("link[hreflang]"));
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
    public void A_language_less_link_to_an_untranslated_page_leads_to_the_existing_language()
    {
        using var site = new TestSite();
        site.Write("gids/alleen.nl.md", TestSite.Page("")).Write("gids/tweede.en.md", TestSite.Page("slug: second", "[only Dutch](alleen.md)"));

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.Equal("/nl/gids/alleen/", Html.Page(result, "en/guide/second/index.html").QuerySelector(".content a")!.GetAttribute("href"));
    }
}
