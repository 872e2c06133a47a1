using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.History;

/// <summary>"Bewerk deze pagina": only with a repository in input/site.yml, to the page's own source file.</summary>
public class EditLinkTests
{
    const string Config = "languages:\n  - code: nl\n    name: Nederlands\n  - code: en\n    name: English\n    fallback: nl\n";

    [Fact]
    public void With_a_repository_each_page_links_to_its_source_file_there()
    {
        using var site = new TestSite();
        site.Write("site.yml", Config + "repository: https://github.com/vvsg/kennisbank\n");

        var result = site.Build();

        var links = Html.Page(result, "en/guide/first/index.html").QuerySelectorAll(".edit-links a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("https://github.com/vvsg/kennisbank/edit/main/input/gids/eerste.en.md", links[0]);
        // The CMS can save to a GitHub repository: the page's entry in it is the second link.
        Assert.Equal("/admin/#/collections/gids/entries/eerste", links[1]);
    }

    [Fact]
    public void Without_a_repository_there_is_no_edit_link()
    {
        using var site = new TestSite();
        site.Write("site.yml", Config);

        var result = site.Build();

        Assert.Empty(Html.Page(result, "en/guide/first/index.html").QuerySelectorAll(".edit-links"));
    }
}
