using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Sharing;

/// <summary>Reads a pasted link or code, step by step as the compiled script's <c>read</c> does (see <see cref="ShareCodes"/>).</summary>
internal static class ShareReader
{
    private static readonly ReadResult Damaged = ReadResult.Failed("damaged");

    public static ReadResult Read(Assessment a, string? text, bool codes)
    {
        if (text is null)
        {
            return Damaged;
        }

        var t = JsTrim(text);
        if (t.Length == 0)
        {
            return ReadResult.Failed("empty");
        }

        var hash = t.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            t = t[(hash + 1)..];
        }

        if (PercentDecode(t) is not { } decoded)
        {
            return Damaged;
        }

        return decoded.StartsWith("r=", StringComparison.Ordinal) ? ReadLink(a, decoded) : codes ? ReadCode(a, decoded) : Damaged;
    }

    private static ReadResult ReadLink(Assessment a, string t)
    {
        var parts = t.Split('&');
        string? session = parts.Length > 1 && parts[1].StartsWith("s=", StringComparison.Ordinal) ? parts[1][2..] : null;
        string? member = parts.Length > 2 && parts[2].StartsWith("m=", StringComparison.Ordinal) ? parts[2][2..] : null;
        var answers = new Dictionary<string, Answer?>(StringComparer.Ordinal);
        foreach (var pair in parts[0][2..].Split(','))
        {
            var kv = pair.Split(':');
            var q = a.Questions.FirstOrDefault(x => x.Id == kv[0]);
            if (kv.Length != 2 || q is null || answers.ContainsKey(kv[0]))
            {
                return Damaged;
            }

            answers[q.Id] = q.Kind switch
            {
                QuestionKind.MultipleChoice => new Answer.Choices(kv[1].Length > 0 ? kv[1].Split('+') : []),
                QuestionKind.Scale => new Answer.Number(JsNumber(kv[1])),
                _ => new Answer.Choice(kv[1]),
            };
        }

        var made = ShareCodes.Share(a, answers, session, member);
        return made is not null && made.Link == t ? new ReadResult(answers, session, member, null) : Damaged;
    }

    private static ReadResult ReadCode(Assessment a, string t)
    {
        if (t.Any(c => !ShareCodes.CodeCharacters.Contains(c, StringComparison.Ordinal)))
        {
            return Damaged;
        }

        t = t.ToLowerInvariant();
        var parts = t.Split('-');
        if (parts.Length != 5)
        {
            return Damaged;
        }

        if (parts[0] != ShareCodes.Tag(a))
        {
            return ReadResult.Failed("other");
        }

        var answers = new Dictionary<string, Answer?>(StringComparer.Ordinal);
        var pos = 0;
        foreach (var q in a.Questions)
        {
            var width = q.Kind == QuestionKind.MultipleChoice ? 3 : 1;
            var v = parts[3].Substring(Math.Min(pos, parts[3].Length), Math.Max(0, Math.Min(width, parts[3].Length - pos)));
            pos += v.Length;
            var n = v.Aggregate(0, (total, c) => total * 36 + ShareCodes.Digits.IndexOf(c, StringComparison.Ordinal));
            if (n <= 0)
            {
                continue;
            }

            if (q.Kind == QuestionKind.MultipleChoice)
            {
                answers[q.Id] = new Answer.Choices([.. q.Options.Where((_, j) => ((n - 1) >> j) % 2 == 1).Select(o => o.Id)]);
                continue;
            }

            if (n > q.Options.Count)
            {
                return Damaged;
            }

            var id = q.Options[n - 1].Id;
            answers[q.Id] = q.Kind == QuestionKind.Scale ? new Answer.Number(JsNumber(id)) : new Answer.Choice(id);
        }

        var made = ShareCodes.Share(a, answers, parts[1], parts[2]);
        return pos == parts[3].Length && made?.Code == t ? new ReadResult(answers, parts[1], parts[2], null) : Damaged;
    }

    /// <summary>JavaScript's <c>String.prototype.trim</c>: white space and line terminators as ECMAScript defines them.</summary>
    private static string JsTrim(string s) => s.Trim(
        '\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
        '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff');

    /// <summary>
    /// <c>decodeURIComponent</c>, as far as it matters here: ASCII escapes are decoded; an escape that is malformed or
    /// stands for a non-ASCII character gives null. JavaScript would throw on the first and decode the second, but
    /// nothing non-ASCII is ever a valid link or code, so both end as "damaged".
    /// </summary>
    private static string? PercentDecode(string s)
    {
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '%')
            {
                result.Append(s[i]);
                continue;
            }

            if (i + 2 >= s.Length || !Uri.IsHexDigit(s[i + 1]) || !Uri.IsHexDigit(s[i + 2]))
            {
                return null;
            }

            var value = Convert.ToInt32(s.Substring(i + 1, 2), 16);
            if (value >= 0x80)
            {
                return null;
            }

            result.Append((char)value);
            i += 2;
        }

        return result.ToString();
    }

    /// <summary>JavaScript's <c>Number(text)</c> for what can come out of a link: whole decimal numbers; anything else is
    /// a number no scale accepts (NaN), so the answer counts as missing on both sides.</summary>
    private static double JsNumber(string text) =>
        text.Length > 0 && text.Length < 10 && text.All(char.IsAsciiDigit) ? double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : double.NaN;
}
