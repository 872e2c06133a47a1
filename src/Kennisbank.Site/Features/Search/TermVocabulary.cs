namespace Kennisbank.Site.Features.Search;

/// <summary>Each word's term, remembered per thread and rule set, and each term numbered (0, 1, 2, … in the order this
/// thread first met it). A site says the same words on every page, and stemming tries every rule of every step:
/// remembered, a word is one lookup (the render stage's parallel pass reads every page's text through here; see
/// docs/performance.md), and a page's terms can be counted in an array by number (<see cref="DocTerms"/>).</summary>
public sealed class TermVocabulary
{
    [ThreadStatic] static Dictionary<RuleSet, TermVocabulary>? perThread;

    readonly WordTable words = new();   // a folded word's term number; -1: a stop word
    readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    readonly List<string> terms = [];

    TermVocabulary(RuleSet rules) => Rules = rules;

    /// <summary>This thread's vocabulary of the rules.</summary>
    public static TermVocabulary Of(RuleSet rules)
    {
        perThread ??= new(ReferenceEqualityComparer.Instance);
        if (!perThread.TryGetValue(rules, out var vocabulary)) perThread[rules] = vocabulary = new(rules);
        return vocabulary;
    }

    public RuleSet Rules { get; }

    /// <summary>How many terms are numbered so far.</summary>
    public int Count => terms.Count;

    /// <summary>The term of number <paramref name="id"/>; interned, so the threads' vocabularies share one string.</summary>
    public string Term(int id) => terms[id];

    /// <summary>The number of a folded word's term, or −1 for a stop word.</summary>
    public int Id(ReadOnlySpan<char> folded) => words.TryGetValue(folded, out var id) ? id : Add(folded.ToString());

    /// <inheritdoc cref="Id(ReadOnlySpan{char})"/>
    public int Id(string folded) => words.TryGetValue(folded, out var id) ? id : Add(folded);

    int Add(string word)
    {
        var id = -1;
        if (!Rules.StopWords.Contains(word))
        {
            var term = Analyzer.Stem(word, Rules);
            ref var number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(numbers, term, out var known);
            if (!known)
            {
                number = terms.Count;
                terms.Add(string.Intern(term));
            }
            id = number;
        }
        words.Add(word, id);
        return id;
    }
}
