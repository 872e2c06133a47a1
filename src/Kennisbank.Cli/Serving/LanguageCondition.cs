namespace Kennisbank.Cli.Serving;

/// <summary>The `Language=` condition of a Netlify redirect. Netlify documents that language-based redirects "always
/// match against the first language reported by the browser in the Accept-Language header regardless of quality value
/// weighting" (docs.netlify.com, redirect options, "Redirect by country or language"), so that is what is compared here:
/// the first tag, its q-value ignored. A rule's code matches that tag exactly or as its primary language: "fr" matches
/// "fr-BE", "fr-BE" does not match "fr" or "fr-CA". Case is ignored.</summary>
public static class LanguageCondition
{
    /// <summary>The visitor's language as Netlify sees it, or null when the browser names none ("*" names none).</summary>
    public static string? VisitorLanguage(string? acceptLanguage)
    {
        var first = (acceptLanguage ?? "").Split(',')[0].Split(';')[0].Trim();
        return first is "" or "*" ? null : first;
    }

    public static bool Matches(IEnumerable<string> codes, string? visitorLanguage) =>
        visitorLanguage is not null && codes.Any(code =>
            string.Equals(code, visitorLanguage, StringComparison.OrdinalIgnoreCase)
            || visitorLanguage.StartsWith(code + "-", StringComparison.OrdinalIgnoreCase));
}
