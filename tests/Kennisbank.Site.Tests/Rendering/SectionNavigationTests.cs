using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Rendering;

/// <summary>The section's page list is cached in blocks of items and only the current page's block is rebuilt;
/// these tests make sure every page still gets the whole list, in order, with exactly its own link marked.</summary>
public class SectionNavigationTests
{
    const int Pages = 70;   // more than two blocks, the last one partly filled

    [Theory]
    [InlineData(1)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(64)]
    [InlineData(70)]
    public void Every_page_lists_the_whole_section_in_order_with_only_itself_marked(int number)
    {
        using var site = new TestSite();
        site.Write("groot/index.nl.md", TestSite.Page("order: 9", "Een grote sectie."));
        for (var i = 1; i <= Pages; i++) site.Write($"groot/p{i:00}.nl.md", TestSite.Page($"order: {i}"));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var nav = Html.Page(result, $"nl/groot/p{number:00}/index.html").QuerySelector("nav.section-nav")!;
        var links = nav.QuerySelectorAll("li > a").ToList();
        Assert.Equal(Enumerable.Range(1, Pages).Select(i => $"/nl/groot/p{i:00}/"), links.Select(a => a.GetAttribute("href")));
        var marked = Assert.Single(nav.QuerySelectorAll("[aria-current]"));
        Assert.Equal("page", marked.GetAttribute("aria-current"));
        Assert.Equal($"/nl/groot/p{number:00}/", marked.GetAttribute("href"));
    }
}
