using Kennisbank.Diagnostics;
using Kennisbank.Site.Configuration;
using Kennisbank.Site.Data;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Loading;

namespace Kennisbank.Site.Linking;

/// <summary>What every link step may read besides the site itself.</summary>
public sealed record LinkContext(SiteConfig Config, SiteData Data, ContentSchema Schema, IReadOnlyList<Asset> Assets,
    IReadOnlyDictionary<string, Rendering.UiStrings> Strings)
{
    /// <summary>The input folder's git history, for the pages' dates; none unless the build read it.</summary>
    public History.SourceHistory History { get; init; } = Kennisbank.Site.History.SourceHistory.Off;
}

/// <summary>One named step of the link stage: takes the site as linked so far, returns it with one more thing worked
/// out, and what it found wrong. <see cref="SiteBuilder"/> lists the steps in order.</summary>
public delegate (LinkedSite Site, IEnumerable<Diagnostic> Diagnostics) LinkStep(LinkedSite site, LinkContext context);

/// <summary>Where a section lives in a language: its landing page's URL, or /lang/section/ when it has none.</summary>
public static class SectionUrls
{
    public static string Of(LinkedSite site, string section, string lang) =>
        site.SectionIndex(section, lang)?.Url ?? (section.Length == 0 ? $"/{lang}/" : $"/{lang}/{section}/");

    /// <summary>The output URL of a file beside the pages ("lessen/radar.png"), in one language.</summary>
    public static string OfAsset(LinkedSite site, string path, string lang)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? $"/{lang}/{path}" : Of(site, path[..slash], lang) + path[(slash + 1)..];
    }
}
