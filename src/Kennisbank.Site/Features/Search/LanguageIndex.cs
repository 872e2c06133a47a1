using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Kennisbank.Site.Features.Search;

/// <summary>One result a search can give: a page, or a glossary term on the glossary page (<paramref name="IsTerm"/>).</summary>
/// <param name="Url">Where the result leads; a glossary term's has its anchor.</param>
/// <param name="Section">The section it is in, as the reader sees it ("Lessen"); empty for the home page.</param>
/// <param name="Meta">More about where it is: the step and period of a roadmap page; usually empty.</param>
/// <param name="Text">Its text by section, as the fragment file says it.</param>
public sealed record IndexDoc(string Url, string Title, string Description, string Section, string Meta, bool IsTerm,
    SectionText Text, DocTerms Terms)
{
    public IndexDoc(string url, string title, string description, string section, string meta, bool isTerm, ImmutableArray<TextSection> sections, DocTerms terms)
        : this(url, title, description, section, meta, isTerm, SectionText.Of(sections), terms)
    {
    }

    /// <summary>The text by section, read back from <see cref="Text"/> (made anew on every call).</summary>
    public ImmutableArray<TextSection> Sections => Text.Sections();
}

/// <summary>A result for one term: the result's number, its score and the section its link goes to.</summary>
public readonly record struct Posting(int Doc, int Score, int Section);

/// <summary>The index of one language: the results (glossary terms first, then pages by URL; their number is their
/// place here) and every term's postings, compound parts included. What the files say (see <see cref="IndexFiles"/>)
/// and what <see cref="QueryEngine"/>, the reference the browser's script is proved against, reads.</summary>
public sealed class LanguageIndex
{
    public string Lang { get; }
    public RuleSet Rules { get; }
    public ImmutableArray<IndexDoc> Docs { get; }
    /// <summary>Every term, in ordinal order.</summary>
    public ImmutableArray<string> Terms { get; }
    public FrozenDictionary<string, Posting[]> Postings { get; }

    public LanguageIndex(string lang, RuleSet rules, ImmutableArray<IndexDoc> docs)
    {
        (Lang, Rules, Docs) = (lang, rules, docs);
        var vocabulary = docs.SelectMany(d => d.Terms.Terms).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var compounds = new Compounds(vocabulary, rules);
        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var number = 0; number < docs.Length; number++)
        {
            var terms = docs[number].Terms;
            foreach (var stat in WithParts(terms, compounds))
            {
                if (!postings.TryGetValue(stat.Term, out var list)) postings[stat.Term] = list = [];
                list.Add(new Posting(number, terms.Score(stat), stat.Section));
            }
        }
        Postings = postings.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        Terms = [.. postings.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>A result's terms with the parts of its compounds: a part it also uses on its own adds to that term.
    /// In no particular order: a term occurs once per result, and its postings follow the results' order. (This was a
    /// SortedDictionary per result: 2–3 % of a 2,000-pair build; most results have no compound, and keep their terms.)</summary>
    static IEnumerable<TermStat> WithParts(DocTerms terms, Compounds compounds)
    {
        Dictionary<string, TermStat>? all = null;
        foreach (var stat in terms.Terms)
            foreach (var part in compounds.Split(stat.Term))
            {
                all ??= terms.Terms.ToDictionary(t => t.Term, StringComparer.Ordinal);
                var asPart = new TermStat(part, false, false, stat.Body, stat.Section, stat.Title || stat.TitlePart, stat.Heading || stat.HeadingPart);
                all[part] = all.TryGetValue(part, out var seen) ? terms.Merge(seen, asPart) : asPart;
            }
        return all is null ? terms.Terms : all.Values;
    }
}
