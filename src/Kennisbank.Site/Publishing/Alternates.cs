using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Publishing;

public sealed record Alternate(string HrefLang, string Href);

/// <summary>A page's language versions, for hreflang links in the page head and in the sitemap: one per language the
/// page really exists in, and x-default for the default language's version. A page in one language has none, and so
/// has a fallback page: it is not an alternate of anything, its canonical link points at the page it shows.</summary>
public static class Alternates
{
    public static IEnumerable<Alternate> For(LinkedPage page, SiteContext context)
    {
        if (page.IsFallback) yield break;
        var versions = page.Translations.ToList();
        if (versions.Count < 2) yield break;
        foreach (var version in versions) yield return new Alternate(version.Lang, context.BaseUrl + version.Url);
        if (versions.FirstOrDefault(v => v.Lang == context.Config.DefaultLanguage) is { } primary)
            yield return new Alternate("x-default", context.BaseUrl + primary.Url);
    }
}
