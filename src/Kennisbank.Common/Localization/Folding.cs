using System.Collections.Frozen;
using System.Text;

namespace Kennisbank.Localization;

/// <summary>Letters without their diacritics ("coördinatie" → "coordinatie", "adhésion" → "adhesion"), for sort keys
/// and anchors. A table rather than Unicode decomposition: the build runs with invariant globalization, where
/// <see cref="string.Normalize()"/> leaves text as it is. It covers the Latin letters of the site's languages and
/// their neighbours (Latin-1 Supplement and Latin Extended-A); anything else is kept.</summary>
public static class Folding
{
    static readonly FrozenDictionary<char, string> Table = Build();

    public static string RemoveDiacritics(string text)
    {
        if (text.All(char.IsAscii)) return text;
        var folded = new StringBuilder(text.Length);
        foreach (var c in text) folded.Append(Table.TryGetValue(c, out var plain) ? plain : c.ToString());
        return folded.ToString();
    }

    static FrozenDictionary<char, string> Build()
    {
        // Each base letter followed by the letters that fold to it.
        string[] groups =
        [
            "aàáâãäåāăą", "AÀÁÂÃÄÅĀĂĄ", "cçćĉċč", "CÇĆĈĊČ", "dďđ", "DĎĐÐ", "eèéêëēĕėęě", "EÈÉÊËĒĔĖĘĚ", "gĝğġģ", "GĜĞĠĢ",
            "hĥħ", "HĤĦ", "iìíîïĩīĭįı", "IÌÍÎÏĨĪĬĮİ", "jĵ", "JĴ", "kķ", "KĶ", "lĺļľŀł", "LĹĻĽĿŁ", "nñńņňŉ", "NÑŃŅŇ",
            "oòóôõöøōŏő", "OÒÓÔÕÖØŌŎŐ", "rŕŗř", "RŔŖŘ", "sśŝşš", "SŚŜŞŠ", "tţťŧ", "TŢŤŦ", "uùúûüũūŭůűų", "UÙÚÛÜŨŪŬŮŰŲ",
            "wŵ", "WŴ", "yýÿŷ", "YÝŸŶ", "zźżž", "ZŹŻŽ",
        ];
        var table = new Dictionary<char, string>();
        foreach (var group in groups)
            foreach (var c in group[1..]) table[c] = group[0].ToString();
        foreach (var (c, plain) in new[] { ('æ', "ae"), ('Æ', "AE"), ('œ', "oe"), ('Œ', "OE"), ('ß', "ss"), ('þ', "th"), ('Þ', "TH"), ('ð', "d") })
            table[c] = plain;
        return table.ToFrozenDictionary();
    }
}
