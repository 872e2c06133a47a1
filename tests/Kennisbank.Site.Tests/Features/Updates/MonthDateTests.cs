using System.Xml.Linq;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Features.Updates;

/// <summary>A date as precise as its source (issue 15, part 4): <c>updated: 2022-09</c> is a month, shown as
/// "september 2022", sorted and put in the feed the same way on every build.</summary>
public class MonthDateTests
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("2022-09", 2022, 9, null)]
    [InlineData("2023-10-03", 2023, 10, 3)]
    public void A_date_is_a_day_or_a_month(string text, int year, int month, int? day)
    {
        Assert.True(PageDate.TryParse(text, out var date));
        Assert.Equal(new PageDate(year, month, day), date);
        Assert.Equal(text, date.Iso);
    }

    [Theory]
    [InlineData("2022-13")]
    [InlineData("2022-9")]
    [InlineData("2022")]
    [InlineData("2022-02-30")]
    [InlineData("september 2022")]
    public void Anything_else_is_not_a_date(string text) => Assert.False(PageDate.TryParse(text, out _));

    [Fact]
    public void A_month_sorts_after_the_month_before_and_before_its_own_days()
    {
        PageDate[] dates = [new(2022, 11, 1), new(2022, 10, 31), new(2022, 11), new(2021, 12)];

        Assert.Equal([new(2021, 12), new(2022, 10, 31), new(2022, 11), new(2022, 11, 1)], dates.Order());
    }

    static TestSite WithMonthPost() => new TestSite()
        .Write("nieuws/2022-11-01-maand.nl.md", "---\ntitle: Maandbericht\ndescription: Alleen de maand.\nupdated: 2022-11\n---\n\nTekst.\n")
        .Write("nieuws/2022-11-01-maand.en.md", "---\ntitle: Month post\ndescription: Only the month.\nslug: month\nupdated: 2022-11\n---\n\nText.\n");

    [Theory]
    [InlineData("nl/nieuws/2022-11-01-maand/index.html", "Bijgewerkt in", "november 2022")]
    [InlineData("en/news/month/index.html", "Updated", "November 2022")]
    public void A_month_shows_as_month_and_year_and_never_as_a_day(string path, string label, string shown)
    {
        using var site = WithMonthPost();
        var page = Html.Page(site.Build(), path);

        var time = page.QuerySelector(".page-header .meta time")!;
        Assert.Equal("2022-11", time.GetAttribute("datetime"));
        Assert.Equal(shown, time.TextContent);
        Assert.Equal($"{label} {shown}", time.ParentElement!.TextContent.Trim());
    }

    [Fact]
    public void The_updates_list_and_the_feed_order_a_month_before_the_days_of_that_month_on_every_build()
    {
        using var site = WithMonthPost();
        string[] Titles(BuildResult result) =>
            [.. Html.Page(result, "nl/nieuws/index.html").QuerySelectorAll(".page-list li > a").Select(a => a.TextContent)];

        var first = site.Build();
        Assert.Equal(["Nieuw bericht", "Oud bericht", "Maandbericht"], Titles(first));
        Assert.Equal(Titles(first), Titles(site.Build()));
        Assert.Equal("november 2022", Html.Page(first, "nl/nieuws/index.html").QuerySelectorAll(".page-list time")[2].TextContent);

        var feed = XDocument.Parse(site.Html(first, "nl/nieuws/feed.xml")).Root!;
        var entry = feed.Elements(Atom + "entry").Last();
        Assert.Equal("Maandbericht", entry.Element(Atom + "title")!.Value);
        // Atom needs a full timestamp (RFC 4287, 3.3): the month's first day, never the build's clock.
        Assert.Equal("2022-11-01T00:00:00Z", entry.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void The_sitemap_gives_a_month_as_a_month()
    {
        using var site = WithMonthPost();
        var sitemap = XDocument.Parse(site.Html(site.Build(), "sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var url = Assert.Single(sitemap.Root!.Elements(sm + "url"), u => u.Element(sm + "loc")!.Value.EndsWith("/nl/nieuws/2022-11-01-maand/", StringComparison.Ordinal));
        Assert.Equal("2022-11", url.Element(sm + "lastmod")!.Value);
    }

    [Fact]
    public void A_month_that_does_not_exist_is_an_error_that_names_both_forms()
    {
        using var site = new TestSite();
        site.Write("gids/maand.nl.md", TestSite.Page("updated: 2022-13"));

        var diagnostic = TestSite.Single(site.Build(), DiagnosticCodes.InvalidValue);

        Assert.Equal(4, diagnostic.Line);
        Assert.Contains("YYYY-MM-DD", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM ", diagnostic.Message, StringComparison.Ordinal);
    }
}
