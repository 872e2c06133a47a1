using System.Globalization;
using System.Text;
using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Sharing;

/// <summary>
/// A member's answers as a result link (<c>r=q:o,q:o+o,q:4&amp;s=session&amp;m=member</c>, the fragment of the
/// assessment's address) or as a short share code (<c>tag-session-member-answers-check</c>), and back. The compiled
/// script's <c>share</c> and <c>read</c> do exactly this. Reading is exact: a text is accepted only if writing its
/// answers again gives the same text, so a tampered, truncated or foreign text is rejected, never half-read.
/// </summary>
public static class ShareCodes
{
    /// <summary>Session and member codes: letters and digits that cannot be mistaken for each other (no 0, 1, i, l, o).</summary>
    public const string Alphabet = "23456789abcdefghjkmnpqrstuvwxyz";

    public const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>What a share code may contain before it is lower-cased (ASCII only, so both languages lower-case alike).</summary>
    public const string CodeCharacters = Digits + "ABCDEFGHIJKLMNOPQRSTUVWXYZ-";

    public const int SessionLength = 6, MemberLength = 4;

    /// <summary>The check characters: a running hash, mod a prime that fits two base-36 digits (36² = 1296).</summary>
    public const int CheckFactor = 37, CheckModulus = 1291;

    /// <summary>The assessment's tag in a code: the initials of its id ("stedenband-of-alternatief" → "soa").</summary>
    public static string Tag(Assessment a) => string.Concat(a.Id.Split('-').Where(w => w.Length > 0).Select(w => w[0]));

    /// <summary>A number from the assessment's questions and options, the start of the check: a code made for another
    /// version of the questions fails it.</summary>
    public static int Fingerprint(Assessment a)
    {
        var text = new StringBuilder(a.Id);
        foreach (var q in a.Questions)
        {
            text.Append('|').Append(q.Id).Append(':').Append(string.Join(",", q.Options.Select(o => o.Id)));
        }

        return Hash(0, text.ToString());
    }

    /// <summary>The link and (with a session and member) the code for complete answers; null otherwise.</summary>
    public static Shared? Share(Assessment a, IReadOnlyDictionary<string, Answer?> answers, string? session, string? member)
    {
        var result = AssessmentEvaluator.Evaluate(a, answers);
        if (!result.Complete || (session is not null && !IsToken(session, SessionLength))
            || (member is not null && (session is null || !IsToken(member, MemberLength))))
        {
            return null;
        }

        var link = new List<string>();
        var code = new StringBuilder();
        foreach (var q in a.Questions)
        {
            if (!result.Answers.TryGetValue(q.Id, out var ids))
            {
                code.Append(q.Kind == QuestionKind.MultipleChoice ? "000" : "0");
                continue;
            }

            link.Add(q.Id + ":" + string.Join("+", ids));
            var index = (string id) => q.Options.Select(o => o.Id).ToList().IndexOf(id);
            code.Append(q.Kind == QuestionKind.MultipleChoice
                ? Base36(1 + ids.Sum(id => 1 << index(id))).PadLeft(3, '0')
                : Base36(index(ids[0]) + 1));
        }

        var body = $"{Tag(a)}-{session}-{member}-{code}";
        return new Shared(
            "r=" + string.Join(",", link) + (session is null ? "" : "&s=" + session + (member is null ? "" : "&m=" + member)),
            member is null ? null : body + "-" + Check(a, body));
    }

    /// <summary>What a pasted line says: a link (anything up to a '#' is ignored) or a code. The compiled group script's
    /// <c>read</c> does this.</summary>
    public static ReadResult Read(Assessment a, string? text) => ShareReader.Read(a, text, codes: true);

    /// <summary>A result link only (a code is "damaged"): what a member's page reads from its own address, as the
    /// compiled assessment's <c>read</c> does.</summary>
    public static ReadResult ReadLink(Assessment a, string? text) => ShareReader.Read(a, text, codes: false);

    internal static string Check(Assessment a, string body) => Base36(Hash(Fingerprint(a), body)).PadLeft(2, '0');

    internal static bool IsToken(string text, int length) => text.Length == length && text.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    private static int Hash(int start, string text)
    {
        var h = start;
        foreach (var c in text)
        {
            h = (h * CheckFactor + c) % CheckModulus;
        }

        return h;
    }

    internal static string Base36(int value)
    {
        if (value == 0)
        {
            return "0";
        }

        var digits = new StringBuilder();
        for (var v = value; v > 0; v /= 36)
        {
            digits.Insert(0, Digits[v % 36]);
        }

        return digits.ToString();
    }
}

/// <summary>A member's answers shared: the fragment of the result link, and the short code (null without a session and member).</summary>
public sealed record Shared(string Link, string? Code);

/// <summary>What a pasted link or code holds, or why it cannot be read ("empty", "other": another assessment's code,
/// "damaged": tampered, truncated, or not a link or code at all).</summary>
public sealed record ReadResult(IReadOnlyDictionary<string, Answer?>? Answers, string? Session, string? Member, string? Error)
{
    public static ReadResult Failed(string error) => new(null, null, null, error);
}
