using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Evaluation;

/// <summary>
/// Which answers make a condition hold or fail. A boolean formula is explained by the parts responsible for its value:
/// all parts of an "and" that holds, only the failing parts of one that fails (and the reverse for "or"); "not" swaps.
/// An answer condition is explained by that answer; a score condition by the answers that earned the most points on it
/// (when it holds) or lost the most (when it fails), at most <see cref="AnswersPerScore"/>. The compiled script's
/// <c>why</c> does exactly this.
/// </summary>
internal static class Explanation
{
    /// <summary>A score condition names at most this many answers: the ones that weigh most.</summary>
    public const int AnswersPerScore = 3;

    public static IReadOnlyList<string> Answers(Scored s, Predicate predicate)
    {
        var marked = new bool[s.Assessment.Questions.Count];
        Walk(s, predicate, s.Holds(predicate), marked);
        return [.. s.Assessment.Questions.Where((_, i) => marked[i]).Select(q => q.Id)];
    }

    private static void Walk(Scored s, Predicate p, bool truth, bool[] marked)
    {
        switch (p)
        {
            case Predicate.Chose c:
                var at = IndexOf(s.Assessment, c.QuestionId);
                if (at >= 0 && s.Got[at] is not null)
                {
                    marked[at] = true;
                }

                break;
            case Predicate.ScoreAtLeast score:
                foreach (var index in Weighing(s, score.DimensionId, truth))
                {
                    marked[index] = true;
                }

                break;
            case Predicate.Not n:
                Walk(s, n.Inner, !truth, marked);
                break;
            case Predicate.All all:
                foreach (var item in all.Items)
                {
                    var value = s.Holds(item);
                    if (truth || !value)
                    {
                        Walk(s, item, value, marked);
                    }
                }

                break;
            case Predicate.Any any:
                foreach (var item in any.Items)
                {
                    var value = s.Holds(item);
                    if (!truth || value)
                    {
                        Walk(s, item, value, marked);
                    }
                }

                break;
        }
    }

    /// <summary>The answered questions that weigh most on a score (all dimensions, weighted, for the total): points got
    /// when it holds, points lost when it fails; strongest first, an earlier question first on a tie.</summary>
    private static List<int> Weighing(Scored s, string? dimensionId, bool truth)
    {
        var dimensions = s.Assessment.Dimensions;
        var top = new List<(int Index, int Weight)>();
        for (var i = 0; i < s.Assessment.Questions.Count; i++)
        {
            if (s.Got[i] is not { } got)
            {
                continue;
            }

            var weight = 0;
            for (var k = 0; k < dimensions.Count; k++)
            {
                if (dimensionId is null || dimensions[k].Id == dimensionId)
                {
                    var most = AssessmentEvaluator.MaxPoints(s.Assessment.Questions[i], dimensions[k].Id);
                    weight += (dimensionId is null ? dimensions[k].Weight : 1) * (truth ? got[k] : most - got[k]);
                }
            }

            if (weight <= 0)
            {
                continue;
            }

            var place = 0;
            while (place < top.Count && top[place].Weight >= weight)
            {
                place++;
            }

            top.Insert(place, (i, weight));
            if (top.Count > AnswersPerScore)
            {
                top.RemoveAt(AnswersPerScore);
            }
        }

        return [.. top.Select(t => t.Index)];
    }

    private static int IndexOf(Assessment a, string questionId)
    {
        for (var i = 0; i < a.Questions.Count; i++)
        {
            if (a.Questions[i].Id == questionId)
            {
                return i;
            }
        }

        return -1;
    }
}
