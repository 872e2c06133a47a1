using System.Collections.Immutable;
using Kennisbank.Site.Features.Search;

namespace Kennisbank.Site.Tests.Features.Search;

/// <summary>The preview's memory of each language's index: reused only for the same results, by value.</summary>
public class IndexCacheTests
{
    static IndexDoc Doc(string url, string text)
    {
        ImmutableArray<TextSection> sections = [new("", "", text)];
        return new IndexDoc(url, "Titel " + url, "", "Gids", "", false, sections, DocTerms.Of("Titel " + url, "", sections, RuleSet.Dutch));
    }

    static ImmutableArray<IndexDoc> Docs(string secondText) => [Doc("/nl/a/", "Over stedenbanden."), Doc("/nl/b/", secondText)];

    [Fact]
    public void Equal_results_made_anew_reuse_the_index()
    {
        var cache = new IndexCache();
        var first = cache.Get("nl", RuleSet.Dutch, Docs("Over zonnepanelen."));

        // Glossary terms' texts and terms are made again on every build: equal by value is the same index.
        Assert.Same(first, cache.Get("nl", RuleSet.Dutch, Docs("Over zonnepanelen.")));
        Assert.Equal(1, cache.Made);
    }

    [Fact]
    public void A_changed_text_url_or_rule_set_makes_the_index_again_as_a_cold_build_would()
    {
        var cache = new IndexCache();
        var first = cache.Get("nl", RuleSet.Dutch, Docs("Over zonnepanelen."));

        var changed = cache.Get("nl", RuleSet.Dutch, Docs("Over windmolens."));
        Assert.NotSame(first, changed);
        var cold = new IndexFiles(new LanguageIndex("nl", RuleSet.Dutch, Docs("Over windmolens.")));
        Assert.Equal(cold.Fragment(1), changed.Fragment(1));
        Assert.Equal(cold.Meta(), changed.Meta());
        for (var shard = 0; shard < IndexFiles.PostingShards(2); shard++) Assert.Equal(cold.Postings(shard), changed.Postings(shard));

        var moved = Docs("Over windmolens.");
        Assert.NotSame(changed, cache.Get("nl", RuleSet.Dutch, moved.SetItem(1, moved[1] with { Url = "/nl/c/" })));
        Assert.NotSame(first, cache.Get("nl", RuleSet.English, Docs("Over zonnepanelen.")));
        Assert.Equal(4, cache.Made);
    }

    [Fact]
    public void Each_language_is_kept_apart()
    {
        var cache = new IndexCache();
        var nl = cache.Get("nl", RuleSet.Dutch, Docs("Over zonnepanelen."));
        var en = cache.Get("en", RuleSet.Dutch, Docs("Over zonnepanelen."));

        Assert.NotSame(nl, en);
        Assert.Same(nl, cache.Get("nl", RuleSet.Dutch, Docs("Over zonnepanelen.")));
    }
}
