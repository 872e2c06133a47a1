using Kennisbank.Site.Features.Search;

namespace Kennisbank.Site.Tests.Features.Search;

/// <summary>The C# normaliser, the reference the browser's script is proved against: folding, words, stems.</summary>
public class NormalizerTests
{
    static string[] Words(string text) => [.. Tokenizer.Words(text).Select(w => w.Text)];

    [Theory]
    [InlineData("Coördinatie", "coordinatie")]
    [InlineData("financiële", "financiele")]
    [InlineData("Jerónimo", "jeronimo")]
    [InlineData("ÉÈÊËàâäçñÑ", "eeeeaaacnn")]
    [InlineData("Straße", "strasse")]
    [InlineData("Œuvre Æsop Øresund Łódź", "oeuvre aesop oresund lodz")]
    [InlineData("Cộng hòa", "cong hoa")]
    [InlineData("coo\u0308rdinatie", "coordinatie")]
    public void Case_and_diacritics_fold_to_lower_case_ascii(string text, string folded) =>
        Assert.Equal(folded, string.Join(' ', Words(text)));

    [Theory]
    [InlineData("SDG's", new[] { "sdg" })]
    [InlineData("auto’s en foto's", new[] { "auto", "en", "foto" })]
    [InlineData("Nimlaha'kok", new[] { "nimlahakok" })]
    [InlineData("l'économie d’Edegem", new[] { "economie", "edegem" })]
    [InlineData("qu'il", new[] { "qu", "il" })]
    [InlineData("Edegem–San Jerónimo", new[] { "edegem", "san", "jeronimo" })]
    [InlineData("SDG-partnerschap", new[] { "sdg", "partnerschap" })]
    [InlineData("SDG 5, 2019–2022 en SDG11.", new[] { "sdg", "5", "2019", "2022", "en", "sdg11" })]
    [InlineData("a b 7 ‘quoted’ «guillemets» ¿qué?", new[] { "7", "quoted", "guillemets", "que" })]
    [InlineData("Ελληνικά русский 日本語", new[] { "Ελληνικά", "русский", "日本語" })]
    [InlineData("emoji🙂here", new[] { "emoji", "here" })]
    public void Words_split_on_hyphens_dashes_and_punctuation_and_treat_apostrophes_by_their_place(string text, string[] words) =>
        Assert.Equal(words, Words(text));

    [Fact]
    public void Words_carry_their_place_in_the_text_for_the_excerpt()
    {
        var words = Tokenizer.Words("De SDG's, en Nimlaha'kok.");
        Assert.Equal([(0, 2), (3, 6), (10, 12), (13, 24)], words.Select(w => (w.Start, w.End)));
    }

    [Fact]
    public void A_word_longer_than_forty_letters_is_no_word() =>
        Assert.Empty(Tokenizer.Words(new string('x', Tokenizer.MaxLength + 1)));

    /// <summary>Runs of lower-case letters are copied in one go, other letters folded one by one: the forty-letter limit
    /// counts folded letters either way ("Æ" is two).</summary>
    [Theory]
    [InlineData(40, "", 0, true)]
    [InlineData(41, "", 0, false)]
    [InlineData(39, "É", 0, true)]
    [InlineData(39, "Æ", 0, false)]
    [InlineData(38, "Æ", 0, true)]
    [InlineData(20, "Q", 19, true)]
    [InlineData(20, "Q", 20, false)]
    [InlineData(0, "É", 39, true)]
    [InlineData(0, "É", 40, false)]
    [InlineData(100, "É", 1, false)]
    public void The_forty_letter_limit_counts_folded_letters(int before, string letter, int after, bool isWord)
    {
        var word = new string('x', before) + letter + new string('x', after);
        var folded = new string('x', before) + (letter == "Æ" ? "ae" : letter == "É" ? "e" : letter.ToLowerInvariant()) + new string('x', after);
        Assert.Equal(isWord ? [folded, "ab"] : ["ab"], Words($"{word} ab"));
    }

    [Theory]
    [InlineData("steden", true)]
    [InlineData("steden ", false)]
    [InlineData("SDG-", false)]
    [InlineData("coo\u0308", true)]
    [InlineData("", false)]
    public void The_last_word_is_a_prefix_while_the_text_ends_inside_it(string text, bool typing) =>
        Assert.Equal(typing, Tokenizer.EndsInWord(text));

