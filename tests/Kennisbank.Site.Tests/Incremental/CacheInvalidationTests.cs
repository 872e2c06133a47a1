using Kennisbank.Site.Incremental;
using Kennisbank.Site.Tests.Support;
using Kennisbank.Theme;

namespace Kennisbank.Site.Tests.Incremental;

/// <summary>What a page shows besides its own Markdown (data files, interface texts, other pages' feature keys) must
/// re-render it when it changes: a rebuild with the cache must give exactly what a build without it gives.</summary>
public sealed class CacheInvalidationTests : IDisposable
{
    readonly ThemeRenderer renderer = new();
    readonly TestSite site = new();
    readonly BuildCache cache = new();

    BuildResult Build(string? theme = null, BuildCache? with = null) =>
        SiteBuilder.Build(site.Options(theme: theme), renderer, with);

    static void AssertSameFiles(BuildResult expected, BuildResult actual)
    {
        Assert.Equal(expected.Files.Select(f => f.Path), actual.Files.Select(f => f.Path));
        foreach (var (a, b) in expected.Files.Zip(actual.Files))
            Assert.True(a.Content is null ? a.CopyFrom == b.CopyFrom : a.Content.AsSpan().SequenceEqual(b.Content), $"{a.Path} differs from a full build");
    }

    static int Pages(BuildResult result) => result.Files.Count(f => f.Path.EndsWith("/index.html", StringComparison.Ordinal));

    [Fact]
    public void Changing_a_glossary_definition_re_renders_the_glossary()
    {
        Build(with: cache);
        site.Write("_data/glossary.yml", "- term: { nl: Stedenband, en: City link }\n  definition: { nl: Een nieuwe uitleg., en: A new explanation. }\n");

        var incremental = Build(with: cache);

        Assert.Equal("Een nieuwe uitleg.", Html.Page(incremental, "nl/woorden/index.html").QuerySelector("dl.glossary dd")!.TextContent);
        AssertSameFiles(Build(), incremental);
    }

    [Fact]
    public void Changing_a_period_title_re_renders_the_timeline()
    {
        Build(with: cache);
        site.Write("_data/periods.yml", "- number: 1\n  title: { nl: Verkenning, en: Exploration }\n  years: { nl: Jaar 1, en: Year 1 }\n");

        var incremental = Build(with: cache);

        Assert.EndsWith("Exploration", Html.Page(incremental, "en/plan/index.html").QuerySelector(".timeline-period h2")!.TextContent, StringComparison.Ordinal);
        AssertSameFiles(Build(), incremental);
    }

    [Fact]
    public void Changing_an_sdg_name_re_renders_every_page_tagged_with_it()
    {
        Build(with: cache);
        site.Write("_data/sdgs.yml",
            "- { number: 11, name: { nl: Steden, en: Cities }, colour: \"#FD9D24\" }\n" +
            "- { number: 17, name: { nl: Partnerschap om doelstellingen te bereiken, en: Partnerships for the goals }, colour: \"#19486A\" }\n");

        var incremental = Build(with: cache);

        Assert.Contains("SDG 11: Steden", Html.Page(incremental, "nl/gids/eerste/index.html").QuerySelectorAll(".sdg-tags a").Select(a => a.TextContent.Trim()));
        AssertSameFiles(Build(), incremental);
    }

    [Fact]
    public void Changing_an_interface_text_re_renders_every_page()
    {
        using var theme = new TempFolder();
        CopyFolder(Repository.Theme, theme.Path);
        var first = Build(theme.Path, cache);
        var strings = Path.Combine(theme.Path, "strings", "nl.yml");
        File.WriteAllText(strings, File.ReadAllText(strings).Replace("skip: Naar de inhoud", "skip: Direct naar de inhoud", StringComparison.Ordinal));

        var incremental = Build(theme.Path, cache);

        Assert.Equal(Pages(first), cache.Rendered);
        Assert.Equal("Direct naar de inhoud", Html.Page(incremental, "nl/gids/eerste/index.html").QuerySelector("a.skip-link")!.TextContent);
        AssertSameFiles(Build(theme.Path), incremental);
    }

    static void CopyFolder(string from, string to)
    {
        // Only what a build reads of the theme: its strings and assets (the components are compiled in).
        foreach (var folder in new[] { "strings", "assets" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(from, folder), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
    }

    public void Dispose()
    {
        renderer.Dispose();
        site.Dispose();
    }
}
