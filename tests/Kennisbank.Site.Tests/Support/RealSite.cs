using Kennisbank.Theme;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Features;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Loading;

namespace Kennisbank.Site.Tests.Support;

/// <summary>The real content of input/, built once for all tests that look at what visitors get.</summary>
public static class RealSite
{
    static readonly ThemeRenderer Renderer = new();

    static readonly Lazy<BuildResult> Built = new(() =>
    {
        var renderer = Renderer;
        var result = SiteBuilder.Build(new BuildOptions(Repository.Input, Repository.Theme, "input", TestSite.BaseUrl, Strict: true)
        {
            Features = SiteFeatures.All(),
        }, renderer);
        // Render every page once, so the tests share one set of bytes.
        return result with { Files = [.. result.Files.Select(f => f.Materialized())] };
    });

    public static BuildResult Result => Built.Value;

    /// <summary>The real site as the link stage sees it, through the pipeline's own stage functions: the tests that
    /// cover "every assessment page" or "every page" take their lists from here, never from a list typed by hand.</summary>
    public static LinkedSite Linked => LinkedValue.Value;

    static readonly Lazy<LinkedSite> LinkedValue = new(() =>
    {
        var schema = new ContentSchema(SiteFeatures.All());
        var (source, _) = Loader.Load(Repository.Input, "input");
        var (config, _) = SiteBuilder.Configure(source, Renderer, schema, "input");
        var ((pages, data, strings), _) = SiteBuilder.Parse(source, config, Repository.Theme, schema, null);
        return SiteBuilder.Link(pages, source, data, config, schema, strings).Item1;
    });

    public static byte[] File(string path) => Assert.Single(Result.Files, f => f.Path == path).Content
        ?? System.IO.File.ReadAllBytes(Result.Files.Single(f => f.Path == path).CopyFrom!);
}
