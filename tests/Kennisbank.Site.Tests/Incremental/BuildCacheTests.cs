using Kennisbank.Site.Incremental;
using Kennisbank.Site.Tests.Support;
using Kennisbank.Theme;

namespace Kennisbank.Site.Tests.Incremental;

public class BuildCacheTests
{
    static readonly ThemeRenderer Renderer = new();

    static BuildResult Build(TestSite site, BuildCache? cache)
    {
        var renderer = Renderer;
        return SiteBuilder.Build(new BuildOptions(site.Input, Repository.Theme, "input", TestSite.BaseUrl), renderer, cache);
    }

    static void AssertSameFiles(BuildResult expected, BuildResult actual)
    {
        Assert.Equal(expected.Files.Select(f => f.Path), actual.Files.Select(f => f.Path));
        foreach (var (a, b) in expected.Files.Zip(actual.Files))
            Assert.True(a.Content is null ? a.CopyFrom == b.CopyFrom : a.Content.AsSpan().SequenceEqual(b.Content), $"{a.Path} differs from a full build");
    }

    [Fact]
    public void Editing_a_page_body_re_renders_only_that_page_and_matches_a_full_build()
    {
        using var site = new TestSite();
        var cache = new BuildCache();
        Build(site, cache);
        var pages = cache.Rendered;

        site.Write("gids/tweede.nl.md", "---\ntitle: Tweede pagina\ndescription: De tweede pagina van de gids.\norder: 2\n---\n\nNieuwe tekst, zelfde titel.\n\n## Details\n");
        var incremental = Build(site, cache);

        Assert.True(pages > 10);
        Assert.Equal(1, cache.Rendered);
        AssertSameFiles(Build(site, null), incremental);
    }

    [Fact]
    public void Changing_a_title_re_renders_everything_that_may_show_it()
    {
        using var site = new TestSite();
        var cache = new BuildCache();
        var first = Build(site, cache);

        site.Write("gids/tweede.nl.md", "---\ntitle: Andere titel\ndescription: De tweede pagina van de gids.\norder: 2\n---\n\n## Details\n");
        var incremental = Build(site, cache);

        Assert.Equal(first.Files.Count(f => f.Path.EndsWith("index.html", StringComparison.Ordinal) && f.Path != "index.html"), cache.Rendered);
        AssertSameFiles(Build(site, null), incremental);
        Assert.Contains("Andere titel", Html.Page(incremental, "nl/gids/eerste/index.html").QuerySelector(".pager-next")!.TextContent, StringComparison.Ordinal);
    }
}
