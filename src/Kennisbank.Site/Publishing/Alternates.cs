using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Publishing;

public sealed record Alternate(string HrefLang, string Href);

/// <summary>A page's language versions, for hreflang links in the page head and in the sitemap.
/// x-default is the Dutch version, the site's primary language.</summary>
public static class Alternates
{
    public static IEnumerable<Alternate> For(LinkedPage page, SiteContext context)
    {
        if (page.TranslationUrl is null) yield break;
        var (nl, en) = page.Lang == Languages.Dutch ? (page.Url, page.TranslationUrl) : (page.TranslationUrl, page.Url);
        yield return new Alternate(Languages.Dutch, context.BaseUrl + nl);
        yield return new Alternate(Languages.English, context.BaseUrl + en);
        yield return new Alternate("x-default", context.BaseUrl + nl);
    }
}
