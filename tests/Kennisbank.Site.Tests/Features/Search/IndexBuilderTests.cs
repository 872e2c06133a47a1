using Kennisbank.Site.Features.Search;
using Kennisbank.Site.Tests.Features.Search.Support;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Features.Search;

/// <summary>The C# index builder and its reference search, on the fixture site plus pages with the issue's words.</summary>
public sealed class IndexBuilderTests : IDisposable
{
    readonly TestSite site = new();
    readonly SearchSite search;

    public IndexBuilderTests()
    {
        site.Write("gids/samenwerking.nl.md", TestSite.Page("order: 3", """
            De stedenbandcoördinatoren van beide partnergemeenten overleggen elke maand.

            ## Coördinatie

            De financiële middelen gaan naar een werkbezoek in Benin, binnen het SDG-partnerschap.
            """).Replace("title: A page", "title: Samenwerking in de praktijk", StringComparison.Ordinal));
        site.Write("gids/rollen.nl.md", TestSite.Page("order: 4", """
            Elke gemeente heeft een coördinator.

            ## Het budget

            Over geld.
            """).Replace("title: A page", "title: Rollen", StringComparison.Ordinal));
        site.Write("gids/budget.nl.md", TestSite.Page("order: 5", "Tekst.").Replace("title: A page", "title: Budget en planning", StringComparison.Ordinal));
        site.Write("gids/uitgaven.nl.md", TestSite.Page("order: 6", "Het budget van de stedenbanden.").Replace("title: A page", "title: Uitgaven", StringComparison.Ordinal));
        site.Write("gids/advies.nl.md", TestSite.Page("order: 7", "De GROS adviseert de raad.").Replace("title: A page", "title: Advies", StringComparison.Ordinal));
        site.Write("gids/concept.nl.md", TestSite.Page("draft: true", "Een geheim budget."));
        site.Write("_data/glossary.yml", """
            - term: { nl: Stedenband, en: City link }
              definition: { nl: Een samenwerking tussen twee gemeenten., en: A partnership between two municipalities. }
            - term: { nl: GROS, en: GROS }
              definition: { nl: Gemeentelijke raad voor ontwikkelingssamenwerking., en: Municipal council for development cooperation. }
            """);
        search = SearchSite.Of(site);
    }

    public void Dispose() => site.Dispose();

    LanguageIndex Dutch => search.Index("nl");

    List<string> Titles(string query, string lang = "nl") =>
        [.. QueryEngine.Search(search.Index(lang), query, 10).Hits.Select(h => search.Index(lang).Docs[h.Doc].Title)];

    IndexDoc First(string query) => Dutch.Docs[QueryEngine.Search(Dutch, query, 10).Hits[0].Doc];

    [Fact]
    public void Terms_are_folded_and_stemmed_and_compounds_are_indexed_by_their_parts_too()
    {
        Assert.Contains("stedenbandcoordinator", Dutch.Terms);
        Assert.Contains("partnergemeent", Dutch.Terms);
        Assert.Contains("financiel", Dutch.Terms);
        var page = Dutch.Docs.Select((d, i) => (d, i)).Single(x => x.d.Title == "Samenwerking in de praktijk").i;
        Assert.Contains(Dutch.Postings["coordinator"], p => p.Doc == page);   // only a part of "stedenbandcoördinatoren" there
        Assert.Contains(Dutch.Postings["partnerschap"], p => p.Doc == page);  // "SDG-partnerschap", by each part
        Assert.Contains(Dutch.Postings["sdg"], p => p.Doc == page);
        Assert.DoesNotContain("de", Dutch.Terms);                             // a stop word
    }

    [Theory]
    [InlineData("coordinatie", "Samenwerking in de praktijk")]
    [InlineData("financiele", "Samenwerking in de praktijk")]
    [InlineData("partnergemeente", "Samenwerking in de praktijk")]
    [InlineData("stedenband", "Uitgaven")]
    [InlineData("steden", "Uitgaven")]
    [InlineData("stedenbnd", "Uitgaven")]
    [InlineData("bugdet", "Uitgaven")]
    [InlineData("SDG-partnerschap", "Samenwerking in de praktijk")]
    [InlineData("werkbezoek Benin", "Samenwerking in de praktijk")]
    public void The_issues_examples_are_found(string query, string title) => Assert.Contains(title, Titles(query));

    [Fact]
    public void Coordinator_finds_the_page_that_only_says_stedenbandcoordinatoren() =>
        Assert.Equal(["Rollen", "Samenwerking in de praktijk"], Titles("coördinator").Order());

    [Fact]
    public void One_typo_only_from_five_letters_on() => Assert.DoesNotContain("GROS", Titles("GORS"));

