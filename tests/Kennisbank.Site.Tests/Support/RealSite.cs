using Kennisbank.Theme;
using Kennisbank.Site.Features;

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

    public static byte[] File(string path) => Assert.Single(Result.Files, f => f.Path == path).Content
        ?? System.IO.File.ReadAllBytes(Result.Files.Single(f => f.Path == path).CopyFrom!);
}
