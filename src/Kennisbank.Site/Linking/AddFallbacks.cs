using Kennisbank.Site.Configuration;
using Kennisbank.Site.Parsing;

namespace Kennisbank.Site.Linking;

/// <summary>The first link step, on the parsed pages: every language gets the full site. A page with no translation in
/// a language is still there, at its URL in that language, showing the content of the nearest language it exists in
/// (the language's fallback chain in input/site.yml), with a notice, as Starlight does. These copies are never
/// alternates in hreflang or the sitemap, and their canonical link is the page they fall back to.</summary>
public static class AddFallbacks
{
    public static IReadOnlyList<ParsedPage> Run(IReadOnlyList<ParsedPage> published, SiteConfig config)
    {
        var byId = published.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.ToDictionary(p => p.Lang));
        var all = new List<ParsedPage>(published);
        foreach (var (_, versions) in byId.OrderBy(v => v.Key, StringComparer.Ordinal))
            foreach (var lang in config.Codes.Where(l => !versions.ContainsKey(l)))
                if (config.OthersNearestFirst(lang).FirstOrDefault(versions.ContainsKey) is { } source)
                    all.Add(versions[source] with { ShownIn = lang });
        return all;
    }
}
