using Kennisbank.Site.Linking;

namespace Kennisbank.Site;

/// <summary>What one build is asked to do.</summary>
/// <param name="InputDir">The content folder.</param>
/// <param name="ThemeDir">The theme folder (strings and assets).</param>
/// <param name="DisplayRoot">How paths are printed in diagnostics, e.g. "input".</param>
/// <param name="BaseUrl">The public address, for canonical URLs, feeds and the sitemap.</param>
/// <param name="Strict">Warnings fail the build too.</param>
public sealed record BuildOptions(string InputDir, string ThemeDir, string DisplayRoot, string BaseUrl, bool Strict = false)
{
    /// <summary>Run the slow, exhaustive checks too (e.g. proving every self-assessment answer set has one outcome).
    /// `kb check` does; `build` and `serve` skip them, because CI runs `check` and the tests on every change.</summary>
    public bool Thorough { get; init; }

    /// <summary>Extensions (the self-assessments) that contribute pages, files and checks.</summary>
    public IReadOnlyList<ISiteExtension> Extensions { get; init; } = [];
}
