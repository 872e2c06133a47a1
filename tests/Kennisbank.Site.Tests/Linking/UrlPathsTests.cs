using Kennisbank.Site.Linking;

namespace Kennisbank.Site.Tests.Linking;

public class UrlPathsTests
{
    [Theory]
    [InlineData("gids", "eerste.md", "gids/eerste.md")]
    [InlineData("gids", "./eerste.md", "gids/eerste.md")]
    [InlineData("gids", "../nieuws/oud.md", "nieuws/oud.md")]
    [InlineData("", "gids/./a/../b.md", "gids/b.md")]
    [InlineData("gids", "a//b.png", "gids/a/b.png")]
    [InlineData("a/b", "..", "a")]
    [InlineData("gids", "..", "")]
    public void Combine_resolves_dot_and_dot_dot(string folder, string relative, string expected) =>
        Assert.Equal(expected, UrlPaths.Combine(folder, relative));

    [Theory]
    [InlineData("", "../x.md")]
    [InlineData("gids", "../../x.md")]
    [InlineData("gids", "a/../../../x.md")]
    public void Combine_climbing_out_of_the_root_is_null(string folder, string relative) =>
        Assert.Null(UrlPaths.Combine(folder, relative));

    [Theory]
    [InlineData("/nl/gids/eerste/", "/nl/gids/diagram.png", "../diagram.png")]
    [InlineData("/nl/gids/", "/nl/gids/diagram.png", "diagram.png")]
    [InlineData("/nl/gids/eerste/", "/nl/gids/eerste/bijlage.pdf", "bijlage.pdf")]
    [InlineData("/en/", "/nl/gids/diagram.png", "../nl/gids/diagram.png")]
    [InlineData("/nl/a/b/", "/nl/c/d.png", "../../c/d.png")]
    [InlineData("/", "/robots.txt", "robots.txt")]
    // A file named like the page's folder is still one level up, not the folder itself.
    [InlineData("/nl/gids/", "/nl/gids", "../gids")]
    public void Relative_climbs_from_the_page_to_the_target(string pageUrl, string target, string expected) =>
        Assert.Equal(expected, UrlPaths.Relative(pageUrl, target));
}
