using Kennisbank.Site.Features.Search;
using Kennisbank.Site.Tests.Features.Search.Support;

namespace Kennisbank.Site.Tests.Features.Search;

/// <summary>The issue's budgets on the real site, gzipped as a server sends them: the script at most 4 KB, and
/// everything a first search transfers until its results show (script, meta, dictionary and postings shards, the
/// shown results' fragments) at most 40 KB. The 10,000-pair budget is measured by bench/search-bytes.js.</summary>
public class SearchBudgetTests
{
    const int ScriptBudget = 4 * 1024;
    const int FirstResultBudget = 40 * 1024;
    /// <summary>What the header's popup shows (search.js, SHOWN).</summary>
    const int Shown = 8;

    static SearchSite Site => SearchSite.RealOne;

    [Fact]
    public void The_search_script_is_at_most_4_kb_gzipped()
    {
        var size = Gzip.Size(Site.File(SearchFeature.ScriptPath.TrimStart('/')));
        Assert.InRange(size, 1_000, ScriptBudget);
    }

    public static TheoryData<string, string> Queries => new()
    {
        { "nl", "GROS" }, { "nl", "werkbezoek" }, { "nl", "budget" }, { "nl", "partnerschap" }, { "nl", "Benin" },
        { "nl", "st" }, { "nl", "stedenband" }, { "nl", "coördinator" }, { "nl", "de gemeente" },
        { "en", "GROS" }, { "en", "working visit" }, { "en", "budget" }, { "en", "partnership" }, { "en", "Benin" }, { "en", "ci" },
        { "fr", "jumelage" }, { "es", "hermanamiento" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_first_search_on_the_real_site_transfers_at_most_40_kb_until_its_results_show(string lang, string query)
    {
        var host = new SearchScriptHost(Site.Script, Site.Files);
        var (hits, _) = host.Search(lang, query, Shown);
        Assert.NotEmpty(hits);
        host.Fragments(lang, hits.Select(h => h.Doc));
        var files = host.Fetched.Append(SearchFeature.ScriptPath.TrimStart('/')).Distinct().ToList();
        var bytes = files.Sum(f => Gzip.Size(Site.File(f)));
        Assert.True(bytes <= FirstResultBudget, $"{lang} '{query}': {bytes} bytes gzipped in {files.Count} files:\n{string.Join("\n", files.Select(f => $"{Gzip.Size(Site.File(f))} {f}"))}");
    }
}
