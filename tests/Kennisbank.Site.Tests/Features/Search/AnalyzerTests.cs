using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Site.Features.Search;
using Kennisbank.Site.Tests.Features.Search.Support;

namespace Kennisbank.Site.Tests.Features.Search;

/// <summary><see cref="Analyzer.ForEachTerm"/> (what indexing uses: no string per word, a per-thread memo looked up by
/// span) gives exactly the terms of the plain definition: the tokenizer's words as strings, stop words out, each
/// stemmed. The memo is shared with <see cref="Analyzer.Terms"/>, so both are checked against the definition, never
/// against each other; each case runs on a new thread, so its words are new to the memo and then seen again.</summary>
public class AnalyzerTests
{
    static SearchSite Site => SearchSite.RealOne;

    static List<string> Definition(string text, RuleSet rules) =>
        [.. Tokenizer.Words(text).Where(w => !rules.StopWords.Contains(w.Text)).Select(w => Analyzer.Stem(w.Text, rules))];

    static List<string> Fast(string text, RuleSet rules)
    {
        var terms = new List<string>();
        Analyzer.ForEachTerm(text, rules, terms.Add);
        return terms;
    }

    /// <summary>Runs on a thread of its own, with an empty memo: the first pass makes every term, the second finds it.</summary>
    internal static void OnNewThread(Action check)
    {
        Exception? failure = null;
        var thread = new Thread(() => { try { check(); } catch (Exception e) { failure = e; } });
        thread.Start();
        thread.Join();
        if (failure is not null) throw new InvalidOperationException(failure.Message, failure);
    }

    public static TheoryData<string> Languages => [.. SearchSite.RealOne.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_of_the_real_site_gives_the_defined_terms(string lang)
    {
        var rules = SearchFeature.Rules(Site.Context, lang);
        var texts = Site.Index(lang).Docs
            .SelectMany(d => new[] { d.Title, d.Description }.Concat(d.Sections.SelectMany(s => new[] { s.Heading, s.Text }))).ToList();
        Assert.True(texts.Count > 50, $"{lang}: only {texts.Count} texts");
        OnNewThread(() =>
        {
            for (var pass = 0; pass < 2; pass++)
                foreach (var text in texts)
                {
                    Assert.Equal(Definition(text, rules), Fast(text, rules));
                    Assert.Equal(Definition(text, rules), Analyzer.Terms(text, rules).Select(t => t.Term));
                }
        });
    }

    [Fact]
    public void Generated_strings_give_the_defined_terms()
    {
        var rules = SearchFeature.Rules(Site.Context, Site.Languages[0]);
        var property = Prop.ForAll(NormalizerDifferentialTests.Strings.ToArbitrary(), text =>
            OnNewThread(() =>
            {
                Assert.Equal(Definition(text, rules), Fast(text, rules));
                Assert.Equal(Definition(text, rules), Fast(text, rules));
            }));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    [Theory]
    [InlineData(20, true)]    // "ß" folds to "ss": 20 of them are 40 letters, the longest word kept
    [InlineData(21, false)]   // 42 letters: too long, although the text has only 21 code units
    public void A_word_is_as_long_as_it_is_folded(int count, bool kept)
    {
        var rules = SearchFeature.Rules(Site.Context, Site.Languages[0]);
        var text = "een " + new string('ß', count) + " stedenband";
        Assert.Equal(Definition(text, rules), Fast(text, rules));
        Assert.Equal(kept ? 2 : 1, Fast(text, rules).Count);
    }

    [Fact]
    public void A_megabyte_of_letters_is_one_dropped_word()
    {
        var rules = SearchFeature.Rules(Site.Context, Site.Languages[0]);
        Assert.Equal(["stedenband"], Fast(new string('a', 1 << 20) + " stedenband", rules));
    }
}
