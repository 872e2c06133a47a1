using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Rendering;

/// <summary>The HTML of one representative page per layout, approved in Rendering/Approved/*.verified.html.</summary>
public class LayoutApprovalTests
{
    [Theory]
    [InlineData("home", "nl/index.html")]
    [InlineData("page", "nl/gids/eerste/index.html")]
    [InlineData("section", "en/guide/index.html")]
    [InlineData("updates", "nl/nieuws/index.html")]
    [InlineData("roadmap", "en/plan/index.html")]
    [InlineData("roadmap-step", "en/plan/step-1/index.html")]
    [InlineData("glossary", "nl/woorden/index.html")]
    [InlineData("sdgs", "en/sdgs/index.html")]
    [InlineData("sdg", "nl/sdgs/17/index.html")]
    [InlineData("404", "404.html")]
    [InlineData("language-chooser", "index.html")]
    public void Layout_html_matches_the_approved_file(string name, string path)
    {
        using var site = new TestSite();
        Approval.VerifyIn(Path.Combine(Repository.TestSource, "Rendering", "Approved"), site.Html(site.Build(), path), name, "html");
    }

    [Fact]
    public void Pages_have_landmarks_a_skip_link_and_no_inline_script_or_style()
    {
        using var site = new TestSite();
        var result = site.Build();
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = Html.Parse(System.Text.Encoding.UTF8.GetString(file.Content!));
            Assert.Single(page.QuerySelectorAll("main"));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), $"inline script in {file.Path}"));
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
            // Everything the browser loads (styles, icons, scripts, images) comes from this origin.
            Assert.All(page.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], script[src], img[src]"), e =>
                Assert.DoesNotMatch("^(https?:)?//", e.GetAttribute("href") ?? e.GetAttribute("src")));
            if (file.Path is "404.html" or "index.html") continue;
            Assert.Equal("main", page.QuerySelector("a.skip-link")!.GetAttribute("href")!.TrimStart('#'));
            Assert.NotNull(page.QuerySelector("header"));
            Assert.NotNull(page.QuerySelector("footer"));
            Assert.NotNull(page.QuerySelector("nav.site-nav[aria-label]"));
        }
    }
}
