using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Kennisbank.Site.Features.Sdgs.Board;

/// <summary>The board's state in the URL fragment, so a facilitator can share, bookmark or reload a board (issue 15),
/// with no storage and no server. This is the reference: board-format.js beside it does the same in the browser,
/// and the tests run both on the same fragments (valid, damaged, cut short) and compare.
/// <code>#v=1&amp;b=3&amp;t=Water&amp;a=Speelplaatsen%20vergroenen:6,11,13:2&amp;a=Waterbronnen:6</code>
/// <c>v</c> the format's version; <c>b</c> the board (1 five pillars, 2 core theme, 3 three levels); <c>t</c> the core
/// theme; each <c>a</c> an activity: its text (encodeURIComponent), its SDGs, and on the third board its level
/// (1 internal, 2 local, 3 global). encodeURIComponent escapes ':', ',', '&amp;' and '=', so no text can break the
/// format; anything that still does not read is dropped and counted (<see cref="BoardProblems"/>).</summary>
public static class BoardFormat
{
    public const int Version = 1, Boards = 3, Levels = 3;

    /// <summary>Limits that keep a link short enough to share and a board readable on a projector.</summary>
    public const int MaxText = 120, MaxTheme = 80, MaxActivities = 60;

    public static DecodedBoard Decode(string fragment)
    {
        int board = 1, unreadable = 0, badSdgs = 0, badLevels = 0, cut = 0, extra = 0;
        var theme = "";
        var activities = ImmutableArray.CreateBuilder<BoardActivity>();
        foreach (var part in (fragment.StartsWith('#') ? fragment[1..] : fragment).Split('&'))
        {
            if (part.Length == 0) continue;
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = eq < 0 ? ("", "") : (part[..eq], part[(eq + 1)..]);
            switch (key)
            {
                case "v" when value == "1": break;
                case "b" when value is "1" or "2" or "3": board = value[0] - '0'; break;
                case "t" when DecodeComponent(value) is { } text:
                    theme = Cut(text, MaxTheme, ref cut);
                    break;
                case "a" when activities.Count >= MaxActivities: extra++; break;
                case "a" when Activity(value, ref cut, ref badSdgs, ref badLevels) is { } activity: activities.Add(activity); break;
                default: unreadable++; break;
            }
        }
        return new(new BoardState(board, theme, activities.ToImmutable()), new BoardProblems(unreadable, badSdgs, badLevels, cut, extra));
    }

    static BoardActivity? Activity(string value, ref int cut, ref int badSdgs, ref int badLevels)
    {
        var fields = value.Split(':');
        if (fields.Length > 3 || DecodeComponent(fields[0]) is not { } text || IsBlank(text)) return null;
        text = Cut(text, MaxText, ref cut);
        var sdgs = new List<int>();
        if (fields.Length > 1 && fields[1].Length > 0)
            foreach (var item in fields[1].Split(','))
            {
                if (item.Length is 1 or 2 && item.All(char.IsAsciiDigit) && int.Parse(item, CultureInfo.InvariantCulture) is >= 1 and <= SdgFeature.Count and var n)
                {
                    if (!sdgs.Contains(n)) sdgs.Add(n);
                }
                else badSdgs++;
            }
        var level = 0;
        if (fields.Length > 2 && fields[2].Length > 0)
        {
            if (fields[2] is "1" or "2" or "3") level = fields[2][0] - '0';
            else badLevels++;
        }
        return new BoardActivity(text, [.. sdgs.Order()], level);
    }

    public static string Encode(BoardState state)
    {
        var parts = new List<string> { "v=" + Version, "b=" + state.Board };
        if (state.Theme.Length > 0) parts.Add("t=" + EncodeComponent(state.Theme));
        foreach (var a in state.Activities)
            parts.Add("a=" + EncodeComponent(a.Text) + ":" + string.Join(',', a.Sdgs) + (a.Level > 0 ? ":" + a.Level : ""));
        return string.Join('&', parts);
    }

    public static BoardCounts Count(BoardState state)
    {
        var total = new int[SdgFeature.Count + 1];
        var perLevel = Enumerable.Range(0, SdgFeature.Count + 1).Select(_ => new int[Levels + 1]).ToArray();
        foreach (var a in state.Activities)
            foreach (var n in a.Sdgs)
            {
                total[n]++;
                perLevel[n][a.Level]++;
            }
        return new([.. total], [.. perLevel.Select(l => l.ToImmutableArray())]);
    }

    /// <summary>At most <paramref name="max"/> UTF-16 units (JavaScript's length), never half a surrogate pair.</summary>
    static string Cut(string text, int max, ref int cut)
    {
        if (text.Length <= max) return text;
        cut++;
        return text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)];
    }

    /// <summary>Only white space, as JavaScript's <c>/^\s*$/</c> sees it.</summary>
    static bool IsBlank(string text) => text.All(c => c is '\t' or '\n' or '\v' or '\f' or '\r' or '\u2028' or '\u2029' or '\uFEFF'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator);

    /// <summary>JavaScript's decodeURIComponent, or null where it throws a URIError (a damaged % sequence, or bytes that
    /// are not UTF-8).</summary>
    public static string? DecodeComponent(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal)) return text;
        var result = new StringBuilder();
        var bytes = new List<byte>();
        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        for (var i = 0; i < text.Length;)
        {
            if (text[i] != '%') { result.Append(text[i++]); continue; }
            bytes.Clear();
            while (i < text.Length && text[i] == '%')
            {
                if (i + 2 >= text.Length || !byte.TryParse(text.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
                    return null;
                bytes.Add(b);
                i += 3;
            }
            try { result.Append(utf8.GetString([.. bytes])); }
            catch (DecoderFallbackException) { return null; }
        }
        return result.ToString();
    }

    /// <summary>JavaScript's encodeURIComponent: all but A–Z a–z 0–9 - _ . ! ~ * ' ( ) as %XX of its UTF-8.</summary>
    public static string EncodeComponent(string text)
    {
        var result = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || "-_.!~*'()".Contains(c, StringComparison.Ordinal)) result.Append(c);
            else result.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return result.ToString();
    }
}
