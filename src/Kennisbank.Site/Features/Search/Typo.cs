namespace Kennisbank.Site.Features.Search;

/// <summary>One typo: one letter added, dropped or changed, or two neighbours swapped (optimal string alignment
/// distance ≤ 1). "stedenbnd" is one typo from "stedenband".</summary>
public static class Typo
{
    public static bool Within1(string a, string b)
    {
        if (a.Length > b.Length) (a, b) = (b, a);
        if (b.Length - a.Length > 1) return false;
        var i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        if (i == a.Length) return true;
        if (a.Length < b.Length) return string.CompareOrdinal(a, i, b, i + 1, a.Length - i) == 0;
        if (string.CompareOrdinal(a, i + 1, b, i + 1, a.Length - i - 1) == 0) return true;
        return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i]
               && string.CompareOrdinal(a, i + 2, b, i + 2, a.Length - i - 2) == 0;
    }

    /// <summary>Whether the term begins with the word give or take one typo (the word is still being typed).</summary>
    public static bool PrefixWithin1(string word, string term)
    {
        for (var length = word.Length - 1; length <= word.Length + 1; length++)
            if (length <= term.Length && length > 0 && Within1(word, term[..length])) return true;
        return false;
    }
}
