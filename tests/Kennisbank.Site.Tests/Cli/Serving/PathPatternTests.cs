using Kennisbank.Cli.Serving;

namespace Kennisbank.Site.Tests.Cli.Serving;

/// <summary>Netlify's `for` and `from` paths: what each form matches, and what it fills in for a redirect.</summary>
public class PathPatternTests
{
    [Theory]
    [InlineData("/*", "/", true)]
    [InlineData("/*", "/nl/gids/eerste/", true)]
    [InlineData("/assets/*", "/assets/site.css", true)]
    [InlineData("/assets/*", "/assets/fonts/a.woff2", true)]
    [InlineData("/assets/*", "/assets", true)]
    [InlineData("/assets/*", "/assetsfoo", false)]
    [InlineData("/assets/*", "/nl/assets/site.css", false)]
    [InlineData("/feed.xml", "/feed.xml", true)]
    [InlineData("/feed.xml", "/nl/feed.xml", false)]
    [InlineData("/nl/gids", "/nl/gids/", true)]
    [InlineData("/NL/Gids/", "/nl/gids", true)]
    [InlineData("/", "/", true)]
    [InlineData("/", "/nl/", false)]
    [InlineData("/:lang/*", "/nl/gids/", true)]
    [InlineData("/:lang/*", "/nl", true)]
    [InlineData("/:lang/feed.xml", "/en/feed.xml", true)]
    [InlineData("/:lang/feed.xml", "/en/nieuws/feed.xml", false)]
    [InlineData("/*.css", "/assets/site.css", true)]
    [InlineData("/*.css", "/assets/site.js", false)]
    [InlineData("/nl/*/index.html", "/nl/gids/index.html", true)]
    public void Matches_as_Netlify_does(string pattern, string path, bool expected) =>
        Assert.Equal(expected, new PathPattern(pattern).Matches(path));

    [Fact]
    public void A_match_names_the_placeholders_and_the_splat()
    {
        var values = new PathPattern("/:lang/oud/*").Match("/nl/oud/gids/eerste");

        Assert.NotNull(values);
        Assert.Equal("nl", values["lang"]);
        Assert.Equal("gids/eerste", values["splat"]);
    }

    [Fact]
    public void Special_characters_in_a_path_are_literal()
    {
        Assert.True(new PathPattern("/a+b(1).html").Matches("/a+b(1).html"));
        Assert.False(new PathPattern("/a.html").Matches("/aXhtml"));
    }
}
