using System.Text;
using Kennisbank.Site.Features.Sdgs.Board;

namespace Kennisbank.Site.Tests.Features.Sdgs.Board;

/// <summary>Boards and fragments made at random from a fixed seed (the same cases on every run): valid boards, their
/// links, and those links damaged the ways links get damaged: cut short, a character changed, something pasted in.</summary>
public sealed class Fragments(int seed)
{
    readonly Random random = new(seed);

    static readonly string[] Pieces = ["a", "Z", "7", " ", "é", "€", "😀", ":", ",", "&", "=", "%", "#", "+", "~", "'", "(", "\t", "\u00A0", "ß"];
    static readonly string[] Junk = ["%", "%Z", "%ZZ", "%C3", "%E2%82", "%FF", "%ED%A0%80", "&", "&&", "=", "==", ":", "::", ",", "a=", "b=", "t=",
        "v=2", "x=1", "a=:3", "a=%20:1", "a=ok:0,18,abc,007,", "a=ok:1:4", "a=ok:1:x", "a=ok:1:2:3", "b=9", "b=", "#", "a=%F0%9F%98%80:17:3"];

    public string Text(int max)
    {
        var text = new StringBuilder();
        var length = random.Next(1, max + 1);
        while (text.Length < length) text.Append(Pieces[random.Next(Pieces.Length)]);
        var s = text.ToString();
        // Not blank, not over the limit, and never ending in half a pair.
        if (s.Trim().Length == 0) s = "x" + s;
        if (s.Length > max) s = s[..max];
        return char.IsHighSurrogate(s[^1]) ? s[..^1] + "y" : s;
    }

    public BoardState Board(int maxActivities = 8, int maxText = BoardFormat.MaxText) => new(
        random.Next(1, 4),
        random.Next(3) == 0 ? "" : Text(BoardFormat.MaxTheme),
        [.. Enumerable.Range(0, random.Next(maxActivities + 1)).Select(_ => new BoardActivity(
            Text(maxText),
            [.. Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(1, 18)).Distinct().Order()],
            random.Next(4)))]);

    /// <summary>A board's link, then up to three kinds of damage.</summary>
    public string Damaged(string fragment)
    {
        for (var damage = random.Next(4); damage > 0; damage--)
        {
            var at = random.Next(fragment.Length + 1);
            fragment = random.Next(3) switch
            {
                0 => fragment[..at],
                1 => fragment[..at] + Junk[random.Next(Junk.Length)] + fragment[at..],
                _ => at < fragment.Length ? fragment[..at] + Pieces[random.Next(Pieces.Length)] + fragment[(at + 1)..] : fragment,
            };
        }
        return fragment;
    }
}
