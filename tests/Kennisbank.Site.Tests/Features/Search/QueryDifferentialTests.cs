using Kennisbank.Site.Features.Search;
using Kennisbank.Site.Tests.Features.Search.Support;

namespace Kennisbank.Site.Tests.Features.Search;

/// <summary>The published script, reading the real site's index files as a browser does, gives the same top 10 (result,
/// score, section) and the same count as the C# reference over the index in memory, for real queries: the issue's,
/// every glossary term and page title, their first letters as typed, and the same with a typo.</summary>
public class QueryDifferentialTests
{
    static SearchSite Site => SearchSite.RealOne;

    static readonly Lazy<SearchScriptHost> Host = new(() => new SearchScriptHost(Site.Script, Site.Files));

    static readonly Dictionary<string, string[]> Asked = new()
    {
        // The words municipal staff look for (issue 11), and the issue's matching examples.
        ["nl"] = ["GROS", "werkbezoek", "budget", "partnerschap", "Benin", "coordinatie", "coördinator", "financiele", "steden",
                  "stedenband", "stedenbanden", "partnergemeente", "partnergemeenten", "SDG-partnerschap", "stedenbnd", "SDG's",
                  "stedenband Benin", "de stedenband", "budget gemeente", "Edegem–San Jerónimo", "Nimlaha'kok", "sdg 11", "xyzzy"],
        ["en"] = ["GROS", "working visit", "budget", "partnership", "Benin", "coordinator", "city link", "city links", "citylink",
                  "partner municipality", "SDG partnership", "SDG's", "the", "roadmap step", "cooperatoin", "xyzzy"],
        ["fr"] = ["jumelage", "budget", "partenariat", "Bénin", "coordinateur", "feuille de route", "municipalités", "xyzzy"],
        ["es"] = ["hermanamiento", "presupuesto", "asociación", "Benín", "coordinador", "hoja de ruta", "municipios", "xyzzy"],
    };

    public static TheoryData<string> Languages => [.. SearchSite.RealOne.Languages];

    static IEnumerable<string> Queries(string lang)
    {
        var index = Site.Index(lang);
        var titles = index.Docs.Select(d => d.Title).Distinct().ToList();
        foreach (var q in Asked.GetValueOrDefault(lang, [])) yield return q;
        foreach (var title in titles)
        {
            yield return title;
            yield return title.ToUpperInvariant() + " ";
            for (var n = 2; n <= Math.Min(title.Length, 9); n += 3) yield return title[..n];
            if (title.Length >= 6) yield return title[..2] + title[3..];   // a letter dropped
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_script_ranks_real_queries_as_the_reference_does(string lang)
    {
        var index = Site.Index(lang);
        var queries = Queries(lang).Distinct().ToList();
        var found = 0;
        foreach (var query in queries)
        {
            var (hits, total) = QueryEngine.Search(index, query, 10);
            var (jsHits, jsTotal) = Host.Value.Search(lang, query, 10);
            Assert.True(hits.SequenceEqual(jsHits), $"{lang} '{query}': C# {string.Join(" ", hits)}\n  JS {string.Join(" ", jsHits)}");
            Assert.Equal(total, jsTotal);
            if (total > 0) found++;
        }
        // The comparison means something only if most queries find something.
        Assert.True(found > queries.Count * 3 / 4, $"{lang}: only {found} of {queries.Count} queries found anything");
    }
}
