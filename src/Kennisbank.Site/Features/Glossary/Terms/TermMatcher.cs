namespace Kennisbank.Site.Features.Glossary.Terms;

/// <summary>Finds the first mention of a term in a run of text. A mention is a whole word: not glued to a letter or
/// digit on either side ("Stedenband" is not found in "stedenbandcoördinator", which is a term of its own). A term
/// with capitals after its first letter (GROS, GloBe, SDG-cirkeloefening) matches only as written; others match with
/// either case of their first letter, and with the plural endings of the text's language ('glossary.plurals' in its
/// strings file: "werkbezoeken", "city links").</summary>
public static class TermMatcher
{
    public static bool ExactCase(string term) => term.Skip(1).Any(char.IsUpper);

    /// <summary>The earliest mention of any of <paramref name="terms"/> in <paramref name="text"/> from
    /// <paramref name="start"/>, the longer form first where two start at the same place.</summary>
    public static (TermLink Term, int Index, int Length)? First(string text, int start, IEnumerable<TermLink> terms, IReadOnlyList<string> endings)
    {
        (TermLink, int, int)? best = null;
        foreach (var term in terms)
            foreach (var form in term.Forms)
                if (Find(text, start, form, term.ExactCase, endings) is var (index, length) && (best is null || index < best.Value.Item2
                    || index == best.Value.Item2 && length > best.Value.Item3))
                    best = (term, index, length);
        return best;
    }

    static (int Index, int Length)? Find(string text, int start, string form, bool exactCase, IReadOnlyList<string> endings)
    {
        for (var at = start; at <= text.Length - form.Length; at++)
        {
            at = IndexOf(text, form, at, exactCase);
            if (at < 0) return null;
            if (at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
            foreach (var ending in exactCase ? [""] : endings.Append(""))
            {
                var end = at + form.Length + ending.Length;
                if (end <= text.Length && string.CompareOrdinal(text, at + form.Length, ending, 0, ending.Length) == 0
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
        var rest = form[1..];
        for (var at = start; at <= text.Length - form.Length; at++)
        {
            at = text.IndexOfAny([char.ToLowerInvariant(form[0]), char.ToUpperInvariant(form[0])], at);
            if (at < 0 || at > text.Length - form.Length) return -1;
            if (string.CompareOrdinal(text, at + 1, rest, 0, rest.Length) == 0) return at;
        }
        return -1;
    }
}
