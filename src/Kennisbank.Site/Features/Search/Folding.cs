using System.Collections.Frozen;

namespace Kennisbank.Site.Features.Search;

/// <summary>What one UTF-16 code unit is to the tokenizer. The browser's script has the same rules and gets the same
/// table (in each index's meta.json), so C# and JavaScript cannot fold differently: "coördinatie" and "coordinatie",
/// "Jerónimo" and "jeronimo" are one word in both. The script is ES5, which has no <c>String.normalize</c>; that is why
/// the folding is a table rather than Unicode normalisation at query time.</summary>
public enum CharKind { Separator, Letter, Mark, Apostrophe }

public static class Folding
{
    // Declared before Table, which is made from it (static fields initialise in order). Written out rather than made
    // with string.Normalize: kb runs with invariant globalization (no ICU), where Normalize leaves "ö" as it is.
    // Made from Unicode 14's compatibility decompositions with the marks dropped, for U+00C0–U+024F and U+1E00–U+1EFF,
    // plus the letters that have none (ß, æ, ø, ł…); each line: the folded letters, then every letter folded to them.
    static readonly Dictionary<string, string> Letters = new()
    {
        ["a"] = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧḀḁẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặ",
        ["ae"] = "Ææ",
        ["b"] = "ḂḃḄḅḆḇ",
        ["c"] = "ÇçĆćĈĉĊċČčḈḉ",
        ["d"] = "ÐðĎďĐđḊḋḌḍḎḏḐḑḒḓ",
        ["dz"] = "ǄǅǆǱǲǳ",
        ["e"] = "ÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩḔḕḖḗḘḙḚḛḜḝẸẹẺẻẼẽẾếỀềỂểỄễỆệ",
        ["f"] = "ƒḞḟ",
        ["g"] = "ĜĝĞğĠġĢģǦǧǴǵḠḡ",
        ["h"] = "ĤĥĦħȞȟḢḣḤḥḦḧḨḩḪḫẖ",
        ["i"] = "ÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐȈȉȊȋḬḭḮḯỈỉỊị",
        ["ij"] = "Ĳĳ",
        ["j"] = "Ĵĵǰ",
        ["k"] = "ĶķǨǩḰḱḲḳḴḵ",
        ["l"] = "ĹĺĻļĽľŁłḶḷḸḹḺḻḼḽ",
        ["lj"] = "Ǉǈǉ",
        ["m"] = "ḾḿṀṁṂṃ",
        ["n"] = "ÑñŃńŅņŇňŊŋǸǹṄṅṆṇṈṉṊṋ",
        ["nj"] = "Ǌǋǌ",
        ["o"] = "ÒÓÔÕÖØòóôõöøŌōŎŏŐőƠơǑǒǪǫǬǭȌȍȎȏȪȫȬȭȮȯȰȱṌṍṎṏṐṑṒṓỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ",
        ["oe"] = "Œœ",
        ["p"] = "ṔṕṖṗ",
        ["r"] = "ŔŕŖŗŘřȐȑȒȓṘṙṚṛṜṝṞṟ",
        ["s"] = "ŚśŜŝŞşŠšſȘșṠṡṢṣṤṥṦṧṨṩẛ",
        ["ss"] = "ßẞ",
        ["t"] = "ŢţŤťŦŧȚțṪṫṬṭṮṯṰṱẗ",
        ["th"] = "Þþ",
        ["u"] = "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗṲṳṴṵṶṷṸṹṺṻỤụỦủỨứỪừỬửỮữỰự",
        ["v"] = "ṼṽṾṿ",
        ["w"] = "ŴŵẀẁẂẃẄẅẆẇẈẉẘ",
        ["x"] = "ẊẋẌẍ",
        ["y"] = "ÝýÿŶŷŸȲȳẎẏẙỲỳỴỵỶỷỸỹ",
        ["z"] = "ŹźŻżŽžẐẑẒẓẔẕ",
    };

    /// <summary>Latin letters with diacritics, ligatures and upper case, each to lower-case ASCII: the Latin-1 supplement,
    /// Latin Extended-A and -B, and Latin Extended Additional (Vietnamese, Welsh).</summary>
    public static FrozenDictionary<char, string> Table { get; } = MakeTable();

    /// <summary>Code units of other scripts and symbols that still separate words (punctuation, dashes, arrows,
    /// surrogates, so an emoji is never part of a word). Everything else from U+0250 on is a letter as written:
    /// Greek or Cyrillic text is found, but case-sensitively.</summary>
    public static readonly (char From, char To)[] SeparatorRanges =
        [('\u2000', '\u2BFF'), ('\u3000', '\u303F'), ('\uD800', '\uDFFF'), ('\uFE00', '\uFE6F'), ('\uFF00', '\uFFFF')];

    public const char MarkFrom = '\u0300', MarkTo = '\u036F';

    /// <summary>' and ’ and ʼ: in "SDG's", "Nimlaha'kok", "l'économie" they are part of a word; see <see cref="Tokenizer"/>.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    // The kind of each ASCII code unit, looked up rather than tested: the tokenizer asks for every character of every
    // page, and nearly all of them are ASCII (docs/performance.md, issue 11).
    static readonly CharKind[] AsciiKinds = [.. Enumerable.Range(0, 128).Select(c => KindOf((char)c))];

    public static CharKind Kind(char c) => c < 128 ? AsciiKinds[c] : KindOf(c);

    static CharKind KindOf(char c)
    {
        if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9') return CharKind.Letter;
        if (IsApostrophe(c)) return CharKind.Apostrophe;
        if (c is >= MarkFrom and <= MarkTo) return CharKind.Mark;
        if (Table.ContainsKey(c)) return CharKind.Letter;
        if (c < '\u0250') return CharKind.Separator;
        foreach (var (from, to) in SeparatorRanges)
            if (c >= from && c <= to) return CharKind.Separator;
        return CharKind.Letter;
    }

    /// <summary>The folded form of a letter: lower-case ASCII for Latin, the code unit itself otherwise.</summary>
    public static string Fold(char c) =>
        c is >= 'A' and <= 'Z' ? ((char)(c + 32)).ToString() : Table.TryGetValue(c, out var folded) ? folded : c.ToString();

    /// <summary><see cref="Fold"/> into a buffer at <paramref name="length"/>, growing it when full, without a string
    /// per letter (the tokenizer reads every page). Returns the new length.</summary>
    public static int AppendFolded(ref char[] buffer, int length, char c)
    {
        if (length + 2 > buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);   // a letter folds to at most two
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9') buffer[length++] = c;
        else if (c is >= 'A' and <= 'Z') buffer[length++] = (char)(c + 32);
        else if (Table.TryGetValue(c, out var folded)) foreach (var f in folded) buffer[length++] = f;
        else buffer[length++] = c;
        return length;
    }

    /// <summary>Whether a letter folds to "s" (the tokenizer's "'s"), without making a string.</summary>
    public static bool FoldsToS(char c) => c is 's' or 'S' || (Table.TryGetValue(c, out var folded) && folded == "s");

    static FrozenDictionary<char, string> MakeTable() =>
        Letters.SelectMany(l => l.Value.Select(c => (c, l.Key))).ToFrozenDictionary(x => x.c, x => x.Key);
}