    [Fact]
    public void A_title_match_beats_a_heading_match_which_beats_a_text_match() =>
        Assert.Equal(["Budget en planning", "Rollen", "Uitgaven"], Titles("budget"));

    [Fact]
    public void A_glossary_term_comes_first_for_its_exact_term_and_opens_its_anchor()
    {
        var first = First("gros");
        Assert.True(first.IsTerm);
        Assert.Equal("/nl/woorden/#term-gros", first.Url);
    }

    /// <summary>The glossary's definition beside a term's first mention (a popover, opened by a button) is no part
    /// of the page's text: not in its excerpt, not among its terms.</summary>
    [Fact]
    public void A_glossary_definition_shown_on_demand_is_not_the_pages_text()
    {
        var page = Dutch.Docs.Single(d => d.Title == "Advies");
        // Written as kb writes it: each page's text is taken from the page as it is rendered (with the glossary's
        // popover), and the fragment files the browser's script reads are made from that.
        var output = Path.Combine(Path.GetTempPath(), "kb-popover-" + Guid.NewGuid().ToString("N"), "output");
        Assert.Empty(Kennisbank.Site.Writing.SiteWriter.Write(output, site.Build().Files));
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "nl", "gids", "advies", "index.html")));
        Assert.Contains("Gemeentelijke raad", html.QuerySelector("main [popover]")?.TextContent, StringComparison.Ordinal);
        var fragment = Directory.GetFiles(Path.Combine(output, "assets", "search", "nl", "f"))
            .Select(f => System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(f)).RootElement)
            .Single(f => f.GetProperty("u").GetString() == "/nl/gids/advies/");
        Directory.Delete(Path.GetDirectoryName(output)!, true);

        Assert.Equal(["De GROS adviseert de raad."], fragment.GetProperty("h").EnumerateArray().Select(h => h[2].GetString()));
        Assert.Equal("De GROS adviseert de raad.", string.Join(" ", page.Sections.Select(s => s.Text)).Trim());
        Assert.DoesNotContain("Advies", Titles("ontwikkelingssamenwerking"));
        Assert.Contains("Advies", Titles("adviseert"));
    }

    [Fact]
    public void A_result_links_to_the_heading_where_its_words_are()
    {
        var hit = QueryEngine.Search(Dutch, "werkbezoek", 10).Hits.Single();
        Assert.Equal("coördinatie", Dutch.Docs[hit.Doc].Sections[hit.Section].Anchor);
    }

    [Fact]
    public void Every_word_must_match_and_the_order_of_equals_is_fixed()
    {
        Assert.Empty(Titles("budget xyzzy"));
        var (hits, _) = QueryEngine.Search(Dutch, "tekst", 10);
        Assert.Equal(hits.OrderByDescending(h => h.Score).ThenBy(h => h.Doc), hits);
    }

    [Fact]
    public void Drafts_and_other_languages_are_not_indexed()
    {
        Assert.DoesNotContain("geheim", Dutch.Terms);
        Assert.Empty(Titles("Samenwerking", "en"));          // no English version: its Dutch fallback is not in the English index
        Assert.All(search.Index("en").Docs, d => Assert.StartsWith("/en/", d.Url, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_term_is_in_its_dictionary_shard_and_its_postings_shard()
    {
        var root = SearchFeature.IndexPath("nl").TrimStart('/');
        var meta = Json(root + "meta.json");
        var (dict, post) = (meta.GetProperty("dict").GetInt32(), meta.GetProperty("post").GetInt32());
        Assert.Equal(IndexFiles.DictionaryShards(Dutch.Docs.Length), dict);
        foreach (var term in Dutch.Terms)
        {
            var shard = Json($"{root}d/{IndexFiles.Shard(IndexFiles.Key(term), dict)}.json").EnumerateArray().Select(e => e.ToString()).ToList();
            Assert.Equal(Dutch.Postings[term].Length.ToString(), shard[shard.IndexOf(term) + 1]);
            Assert.Equal(IndexFiles.Encode(Dutch.Postings[term]),
                Json($"{root}p/{IndexFiles.Shard(term, post)}.json").GetProperty(term).GetString());
        }
        Assert.Equal(IndexFiles.FragmentGroup(Dutch.Docs.Length), meta.GetProperty("frag").GetInt32());
        Assert.Equal(IndexFiles.FragmentFiles(Dutch.Docs.Length), search.Files.Keys.Count(k => k.StartsWith(root + "f/", StringComparison.Ordinal)));
    }

    System.Text.Json.JsonElement Json(string path) => System.Text.Json.JsonDocument.Parse(search.File(path)).RootElement;
}
