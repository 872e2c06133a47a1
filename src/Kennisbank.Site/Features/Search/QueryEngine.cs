namespace Kennisbank.Site.Features.Search;

/// <summary>A result of a query: which one, its score, and the section (0: the top of the page) its link goes to.</summary>
public readonly record struct Hit(int Doc, int Score, int Section);

/// <summary>The reference search: what the browser's script does with the index files, here over the index in memory.
/// The script is proved to give the same top results on the real site (Features/Search/QueryDifferentialTests).
/// <list type="bullet">
/// <item>Every word of the query must match (stop words other than the last are left out).</item>
/// <item>A word matches the terms of its dictionary shard (the terms that share its first two letters): the term that
/// is its stem (quality 3); for the last word while it is typed, the terms it begins (2); for words of
/// <see cref="TypoLength"/> letters or more, the terms one edit away, or for the last word a term that begins one edit
/// away (1). Of those, the <see cref="MaxCandidates"/> best count (quality, then how many results have the term).</item>
/// <item>A result's score for a word is the best quality × posting score of its candidates; its total is the sum over
/// the words. Highest total first, then the lower number (glossary terms, then pages by URL).</item>
/// </list></summary>
public static class QueryEngine
{
    public const int TypoLength = 5;
    public const int MaxCandidates = 8;

    public static (List<Hit> Hits, int Total) Search(LanguageIndex index, string query, int limit)
    {
        var tokens = Tokens(query, index.Rules);
        if (tokens.Count == 0) return ([], 0);
        Dictionary<int, (int Total, int Best, int Section)>? results = null;
        foreach (var token in tokens)
        {
            var scores = new Dictionary<int, (int Score, int Section)>();
            foreach (var (term, quality) in Candidates(index, token))
                foreach (var posting in index.Postings[term])
                {
                    var score = quality * posting.Score;
                    if (!scores.TryGetValue(posting.Doc, out var seen) || score > seen.Score) scores[posting.Doc] = (score, posting.Section);
                }
            if (results is null)
                results = scores.ToDictionary(s => s.Key, s => (s.Value.Score, s.Value.Score, s.Value.Section));
            else
                results = results.Where(r => scores.ContainsKey(r.Key)).ToDictionary(r => r.Key, r =>
                {
                    var (score, section) = scores[r.Key];
                    return (r.Value.Total + score, Math.Max(r.Value.Best, score), score > r.Value.Best ? section : r.Value.Section);
                });
        }
        var hits = results!.Select(r => new Hit(r.Key, r.Value.Total, r.Value.Section))
            .OrderByDescending(h => h.Score).ThenBy(h => h.Doc).ToList();
        return (hits.Take(limit).ToList(), hits.Count);
    }

    /// <summary>A query word: its folded form, its stem (null for a stop word) and whether it may be a prefix.</summary>
    public sealed record Token(string Word, string? Stem, bool Last);

    public static List<Token> Tokens(string query, RuleSet rules)
    {
        var words = Tokenizer.Words(query);
        var typing = Tokenizer.EndsInWord(query);
        var tokens = new List<Token>();
        for (var i = 0; i < words.Count; i++)
        {
            var last = typing && i == words.Count - 1;
            var stop = rules.StopWords.Contains(words[i].Text);
            if (stop && !last) continue;
            tokens.Add(new Token(words[i].Text, stop ? null : Analyzer.Stem(words[i].Text, rules), last));
        }
        return tokens;
    }

    public static List<(string Term, int Quality)> Candidates(LanguageIndex index, Token token)
    {
        var key = IndexFiles.Key(token.Word);
        var found = new List<(string Term, int Quality, int Count)>();
        foreach (var term in TermsWithKey(index, key))
        {
            var quality =
                term == token.Stem ? 3
                : token.Last && token.Word.Length >= 2 && term.StartsWith(token.Word, StringComparison.Ordinal) ? 2
                : token.Word.Length >= TypoLength && ((token.Stem is not null && Typo.Within1(token.Stem, term)) || (token.Last && Typo.PrefixWithin1(token.Word, term))) ? 1
                : 0;
            if (quality > 0) found.Add((term, quality, index.Postings[term].Length));
        }
        return found.OrderByDescending(c => c.Quality).ThenByDescending(c => c.Count).ThenBy(c => c.Term, StringComparer.Ordinal)
            .Take(MaxCandidates).Select(c => (c.Term, c.Quality)).ToList();
    }

    /// <summary>The terms of one dictionary shard: those with the key, contiguous in ordinal order.</summary>
    static IEnumerable<string> TermsWithKey(LanguageIndex index, string key)
    {
        var terms = index.Terms;
        var lo = 0;
        var hi = terms.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(terms[mid], key) < 0) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < terms.Length && IndexFiles.Key(terms[i]) == key; i++) yield return terms[i];
    }
}
