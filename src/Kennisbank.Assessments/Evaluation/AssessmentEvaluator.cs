using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Evaluation;

/// <summary>
/// The reference semantics. The compiled JavaScript must give the same result for every answer set; the differential
/// tests run both. The decision, in order:
/// <list type="number">
/// <item>a gate fails (a condition the sources call indispensable): the fallback outcome, whatever else scores;</item>
/// <item>otherwise the first outcome, in the order written, whose entry conditions all hold (the fallback has none);</item>
/// <item>the runner-up is the other outcome with the largest share of its conditions met (the earlier on a tie),
/// leaving out outcomes passed over only because an earlier one came first.</item>
/// </list>
/// </summary>
public static class AssessmentEvaluator
{
    public static EvaluationResult Evaluate(Assessment assessment, IReadOnlyDictionary<string, Answer?> answers)
    {
        var s = Scored.From(assessment, answers);
        var failed = assessment.Gates.Where(g => !s.Holds(g)).ToList();
        var outcome = failed.Count > 0 ? assessment.Fallback : assessment.Outcomes.FirstOrDefault(o => o.Requires.All(s.Holds));
        var fits = assessment.Outcomes.Where(o => !o.IsFallback)
            .Select(o => (Outcome: o, Fit: new Fit(o.Id, o.Requires.Count(s.Holds), o.Requires.Count))).ToList();

        IReadOnlyList<Reason> reasons =
            failed.Count > 0 ? [.. failed.Select(g => Explain(s, g))]
            : outcome is { IsFallback: false } ? [.. outcome.Requires.Select(c => Explain(s, c))]
            : [];

        var recommendations = (outcome?.Recommendations ?? []).Concat(assessment.Advice).Where(r => s.Holds(r.When)).ToList();
        return new EvaluationResult(
            s.Missing.Count == 0, outcome?.Id, s.Total, s.Dimensions, s.Visible, s.Missing, s.Chosen,
            [.. failed.Select(g => g.Id)], [.. fits.Select(f => f.Fit)], reasons, RunnerUp(s, outcome, fits, gatesFailed: failed.Count > 0),
            [.. assessment.Cautions.Where(c => s.Holds(c.When)).Select(c => c.Id)], recommendations);
    }

    /// <summary>The scored answers the decision reads, for the validator's proofs.</summary>
    internal static Scored Score(Assessment assessment, IReadOnlyDictionary<string, Answer?> answers) => Scored.From(assessment, answers);

    /// <summary>The most a question can give on a dimension: the best option, or for multiple choice all options together.</summary>
    public static int MaxPoints(Question question, string dimensionId) =>
        question.Options.Count == 0 ? 0
        : question.Kind == QuestionKind.MultipleChoice ? question.Options.Sum(o => Math.Max(0, o.PointsOn(dimensionId)))
        : Math.Max(0, question.Options.Max(o => o.PointsOn(dimensionId)));

    private static Reason Explain(Scored s, Condition c) => new(c.Id, s.Holds(c), Explanation.Answers(s, c.Holds));

    /// <summary>
    /// The closest other outcome and why it was not advised: its failing conditions. An outcome whose conditions all
    /// hold was passed over only for coming later, which explains nothing, so it counts only when a gate decided.
    /// "Closest" compares met/of as fractions, in integers (met·of′ against met′·of), so both languages agree.
    /// </summary>
    private static Contrast? RunnerUp(Scored s, Outcome? chosen, List<(Outcome Outcome, Fit Fit)> fits, bool gatesFailed)
    {
        (Outcome Outcome, Fit Fit)? best = null;
        foreach (var (outcome, fit) in fits)
        {
            if (ReferenceEquals(outcome, chosen) || (fit.Met == fit.Of && !gatesFailed))
            {
                continue;
            }

            if (best is not { } b || fit.Met * b.Fit.Of > b.Fit.Met * fit.Of)
            {
                best = (outcome, fit);
            }
        }

        return best is { Outcome: var o }
            ? new Contrast(o.Id, [.. o.Requires.Where(c => !s.Holds(c)).Select(c => Explain(s, c))])
            : null;
    }
}
