using Kennisbank.Site.Configuration;
using Kennisbank.Site.Data;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Incremental;
using Kennisbank.Site.Linking;

namespace Kennisbank.Site.Rendering;

/// <summary>What all pages of one build share.</summary>
public sealed class SiteContext(LinkedSite site, SiteData data, IReadOnlyDictionary<string, UiStrings> strings, ContentSchema schema, string baseUrl)
{
    public LinkedSite Site { get; } = site;
    public SiteConfig Config => Site.Config;
    public SiteData Data { get; } = data;
    public IReadOnlyDictionary<string, UiStrings> Strings { get; } = strings;
    public ContentSchema Schema { get; } = schema;
    /// <summary>The public address without a trailing slash, for canonical URLs, feeds and the sitemap.</summary>
    public string BaseUrl { get; } = baseUrl.TrimEnd('/');
    /// <summary>The input folder's git history (for "edit this page"); none when the build did not read it.</summary>
    public History.SourceHistory History { get; init; } = Kennisbank.Site.History.SourceHistory.Off;
    /// <summary>The input folder's path in the repository when git cannot say (no history): "input/".</summary>
    public string InputPrefix { get; init; } = "input/";
    /// <summary>What `serve` keeps between rebuilds, for the features' files to reuse (<see cref="BuildCache.Keep{T}"/>);
    /// none in `build`.</summary>
    public BuildCache? Cache { get; init; }
}
