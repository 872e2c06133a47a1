using System.Collections.Immutable;

namespace Kennisbank.Site.Configuration;

/// <summary>One language of the site, as input/site.yml lists it.</summary>
/// <param name="Code">The code in file names and URLs: "nl" in <c>index.nl.md</c> and <c>/nl/</c>.</param>
/// <param name="Name">The language's name in itself ("Nederlands", "English"), for the language switcher and chooser.</param>
/// <param name="Direction">"ltr" or "rtl", for the <c>dir</c> attribute.</param>
/// <param name="Fallback">The language whose text stands in where this one has none (reported, never silent).</param>
/// <param name="Required">Whether every page and text must exist in this language (`--strict` checks only these).</param>
/// <param name="TranslatedFrom">The language this one's pages are translated from, whose version is authoritative: its
/// translated pages say so, with a link to it.</param>
public sealed record LanguageInfo(string Code, string Name, string Direction = "ltr", string? Fallback = null, bool Required = true,
    string? TranslatedFrom = null);

/// <summary>The site's configuration (input/site.yml): its languages, in order, the default one (the x-default), its
/// public address and its repository. Languages are configuration: no code names a language.</summary>
public sealed record SiteConfig(
    ImmutableArray<LanguageInfo> Languages,
    string DefaultLanguage,
    string BaseUrl,
    string? Repository)
{
    /// <summary>The configuration of a site without input/site.yml: the Kennisbank's own two languages. This is the one
    /// place in the code that names them.</summary>
    public static SiteConfig Default { get; } = new(
        [new LanguageInfo("nl", "Nederlands"), new LanguageInfo("en", "English", Fallback: "nl")],
        "nl",
        "https://kennisbank-stedenbanden.netlify.app",
        null);

    public IEnumerable<string> Codes => Languages.Select(l => l.Code);

    public bool IsKnown(string code) => Languages.Any(l => l.Code == code);

    public LanguageInfo Language(string code) => Languages.FirstOrDefault(l => l.Code == code) ?? new LanguageInfo(code, code);

    /// <summary>Where to look, in order, when a text or page is missing in <paramref name="code"/>: its fallback chain,
    /// then the default language (never the language itself, never twice).</summary>
    public IEnumerable<string> FallbacksOf(string code)
    {
        var seen = new HashSet<string> { code };
        for (var next = Language(code).Fallback; next is not null && seen.Add(next); next = Language(next).Fallback)
            yield return next;
        if (seen.Add(DefaultLanguage)) yield return DefaultLanguage;
    }

    /// <summary>Every other language, nearest first: the fallback chain, then the rest in the configuration's order.</summary>
    public IEnumerable<string> OthersNearestFirst(string code)
    {
        var fallbacks = FallbacksOf(code).ToList();
        return fallbacks.Concat(Codes.Where(c => c != code && !fallbacks.Contains(c)));
    }
}
