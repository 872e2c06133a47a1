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
            if (!rules.StopWords.Contains(word.Text)) yield return (word, Stem(word.Text, rules));
    }
}
