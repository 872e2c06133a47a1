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
        var known = Known(rules);
        foreach (var word in Tokenizer.Words(text))
        {
            ref var term = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(known, word.Text, out var seen);
            if (!seen) term = rules.StopWords.Contains(word.Text) ? null : Stem(word.Text, rules);
            if (term is not null) yield return (word, term);
        }
    }

    /// <summary>The terms of a text, in order, each given to <paramref name="onTerm"/>: what <see cref="Terms"/> gives,
    /// without a string per word. A word seen before on this thread is looked up by its folded characters; only a new
    /// word becomes a string (indexing reads some 700 words a page, mostly the same few thousand).</summary>
    public static void ForEachTerm(string text, RuleSet rules, Action<string> onTerm)
    {
        var sink = new TermSink(Known(rules).GetAlternateLookup<ReadOnlySpan<char>>(), rules, onTerm);
        Tokenizer.Scan(text, ref sink);
    }

    readonly struct TermSink(Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> known, RuleSet rules, Action<string> onTerm)
        : IWordSink
    {
        public void Word(int start, int end, ReadOnlySpan<char> folded)
        {
            if (!known.TryGetValue(folded, out var term))
            {
                var word = folded.ToString();
                known.Dictionary[word] = term = rules.StopWords.Contains(word) ? null : Stem(word, rules);
            }
            if (term is not null) onTerm(term);
        }
    }

    // Each word's term (null: a stop word), per thread and rule set. A site says the same words on every page, and
    // stemming tries every rule of every step: remembered, it is one lookup per word (the render stage's parallel pass
    // reads every page's text through here; see docs/performance.md).
    [ThreadStatic] static Dictionary<RuleSet, Dictionary<string, string?>>? memo;

    static Dictionary<string, string?> Known(RuleSet rules)
    {
        memo ??= new(ReferenceEqualityComparer.Instance);
        if (!memo.TryGetValue(rules, out var known)) memo[rules] = known = new(StringComparer.Ordinal);
        return known;
    }
}
