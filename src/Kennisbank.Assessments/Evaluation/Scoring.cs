namespace Kennisbank.Assessments.Evaluation;

/// <summary>
/// Rounding defined in integers, because JavaScript's <c>Math.round</c> and C#'s <c>Math.Round</c> round halves
/// differently; the compiled script does the same arithmetic (its numbers stay far below 2^53, so they are exact).
/// </summary>
public static class Scoring
{
    /// <summary>raw / max as 0–100, halves rounded up: (200·raw + max) / (2·max). 0 when nothing could be scored.</summary>
    public static int Percent(int raw, int max) => max > 0 ? (200 * raw + max) / (2 * max) : 0;

    /// <summary>The weighted mean of the scores of dimensions that could be scored, halves rounded up.</summary>
    public static int Weighted(IEnumerable<(int Score, int Weight)> scores)
    {
        int sum = 0, weights = 0;
        foreach (var (score, weight) in scores)
        {
            sum += score * weight;
            weights += weight;
        }

        return weights > 0 ? (2 * sum + weights) / (2 * weights) : 0;
    }

    /// <summary>How far an answer sits from the middle of what the question could give, in half points (for "why").</summary>
    public static int Effect(int got, int max) => 2 * got - max;
}
