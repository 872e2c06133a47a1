using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Publishing;

/// <summary>Two sources that would write one output file are both named: otherwise one would silently replace the other.</summary>
public class DuplicateOutputsTests
{
    [Fact]
    public void A_file_named_like_the_section_s_feed_collides_with_the_feed_in_every_language()
    {
        using var site = new TestSite();
        site.Write("nieuws/feed.xml", "<feed/>");

        var duplicates = site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateOutput).ToList();

        Assert.Equal(["input/nieuws/feed.xml", "input/nieuws/feed.xml", "input/nieuws/index.en.md", "input/nieuws/index.nl.md"],
            duplicates.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.All(duplicates, d => Assert.True(d.IsError));
        Assert.Contains(duplicates, d => d.Path == "input/nieuws/index.nl.md" && d.Message.Contains("/nl/nieuws/feed.xml", StringComparison.Ordinal));
        Assert.Contains(duplicates, d => d.Path == "input/nieuws/index.en.md" && d.Message.Contains("/en/news/feed.xml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_named_index_html_collides_with_the_section_page()
    {
        using var site = new TestSite();
        site.Write("gids/index.html", "<p>oud</p>");

        var duplicates = site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateOutput).ToList();

        Assert.Equal(["input/gids/index.en.md", "input/gids/index.html", "input/gids/index.html", "input/gids/index.nl.md"],
            duplicates.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.Contains(duplicates, d => d.Path == "input/gids/index.nl.md" && d.Message.Contains("/nl/gids/index.html", StringComparison.Ordinal));
    }
}