    [Theory]
    [InlineData("stedenbanden", "stedenband")]
    [InlineData("stedenband", "stedenband")]
    [InlineData("partnergemeenten", "partnergemeent")]
    [InlineData("partnergemeente", "partnergemeent")]
    [InlineData("gemeentes", "gemeent")]
    [InlineData("budgetten", "budget")]
    [InlineData("partnerschappen", "partnerschap")]
    [InlineData("mogelijkheden", "mogelijkheid")]
    [InlineData("organisaties", "organisati")]
    [InlineData("organisatie", "organisati")]
    [InlineData("bedrijven", "bedrijf")]
    [InlineData("partners", "partner")]
    [InlineData("proces", "proces")]
    [InlineData("stedenbandcoordinatoren", "stedenbandcoordinator")]
    [InlineData("sdg11", "sdg11")]
    public void Dutch_stems(string word, string stem) => Assert.Equal(stem, Analyzer.Stem(word, RuleSet.Dutch));

    [Theory]
    [InlineData("cities", "city")]
    [InlineData("partnerships", "partnership")]
    [InlineData("cases", "case")]
    [InlineData("policies", "policy")]
    [InlineData("process", "process")]
    [InlineData("focus", "focus")]
    [InlineData("links", "link")]
    public void English_stems(string word, string stem) => Assert.Equal(stem, Analyzer.Stem(word, RuleSet.English));

    [Theory]
    [InlineData("municipaux", "municipal")]
    [InlineData("municipalites", "municipalit")]
    [InlineData("municipalite", "municipalit")]
    [InlineData("culturelles", "culturel")]
    [InlineData("jumelages", "jumelag")]
    [InlineData("jumelage", "jumelag")]
    public void French_stems(string word, string stem) => Assert.Equal(stem, Analyzer.Stem(word, RuleSet.French));

    [Theory]
    [InlineData("ciudades", "ciudad")]
    [InlineData("municipios", "municipi")]
    [InlineData("municipio", "municipi")]
    [InlineData("luces", "luz")]
    [InlineData("hermanamientos", "hermanamient")]
    public void Spanish_stems(string word, string stem) => Assert.Equal(stem, Analyzer.Stem(word, RuleSet.Spanish));

    [Fact]
    public void Stop_words_are_left_out_of_the_terms() =>
        Assert.Equal(["stedenband", "partnergemeent"], Analyzer.Terms("De stedenband en de partnergemeente", RuleSet.Dutch).Select(t => t.Term));

    /// <summary>The index shards a term by its first two letters; a stem must stay in its word's shard, or a query's
    /// exact term would be looked for in the wrong file.</summary>
    [Fact]
    public void A_stem_keeps_the_first_two_letters_of_its_word()
    {
        var words = new[] { "es", "ies", "eaux", "aux", "ces", "tes", "heden", "ens", "ss", "vv", "ae", "oe" }
            .SelectMany(w => new[] { w, "x" + w, "xy" + w, "xyz" + w });
        foreach (var rules in RuleSet.All)
            foreach (var word in words)
                Assert.Equal(IndexFiles.Key(word), IndexFiles.Key(Analyzer.Stem(word, rules)));
    }

    [Theory]
    [InlineData("stedenbnd", "stedenband", true)]
    [InlineData("stedenband", "stedenbnad", true)]
    [InlineData("stedenband", "stedenbend", true)]
    [InlineData("stedenband", "stedenbandd", true)]
    [InlineData("stedenband", "stdenbnd", false)]
    [InlineData("budget", "gudbet", false)]
    public void One_typo_is_one_edit_or_one_swap(string a, string b, bool within) => Assert.Equal(within, Typo.Within1(a, b));

    [Theory]
    [InlineData("stedenbn", "stedenband", true)]
    [InlineData("stdenb", "stedenband", true)]
    [InlineData("stdnb", "stedenband", false)]
    public void While_typing_the_term_may_begin_one_typo_away(string word, string term, bool within) =>
        Assert.Equal(within, Typo.PrefixWithin1(word, term));
}
