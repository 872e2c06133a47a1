namespace Kennisbank.Site.Features.Search;

/// <summary>Splits compounds against the site's own vocabulary, so that "coördinator" finds the pages that only say
/// "stedenbandcoördinator(en)" (Pagefind cannot: its issue #738). Done when the index is built: a page with the
/// compound is indexed under the compound and under each part, so a query needs no splitting of its own. A part must
/// be a term the site uses on its own (or stem to one), at least <see cref="MinPart"/> letters; a linking -s- or -en-
/// between parts is allowed (partnerschapsbudget). The longest known first part wins, then the rest is split again.</summary>
public sealed class Compounds(IReadOnlySet<string> vocabulary, RuleSet rules)
{
    public const int MinPart = 4;

    readonly Dictionary<string, string[]> memo = new(StringComparer.Ordinal);

    /// <summary>The parts of a term (none when it is no compound of known terms), as index terms.</summary>
    public string[] Split(string term)
    {
        if (!rules.SplitCompounds || term.Length < 2 * MinPart) return [];
        lock (memo)
            if (memo.TryGetValue(term, out var known)) return known;
        var parts = Parts(term) ?? [];
        lock (memo) memo[term] = parts;
        return parts;
    }

    string[]? Parts(string rest)
    {
        for (var i = rest.Length - MinPart; i >= MinPart; i--)
        {
            if (Known(rest[..i]) is not { } head) continue;
            foreach (var linker in rules.Linkers.Prepend(""))
            {
                var tail = rest[i..];
                if (!tail.StartsWith(linker, StringComparison.Ordinal) || tail.Length - linker.Length < MinPart) continue;
                tail = tail[linker.Length..];
                if (Known(tail) is { } last) return [head, last];
                if (Parts(tail) is { } more) return [head, .. more];
            }
        }
        return null;
    }

    string? Known(string part) =>
        vocabulary.Contains(part) ? part : Analyzer.Stem(part, rules) is var stem && vocabulary.Contains(stem) ? stem : null;
}
