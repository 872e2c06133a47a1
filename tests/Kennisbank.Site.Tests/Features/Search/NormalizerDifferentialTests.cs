using System.Collections.Frozen;
using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Site.Features.Search;
using Kennisbank.Site.Tests.Features.Search.Support;

namespace Kennisbank.Site.Tests.Features.Search;

/// <summary>The normaliser exists twice, in C# (the reference) and in the published script; these prove them equal
/// in Jint, as the assessments are proved: on every text and every word of the real site, in every language, and on
/// generated strings full of what breaks tokenizers.</summary>
public class NormalizerDifferentialTests
{
    static SearchSite Site => SearchSite.RealOne;

    static readonly Lazy<SearchScriptHost> Host = new(() => new SearchScriptHost(Site.Script, Site.Files));

    /// <summary>Every text the index holds in a language: titles, descriptions, headings, section texts.</summary>
    static IEnumerable<string> Texts(string lang) => Site.Index(lang).Docs
        .SelectMany(d => new[] { d.Title, d.Description }.Concat(d.Sections.SelectMany(s => new[] { s.Heading, s.Text })))
        .Where(t => t.Length > 0);

    public static TheoryData<string> Languages => [.. SearchSite.RealOne.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_of_the_real_site_splits_into_the_same_words(string lang)
    {
        var texts = Texts(lang).ToList();
        Assert.True(texts.Count > 50, $"{lang}: only {texts.Count} texts");
        foreach (var text in texts)
            AssertSameWords(Host.Value, lang, text);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_word_of_the_real_site_gets_the_same_stem(string lang)
    {
        var rules = SearchFeature.Rules(Site.Context, lang);
        var words = Texts(lang).SelectMany(t => Tokenizer.Words(t)).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        Assert.True(words.Count > 500, $"{lang}: only {words.Count} words");
        var differ = words.Where(w => Analyzer.Stem(w, rules) != Host.Value.Stem(lang, w)).ToList();
        Assert.Empty(differ);
    }

    static readonly string[] Pieces =
    [
        "SDG's", "Nimlaha'kok", "Edegem–San Jerónimo", "l'économie", "qu’il", "auto's", "ʼs", "'", "’", "‘", "ʼ",
        "-", "‐", "–", "—", " ", "  ", "\t", "\n", ".", ",", ";", "!", "?", "¿", "«", "»", "(", ")", "/", "&", "#",
        "0", "7", "2030", "SDG11", "a", "s", "S", "é", "É", "ë", "ï", "ö", "ç", "ñ", "ß", "ẞ", "æ", "Œ", "ø", "ł", "ı",
        "e\u0301", "\u0308", "\u0301o", "ǅ", "ĳ", "ſ", "ª", "×", "µ", "²", "Ω", "ж", "Д", "日本", "ʼn", "🙂", "\uD83D",
        "\uDE42", "\uFEFF", "\u00A0", "\u2011", "\u200B", "Ａ", "ℓ", "stedenband", "coördinatoren", "partnergemeenten",
        "budgetten", "municipalités", "ciudades", "cities", "heden", "ies", "eaux", "ces", "xx", "zz",
    ];

    /// <summary>The code units on both sides of every edge in the folding rules, so that a range off by one shows.</summary>
    static IEnumerable<string> Edges() =>
        Folding.SeparatorRanges.Concat([(Folding.MarkFrom, Folding.MarkTo), ('\u0250', '\u0250'), ('\u00C0', '\u024F'), ('\u1E00', '\u1EFF')])
            .SelectMany(r => new[] { r.Item1 - 1, r.Item1, r.Item2, r.Item2 + 1 })
            .Where(c => c is >= 0 and <= 0xFFFF).Select(c => ((char)c).ToString());

    /// <summary>Strings full of what breaks tokenizers (also used by <see cref="AnalyzerTests"/>).</summary>
    internal static Gen<string> Strings =>
        Gen.Frequency(
                (8, Gen.Elements(Pieces)),
                (2, Gen.Elements(Edges().ToArray())),
                (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())))
            .ListOf().Select(parts => string.Concat(parts));

    [Fact]
    public void Generated_strings_with_diacritics_punctuation_digits_hyphens_and_apostrophes_normalise_the_same()
    {
        var host = Host.Value;
        var property = Prop.ForAll(Strings.ToArbitrary(), text =>
        {
            foreach (var lang in Site.Languages)
            {
                AssertSameWords(host, lang, text);
                var rules = SearchFeature.Rules(Site.Context, lang);
                foreach (var word in Tokenizer.Words(text))
                    Assert.Equal(Analyzer.Stem(word.Text, rules), host.Stem(lang, word.Text));
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), property);
    }

    /// <summary>The stemmer is one engine over rules as data: equal for any rules, not only today's four sets.</summary>
    [Fact]
    public void The_stemmer_agrees_on_generated_rules()
    {
        var letters = "aesnrtxz";
        var affix = Gen.Elements(letters.ToCharArray()).ListOf().Select(l => new string([.. l.Take(3)]));
        var rule = from suffix in affix
                   from replacement in affix
                   from min in Gen.Choose(0, 4)
                   from after in Gen.Elements("", "ae", "nrst", letters)
                   select new StemRule(suffix, replacement, min, after);
        var rules = rule.ListOf().Select(r => r.Take(4).ToImmutableArray()).ListOf()
            .Select(steps => new RuleSet("generated", [.. steps.Take(3)], FrozenSet<string>.Empty, [], false));
        var word = Gen.Elements((letters + "é9").ToCharArray()).ListOf().Select(l => new string([.. l.Take(10)]));
        var property = Prop.ForAll(rules.ToArbitrary(), word.ListOf().ToArbitrary(), (set, words) =>
        {
            foreach (var w in words) Assert.Equal(Analyzer.Stem(w, set), Host.Value.Stem(set, w));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), property);
    }

    [Theory]
    [InlineData("SDG's")]
    [InlineData("Nimlaha'kok")]
    [InlineData("Edegem–San Jerónimo")]
    public void The_issues_examples_normalise_the_same(string text)
    {
        foreach (var lang in Site.Languages)
            AssertSameWords(Host.Value, lang, text);
    }

    static void AssertSameWords(SearchScriptHost host, string lang, string text)
    {
        var (words, typing) = host.Words(lang, text);
        Assert.Equal(Tokenizer.Words(text), words);
        Assert.Equal(Tokenizer.EndsInWord(text), typing);
    }
}
