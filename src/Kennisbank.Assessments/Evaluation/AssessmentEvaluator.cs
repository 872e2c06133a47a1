using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Evaluation;

/// <summary>
/// The reference semantics. The compiled JavaScript must give the same result for every answer set; the differential
/// tests run both. Never throws on answers: missing, invisible or ill-shaped answers are simply not counted.
/// </summary>
public static class AssessmentEvaluator
{
    /// <summary>How many answers are given as reasons for the result.</summary>
    public const int ReasonCount = 3;

    public static EvaluationResult Evaluate(Assessment assessment, IReadOnlyDictionary<string, Answer?> answers) =>
        Run(assessment, answers).Result;

    /// <summary>The result, and the accepted answers (question id → option ids) that rules are decided over.</summary>
    internal static (EvaluationResult Result, IReadOnlyDictionary<string, IReadOnlyList<string>> Chosen) Run(
        Assessment assessment, IReadOnlyDictionary<string, Answer?> answers)
    {
        var dimensions = assessment.Dimensions;
        var raw = new int[dimensions.Count];
        var max = new int[dimensions.Count];
        var chosen = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var visible = new List<string>();
        var missing = new List<string>();
        var reasons = new List<Reason>();

        // One pass in question order: a condition only sees answers to earlier questions that were visible themselves.
        foreach (var question in assessment.Questions)
        {
            if (question.VisibleWhen is { } condition && !PredicateEvaluator.Holds(condition, chosen, _ => 0))
            {
                continue;
            }

            visible.Add(question.Id);
            var picked = AnswerReading.Pick(question, answers.GetValueOrDefault(question.Id));
            var effect = 0;
            for (var k = 0; k < dimensions.Count; k++)
            {
                var got = picked?.Sum(i => question.Options[i].PointsOn(dimensions[k].Id)) ?? 0;
                var possible = MaxPoints(question, dimensions[k].Id);
                raw[k] += got;
                max[k] += possible;
                effect += Scoring.Effect(got, possible);
            }

            if (picked is null)
            {
                missing.Add(question.Id);
                continue;
            }

            var ids = picked.Select(i => question.Options[i].Id).ToList();
            chosen[question.Id] = ids;
            if (effect != 0)
            {
                Rank(reasons, new Reason(question.Id, ids, effect));
            }
        }

        var scores = Enumerable.Range(0, dimensions.Count)
            .Select(k => new DimensionScore(dimensions[k].Id, raw[k], max[k], Scoring.Percent(raw[k], max[k])))
            .ToList();
        var overall = Scoring.Weighted(
            Enumerable.Range(0, dimensions.Count).Where(k => max[k] > 0).Select(k => (scores[k].Score, dimensions[k].Weight)));
        int Score(string? id) => id is null ? overall : scores.FirstOrDefault(s => s.DimensionId == id)?.Score ?? 0;
        bool Holds(Predicate? p) => p is null || PredicateEvaluator.Holds(p, chosen, Score);

        var outcome = assessment.Outcomes.FirstOrDefault(o => Holds(o.Rule));
        var recommendations = (outcome?.Recommendations ?? []).Concat(assessment.Advice).Where(r => Holds(r.When)).ToList();
        return (new EvaluationResult(missing.Count == 0, outcome?.Id, overall, scores, visible, missing, reasons, recommendations), chosen);
    }

    /// <summary>Whether a rule holds for an evaluated answer set (the validator checks every rule, not just the first that holds).</summary>
    internal static bool RuleHolds(Predicate rule, EvaluationResult result, IReadOnlyDictionary<string, IReadOnlyList<string>> chosen) =>
        PredicateEvaluator.Holds(
            rule,
            chosen,
            id => id is null ? result.Score : result.Dimensions.FirstOrDefault(d => d.DimensionId == id)?.Score ?? 0);

    /// <summary>The most a question can give on a dimension: the best option, or for multiple choice all options together.</summary>
    public static int MaxPoints(Question question, string dimensionId) =>
        question.Options.Count == 0 ? 0
        : question.Kind == QuestionKind.MultipleChoice ? question.Options.Sum(o => Math.Max(0, o.PointsOn(dimensionId)))
        : Math.Max(0, question.Options.Max(o => o.PointsOn(dimensionId)));

    /// <summary>Keeps the strongest reasons, strongest first; on a tie the earlier question stays first.</summary>
    private static void Rank(List<Reason> reasons, Reason reason)
    {
        var at = 0;
        while (at < reasons.Count && Math.Abs(reasons[at].Effect) >= Math.Abs(reason.Effect))
        {
            at++;
        }

        reasons.Insert(at, reason);
        if (reasons.Count > ReasonCount)
        {
            reasons.RemoveAt(ReasonCount);
        }
    }
}
