using Kennisbank.Site.Extensibility;

namespace Kennisbank.Site;

/// <summary>What one build is asked to do.</summary>
/// <param name="InputDir">The content folder.</param>
/// <param name="ThemeDir">The theme folder (strings and assets).</param>
/// <param name="DisplayRoot">How paths are printed in diagnostics, e.g. "input".</param>
/// <param name="BaseUrl">The public address, for canonical URLs, feeds and the sitemap; null takes the one in
/// input/site.yml (Netlify passes the deploy's own address).</param>
/// <param name="Strict">Warnings fail the build too.</param>
public sealed record BuildOptions(string InputDir, string ThemeDir, string DisplayRoot, string? BaseUrl = null, bool Strict = false)
{
    /// <summary>Run the slow, exhaustive checks too (e.g. proving every self-assessment answer set has one outcome).
    /// `kb check` does; `build` and `serve` skip them, because CI runs `check` and the tests on every change.</summary>
    public bool Thorough { get; init; }

    /// <summary>Date pages by their last git commit (one <c>git log</c> for the input folder). Off, or outside a repository,
    /// or in a shallow clone, pages are dated by front-matter <c>updated</c>; the build summary says which.</summary>
    public bool ReadHistory { get; init; } = true;

    /// <summary>Told the name of each stage as it starts, for a progress line on a terminal (`kb build`).</summary>
    public IProgress<string>? Progress { get; init; }

    /// <summary>The features of the site (Features.SiteFeatures.All() for the Kennisbank); none gives a plain site.</summary>
    public IReadOnlyList<ISiteFeature> Features { get; init; } = [];
}
