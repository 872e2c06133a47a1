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
        var vocabulary = TermVocabulary.Of(rules);
        foreach (var word in Tokenizer.Words(text))
            if (vocabulary.Id(word.Text) is var id and >= 0) yield return (word, vocabulary.Term(id));
    }

    /// <summary>The terms of a text, in order, each given to <paramref name="onTerm"/>: what <see cref="Terms"/> gives,
    /// without a string per word.</summary>
    public static void ForEachTerm(string text, RuleSet rules, Action<string> onTerm)
    {
        var vocabulary = TermVocabulary.Of(rules);
        var sink = new StringSink(onTerm, vocabulary);
        ForEachTerm(text, vocabulary, ref sink);
    }

    /// <summary>The terms of a text, in order, each given to <paramref name="sink"/> as its number in
    /// <paramref name="vocabulary"/> (this thread's, see <see cref="TermVocabulary.Of"/>): a word seen before on this thread is one lookup by its folded
    /// characters; only a new word becomes a string (indexing reads some 700 words a page, mostly the same few
    /// thousand, and counts them by number: <see cref="DocTerms"/>).</summary>
    public static void ForEachTerm<TSink>(string text, TermVocabulary vocabulary, ref TSink sink) where TSink : struct, ITermSink
    {
        var words = new WordSink<TSink>(vocabulary, sink);
        Tokenizer.Scan(text, ref words);
        sink = words.Sink;
    }

    struct WordSink<TSink>(TermVocabulary vocabulary, TSink sink) : IWordSink where TSink : struct, ITermSink
    {
        public TSink Sink = sink;

        public void Word(int start, int end, ReadOnlySpan<char> folded)
        {
            if (vocabulary.Id(folded) is var id and >= 0) Sink.Term(id);
        }
    }

    readonly struct StringSink(Action<string> onTerm, TermVocabulary vocabulary) : ITermSink
    {
        public void Term(int id) => onTerm(vocabulary.Term(id));
    }
}

/// <summary>What receives a text's terms from <see cref="Analyzer.ForEachTerm{TSink}"/>: each as its number in the
/// thread's <see cref="TermVocabulary"/> of the rules.</summary>
public interface ITermSink
{
    void Term(int id);
}
