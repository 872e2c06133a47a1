namespace Kennisbank.Site.Features.Glossary.Terms;

/// <summary>Finds the first mention of a term in a run of text. A mention is a whole word: not glued to a letter or
/// digit on either side ("Stedenband" is not found in "stedenbandcoördinator", which is a term of its own). A term
/// with capitals after its first letter (GROS, GloBe, SDG-cirkeloefening) matches only as written; others match with
/// either case of their first letter, and with the plural endings of the text's language ('glossary.plurals' in its
/// strings file: "werkbezoeken", "city links").
/// Every text run of every page is searched for every term not linked yet, so the search allocates nothing and uses
/// the vectorised span searches (it was a tenth of the real site's build: docs/performance.md).</summary>
public static class TermMatcher
{
    public static bool ExactCase(string term)
    {
        foreach (var c in term.AsSpan(Math.Min(1, term.Length)))
            if (char.IsUpper(c)) return true;
        return false;
    }

    /// <summary>The earliest mention of any of <paramref name="terms"/> in <paramref name="text"/> from
    /// <paramref name="start"/>, the longer form first where two start at the same place.</summary>
    public static (TermLink Term, int Index, int Length)? First(string text, int start, IReadOnlyList<TermLink> terms, IReadOnlyList<string> endings)
    {
        (TermLink, int, int)? best = null;
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            for (var f = 0; f < term.Forms.Count; f++)
                if (Find(text, start, term.Forms[f], term.ExactCase, endings) is var (index, length) && (best is null || index < best.Value.Item2
                    || index == best.Value.Item2 && length > best.Value.Item3))
                    best = (term, index, length);
        }
        return best;
    }

    static (int Index, int Length)? Find(string text, int start, string form, bool exactCase, IReadOnlyList<string> endings)
    {
        for (var at = start; at <= text.Length - form.Length; at++)
        {
            at = IndexOf(text, form, at, exactCase);
            if (at < 0) return null;
            if (at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
            // The endings in their order, then none; a term written with capitals takes none.
            for (var e = exactCase ? endings.Count : 0; e <= endings.Count; e++)
            {
                var ending = e < endings.Count ? endings[e] : "";
                var end = at + form.Length + ending.Length;
                if (end <= text.Length && text.AsSpan(at + form.Length, ending.Length).SequenceEqual(ending)
                    && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                    return (at, form.Length + ending.Length);
            }
        }
        return null;
    }

    /// <summary>Ordinal; without exact case only the first letter may differ ("Draagvlak" finds "draagvlak").</summary>
    static int IndexOf(string text, string form, int start, bool exactCase)
    {
        if (exactCase) return text.IndexOf(form, start, StringComparison.Ordinal);
        var (lower, upper) = (char.ToLowerInvariant(form[0]), char.ToUpperInvariant(form[0]));
        var rest = form.AsSpan(1);
        var last = text.Length - form.Length;   // the last place a mention can start
        for (var at = start; at <= last; at++)
        {
            var found = text.AsSpan(at, last - at + 1).IndexOfAny(lower, upper);
            if (found < 0) return -1;
            at += found;
            if (text.AsSpan(at + 1, rest.Length).SequenceEqual(rest)) return at;
        }
        return -1;
    }
}
