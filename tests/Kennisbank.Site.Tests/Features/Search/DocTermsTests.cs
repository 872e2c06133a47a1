using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Site.Features.Search;
using Kennisbank.Site.Tests.Features.Search.Support;

namespace Kennisbank.Site.Tests.Features.Search;

/// <summary><see cref="DocTerms.Of"/> counts terms by number in a per-thread array with a running best section; these
/// prove it gives what the plain definition gives: every term of the title, description and sections, in the title or
/// not, in a heading (the first one's section), its body count (at most <see cref="DocTerms.MaxBody"/>), and else the
/// section where the text says it most (the first of equals), counted with a dictionary per result.</summary>
public class DocTermsTests
{
    static SearchSite Site => SearchSite.RealOne;

    static IEnumerable<string> Terms(string text, RuleSet rules) =>
        Tokenizer.Words(text).Where(w => !rules.StopWords.Contains(w.Text)).Select(w => Analyzer.Stem(w.Text, rules));

    static List<TermStat> Definition(string title, string description, IReadOnlyList<TextSection> sections, RuleSet rules)
    {
        var titled = Terms(title, rules).ToHashSet(StringComparer.Ordinal);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var heading = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] Counts(string term) => counts.TryGetValue(term, out var c) ? c : counts[term] = new int[Math.Max(1, sections.Count)];
        foreach (var term in titled) Counts(term);
        foreach (var term in Terms(description, rules)) Counts(term)[0]++;
        for (var i = 0; i < sections.Count; i++)
        {
            foreach (var term in Terms(sections[i].Heading, rules))
            {
                Counts(term);
                heading.TryAdd(term, i);
            }
            foreach (var term in Terms(sections[i].Text, rules)) Counts(term)[i]++;
        }
        return [.. counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c =>
        {
            var most = Array.IndexOf(c.Value, c.Value.Max());
            var inHeading = heading.TryGetValue(c.Key, out var section);
            return new TermStat(c.Key, titled.Contains(c.Key), inHeading, Math.Min(c.Value.Sum(), DocTerms.MaxBody),
                titled.Contains(c.Key) ? 0 : inHeading ? section : most);
        })];
    }

    static void Same(string title, string description, IReadOnlyList<TextSection> sections, RuleSet rules)
    {
        var terms = DocTerms.Of(title, description, sections, rules);
        // In the order the text first says them (DocTerms); the definition lists them in ordinal order.
        Assert.Equal(Definition(title, description, sections, rules), terms.Terms.OrderBy(t => t.Term, StringComparer.Ordinal));
        Assert.Equal(Math.Max(1, Terms(title, rules).Distinct().Count()), terms.TitleTerms);
    }

    /// <summary>Every result of the real site, its languages interleaved on one new thread (each language's rules have
    /// their own numbers), twice: the second pass finds every term numbered and every slot used by an earlier page.</summary>
    [Fact]
    public void Every_result_of_the_real_site_has_the_defined_terms()
    {
        var docs = Site.Languages.Select(lang => (Rules: SearchFeature.Rules(Site.Context, lang), Docs: Site.Index(lang).Docs)).ToList();
        var longest = docs.Max(d => d.Docs.Length);
        AnalyzerTests.OnNewThread(() =>
        {
            for (var pass = 0; pass < 2; pass++)
                for (var n = 0; n < longest; n++)
                    foreach (var (rules, list) in docs.Where(d => n < d.Docs.Length))
                        Same(list[n].Title, list[n].Description, list[n].Sections, rules);
        });
    }

    /// <summary>Generated results from a small vocabulary, so that terms repeat across the title, headings and
    /// sections, with ties between sections.</summary>
    [Fact]
    public void Generated_results_have_the_defined_terms()
    {
        var rules = SearchFeature.Rules(Site.Context, Site.Languages[0]);
        var words = Gen.Elements("stedenband", "stedenbanden", "partner", "de", "budget", "Benin", "GROS", "SDG-partnerschap", "coördinatie", "2030");
        var text = Gen.ListOf(words).Select(w => string.Join(' ', w));
        var section = Gen.Zip(text, text, (heading, body) => new TextSection("", heading, body));
        var result = Gen.Zip(Gen.Zip(text, text, (title, description) => (title, description)), Gen.ListOf(section),
            (head, sections) => (head.title, head.description, Sections: sections.ToArray()));
        var property = Prop.ForAll(result.ToArbitrary(), r => AnalyzerTests.OnNewThread(() =>
        {
            Same(r.title, r.description, r.Sections, rules);
            Same(r.title, r.description, r.Sections, rules);
        }));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }
}
