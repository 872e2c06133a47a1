namespace Kennisbank.Site.Features.Search;

/// <summary>From text to index terms: <see cref="Tokenizer.Words"/>, then stop words out, then <see cref="Stem"/>.
/// The browser's script does exactly this to a query (proved in Jint, Features/Search/NormalizerDifferentialTests).</summary>
public static class Analyzer
{
    /// <summary>The word with the rules of each step applied in turn. Only plain a–z words are stemmed: "sdg11", "2030"
    /// and words in other scripts stay as they are.</summary>
    public static string Stem(string word, RuleSet rules)
    {
        foreach (var ch in word)
            if (ch is < 'a' or > 'z') return word;
        foreach (var step in rules.Steps)
        {
            foreach (var rule in step)
            {
                var stem = word.Length - rule.Suffix.Length;
                if (stem < rule.MinStem || !word.EndsWith(rule.Suffix, StringComparison.Ordinal)) continue;
                if (rule.After.Length > 0 && (stem == 0 || !rule.After.Contains(word[stem - 1], StringComparison.Ordinal))) continue;
                word = word[..stem] + rule.Replacement;
                break;
            }
        }
        return word;
    }

    /// <summary>The terms of a text, in order, with the word each came from.</summary>
    public static IEnumerable<(Word Word, string Term)> Terms(string text, RuleSet rules)
    {
        foreach (var word in Tokenizer.Words(text))
            if (TermOf(word.Text, rules) is { } term) yield return (word, term);
    }

    // A site says the same few thousand words again and again (Zipf): each thread remembers what a word became (null:
    // a stop word), so the rules run once per distinct word, not once per occurrence, and a term is one string. A pure
    // function's memo, so nothing changes but the time (docs/performance.md, issue 11). Capped for a pathological site.
    const int MemoLimit = 200_000;
    [ThreadStatic] static Dictionary<RuleSet, Dictionary<string, string?>>? memos;

    static string? TermOf(string word, RuleSet rules)
    {
        memos ??= new Dictionary<RuleSet, Dictionary<string, string?>>(ReferenceEqualityComparer.Instance);
        if (!memos.TryGetValue(rules, out var memo)) memos[rules] = memo = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (memo.TryGetValue(word, out var term)) return term;
        term = rules.StopWords.Contains(word) ? null : Stem(word, rules);
        if (memo.Count < MemoLimit) memo[word] = term;
        return term;
    }
}
