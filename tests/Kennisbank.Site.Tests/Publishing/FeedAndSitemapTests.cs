using System.Xml.Linq;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Publishing;

public class FeedAndSitemapTests
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    static XDocument Xml(BuildResult result, string path) =>
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Path == path).Content!));

    [Fact]
    public void Each_language_has_an_atom_feed_of_its_updates_newest_first()
    {
        using var site = new TestSite();
        var result = site.Build();

        foreach (var (path, titles) in new[] { ("nl/nieuws/feed.xml", new[] { "Nieuw bericht", "Oud bericht" }), ("en/news/feed.xml", ["New post", "Old post"]) })
        {
            var feed = Xml(result, path).Root!;
            Assert.Equal(Atom + "feed", feed.Name);
            var entries = feed.Elements(Atom + "entry").ToList();
            Assert.Equal(titles, entries.Select(e => e.Element(Atom + "title")!.Value));
            Assert.Equal("2023-10-03T00:00:00Z", feed.Element(Atom + "updated")!.Value);
            Assert.All(entries, e => Assert.StartsWith("https://example.org/", e.Element(Atom + "id")!.Value, StringComparison.Ordinal));
        }
        Assert.Equal("/en/news/feed.xml", Html.Page(result, "en/news/index.html").QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public void A_post_without_a_date_is_an_error()
    {
        using var site = new TestSite();
        site.Write("nieuws/zonder-datum.nl.md", TestSite.Page(""));

        Assert.Equal("input/nieuws/zonder-datum.nl.md", TestSite.Single(site.Build(), DiagnosticCodes.MissingDate).Path);
    }

    [Fact]
    public void The_sitemap_lists_every_page_with_its_alternates()
    {
        using var site = new TestSite();
        var result = site.Build();
        var urls = Xml(result, "sitemap.xml").Root!.Elements(Sm + "url").ToList();

        var htmlPages = result.Files.Count(f => f.Path.EndsWith("/index.html", StringComparison.Ordinal));
        Assert.Equal(htmlPages, urls.Count);
        var first = Assert.Single(urls, u => u.Element(Sm + "loc")!.Value == "https://example.org/nl/gids/eerste/");
        var alternates = first.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal("https://example.org/en/guide/first/", alternates["en"]);
        Assert.Equal("https://example.org/nl/gids/eerste/", alternates["x-default"]);
    }

    [Fact]
    public void Robots_points_at_the_sitemap_and_404_and_root_are_bilingual()
    {
        using var site = new TestSite();
        var result = site.Build();

        Assert.Contains("Sitemap: https://example.org/sitemap.xml", site.Html(result, "robots.txt").Split('\n'));
        var notFound = Html.Page(result, "404.html");
        Assert.Equal("nl", notFound.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(notFound.QuerySelector("section[lang=en] a[href='/en/']"));
        var chooser = Html.Page(result, "index.html");
        Assert.Equal(["/nl/", "/en/"], chooser.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }
}
