using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Group;

/// <summary>
/// Combines the members' answers into what the group session shows (the reference semantics; the compiled group script's
/// <c>combine</c> must agree, which the differential tests check). Each member is evaluated on their own; nothing is
/// averaged into a fictitious member, so the differences the meeting should talk about stay visible.
/// </summary>
public static class GroupCombiner
{
    public static GroupResult Combine(Assessment a, IReadOnlyList<IReadOnlyDictionary<string, Answer?>> members)
    {
        var results = members.Select(m => AssessmentEvaluator.Evaluate(a, m)).ToList();

        var outcomes = a.Outcomes.Select(o => new Tally(o.Id, results.Count(r => r.OutcomeId == o.Id))).Where(t => t.Count > 0).ToList();
        var most = outcomes.Count > 0 ? outcomes.Max(t => t.Count) : 0;
        var winners = outcomes.Where(t => t.Count == most).ToList();

        var dimensions = a.Dimensions.Select((d, k) => Spread(d.Id,
            [.. results.Where(r => r.Dimensions[k].Max > 0).Select(r => r.Dimensions[k].Score)], 100)).ToList();
        var fits = a.Outcomes.Where(o => !o.IsFallback).Select((o, k) => Spread(o.Id,
            [.. results.Select(r => r.Fits[k].Met)], o.Requires.Count)).ToList();

        var questions = a.Questions.Select((q, index) => (Index: index, Disagreement: Disagreement(q, results)))
            .Where(x => x.Disagreement.N > 0)
            .OrderByDescending(x => x.Disagreement.Differing).ThenBy(x => x.Index)
            .Select(x => x.Disagreement).ToList();

        var cautions = a.Cautions.Select(c => new Tally(c.Id, results.Count(r => r.Cautions.Contains(c.Id)))).Where(t => t.Count > 0).ToList();
        return new GroupResult(results.Count, winners.Count == 1 ? winners[0].Id : null, outcomes, dimensions, fits, questions, cautions);
    }

    private static Spread Spread(string id, List<int> values, int of)
    {
        values.Sort();
        var n = values.Count;
        var median = n == 0 ? 0 : n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2] + 1) / 2;
        return new Spread(id, n, n == 0 ? 0 : values[0], median, n == 0 ? 0 : values[^1], of);
    }

    /// <summary>Answers are told apart by their options: an option's index, or for multiple choice the set as a bit mask.</summary>
    private static Disagreement Disagreement(Question q, List<EvaluationResult> results)
    {
        var ids = q.Options.Select(o => o.Id).ToList();
        var counts = new SortedDictionary<int, (IReadOnlyList<string> Options, int Count)>();
        var n = 0;
        foreach (var r in results)
        {
            if (!r.Answers.TryGetValue(q.Id, out var chosen))
            {
                continue;
            }

            n++;
            var key = q.Kind == QuestionKind.MultipleChoice ? chosen.Sum(o => 1 << ids.IndexOf(o)) : ids.IndexOf(chosen[0]);
            counts[key] = counts.TryGetValue(key, out var c) ? (c.Options, c.Count + 1) : (chosen, 1);
        }

        var same = counts.Values.Sum(c => c.Count * c.Count);
        return new Disagreement(q.Id, n, ((n * n) - same) / 2, [.. counts.Values.Select(c => new AnswerCount(c.Options, c.Count))]);
    }
}
