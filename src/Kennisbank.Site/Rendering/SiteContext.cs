using Kennisbank.Site.Configuration;
using Kennisbank.Site.Data;
using Kennisbank.Site.Extensibility;
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
}
