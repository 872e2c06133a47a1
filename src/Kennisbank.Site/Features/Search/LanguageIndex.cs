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
        var vocabulary = Vocabulary(docs);
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

    /// <summary>Every term the results use. A term is one string wherever it occurs (<see cref="TermVocabulary.Term"/>
    /// interns it), so the millions of occurrences of a large site are first told apart by reference, which hashes no
    /// characters; only the distinct ones are then hashed by their text (which is also right for any term that is not
    /// the interned string). By text, this was 1.5 % of a 10,000-pair build, in its one-core tail.</summary>
    static HashSet<string> Vocabulary(ImmutableArray<IndexDoc> docs)
    {
        var seen = new HashSet<string>(ReferenceEqualityComparer.Instance);
        foreach (var doc in docs)
            foreach (var stat in doc.Terms.Terms) seen.Add(stat.Term);
        return seen.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A result's terms with the parts of its compounds: a part it also uses on its own adds to that term.
    /// In no particular order: a term occurs once per result, and its postings follow the results' order. (This was a
    /// SortedDictionary per result: 2–3 % of a 2,000-pair build; most results have no compound, and keep their terms.)
    /// A result's terms come in the order its text first says them (<see cref="DocTerms"/>); its compounds are merged in
    /// ordinal order, so that when two compounds share a part, the section a tie keeps does not depend on the text's
    /// order.</summary>
    static IEnumerable<TermStat> WithParts(DocTerms terms, Compounds compounds)
    {
        List<(TermStat Stat, string[] Parts)>? split = null;
        foreach (var stat in terms.Terms)
            if (compounds.Split(stat.Term) is { Length: > 0 } parts) (split ??= []).Add((stat, parts));
        if (split is null) return terms.Terms;
        split.Sort((a, b) => string.CompareOrdinal(a.Stat.Term, b.Stat.Term));
        var all = terms.Terms.ToDictionary(t => t.Term, StringComparer.Ordinal);
        foreach (var (stat, parts) in split)
            foreach (var part in parts)
            {
                var asPart = new TermStat(part, false, false, stat.Body, stat.Section, stat.Title || stat.TitlePart, stat.Heading || stat.HeadingPart);
                all[part] = all.TryGetValue(part, out var seen) ? terms.Merge(seen, asPart) : asPart;
            }
        return all.Values;
    }
}
