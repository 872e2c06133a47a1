using System.Collections.Immutable;
using Kennisbank.Site.Features.Search;
using Kennisbank.Site.Tests.Features.Search.Support;

namespace Kennisbank.Site.Tests.Features.Search;

/// <summary>At scale several results share a fragment file (<see cref="IndexFiles.FragmentGroup"/>): the script must
/// still find each result's own fragment, the last file holding what is left.</summary>
public class FragmentGroupTests
{
    static ImmutableArray<IndexDoc> Docs(int count) =>
    [
        .. Enumerable.Range(0, count).Select(n =>
        {
            ImmutableArray<TextSection> sections = [new("", "", $"Tekst {n}.")];
            return new IndexDoc($"/nl/p{n:D5}/", $"Pagina {n}", "", "Gids", "", false, sections, DocTerms.Of($"Pagina {n}", "", sections, RuleSet.Dutch));
        }),
    ];

    [Theory]
    [InlineData(300, 1)]
    [InlineData(1_100, 2)]
    [InlineData(2_100, 4)]
    [InlineData(10_016, 4)]
    public void The_script_reads_each_results_own_fragment_from_its_group(int count, int size)
    {
        var files = new IndexFiles(new LanguageIndex("nl", RuleSet.Dutch, Docs(count)));
        Assert.Equal(size, IndexFiles.FragmentGroup(count));
        var root = SearchFeature.IndexPath("nl").TrimStart('/');
        var output = Enumerable.Range(0, IndexFiles.FragmentFiles(count))
            .ToDictionary(n => $"{root}f/{n}.json", files.FragmentFile)
            .Append(new($"{root}meta.json", files.Meta())).ToDictionary();
        Assert.Equal((count + size - 1) / size, output.Count - 1);
        if (size == 1) Assert.Equal(files.Fragment(7), output[$"{root}f/7.json"]);

        var host = new SearchScriptHost(SearchSite.RealOne.Script, output);
        int[] docs = [0, 1, size, count / 2 + 1, count - 2, count - 1];
        Assert.Equal(docs.Select(n => $"/nl/p{n:D5}/"), host.Fragments("nl", docs));
        Assert.Equal(docs.Select(n => n / size).Distinct().Count() + 1, host.Fetched.Count);
    }
}
