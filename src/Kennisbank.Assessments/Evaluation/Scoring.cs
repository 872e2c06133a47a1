namespace Kennisbank.Assessments.Evaluation;

/// <summary>
/// Rounding defined in integers, because JavaScript's <c>Math.round</c> and C#'s <c>Math.Round</c> round halves
/// differently; the compiled script does the same arithmetic (its numbers stay far below 2^53, so they are exact).
/// </summary>
public static class Scoring
{
    /// <summary>raw / max as 0–100, halves rounded up: (200·raw + max) / (2·max). 0 when nothing could be scored.</summary>
    public static int Percent(int raw, int max) => max > 0 ? (200 * raw + max) / (2 * max) : 0;

    /// <summary>
    /// The total: all points got over all points possible, each dimension's points counted <c>weight</c> times, as
    /// 0–100. A council can count it ("10 of the 19 points"), which a mean of percentages is not.
    /// </summary>
    public static int Total(IEnumerable<(int Raw, int Max, int Weight)> dimensions)
    {
        int raw = 0, max = 0;
        foreach (var (r, m, w) in dimensions)
        {
            raw += w * r;
            max += w * m;
        }

        return Percent(raw, max);
    }

    /// <summary>
    /// The fewest points out of <paramref name="max"/> that reach <paramref name="threshold"/> (0–100) under
    /// <see cref="Percent"/>: what the method page prints ("at least 3 of the 6 points"). Null when no number of points does.
    /// </summary>
    public static int? PointsNeeded(int threshold, int max)
    {
        for (var raw = 0; raw <= max; raw++)
        {
            if (Percent(raw, max) >= threshold)
            {
                return raw;
            }
        }

        return null;
    }
}
