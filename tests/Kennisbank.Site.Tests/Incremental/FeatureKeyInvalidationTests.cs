using Kennisbank.Site.Incremental;
using Kennisbank.Site.Tests.Support;
using Kennisbank.Theme;

namespace Kennisbank.Site.Tests.Incremental;

/// <summary>A feature's front-matter key is shown on other pages (a page's SDGs on the goal's page, a step's number on
/// the timeline): changing it must re-render those pages too. The structure key finds such keys by reflection, so no
/// feature has to register them.</summary>
public sealed class FeatureKeyInvalidationTests : IDisposable
{
    readonly ThemeRenderer renderer = new();
    readonly TestSite site = new();
    readonly BuildCache cache = new();

    BuildResult Build(BuildCache? with = null) => SiteBuilder.Build(site.Options(), renderer, with);

    static byte[] Bytes(BuildResult result, string path) => Assert.Single(result.Files, f => f.Path == path).Content!;

    void AssertAsFullBuild(BuildResult incremental, params string[] paths)
    {
        var full = Build();
        Assert.All(paths, path => Assert.Equal(Bytes(full, path), Bytes(incremental, path)));
    }

    [Fact]
    public void Untagging_a_page_re_renders_the_goal_page_that_listed_it()
    {
        Build(cache);
        Assert.Contains("/nl/gids/eerste/", Html.Page(Build(cache), "nl/sdgs/17/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        var eerste = Path.Combine(site.Input, "gids", "eerste.nl.md");
        site.Write("gids/eerste.nl.md", File.ReadAllText(eerste).Replace("sdgs: [11, 17]", "sdgs: [11]", StringComparison.Ordinal));

        var incremental = Build(cache);

        Assert.DoesNotContain("/nl/gids/eerste/", Html.Page(incremental, "nl/sdgs/17/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        AssertAsFullBuild(incremental, "nl/sdgs/17/index.html", "nl/sdgs/index.html");
    }

    [Fact]
    public void Renumbering_a_step_re_renders_the_timeline()
    {
        Build(cache);
        var step = Path.Combine(site.Input, "plan", "stap-1.nl.md");
        site.Write("plan/stap-1.nl.md", File.ReadAllText(step).Replace("step: 1", "step: 5", StringComparison.Ordinal));

        var incremental = Build(cache);

        Assert.Equal("5", Html.Page(incremental, "nl/plan/index.html").QuerySelector(".timeline-steps > li")!.GetAttribute("value"));
        AssertAsFullBuild(incremental, "nl/plan/index.html");
    }

    public void Dispose()
    {
        renderer.Dispose();
        site.Dispose();
    }
}
