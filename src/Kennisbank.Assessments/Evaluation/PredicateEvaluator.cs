using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Evaluation;

/// <summary>Decides a predicate over the accepted answers (question id → option ids) and, for rules, the scores.</summary>
internal static class PredicateEvaluator
{
    public static bool Holds(
        Predicate predicate,
        IReadOnlyDictionary<string, IReadOnlyList<string>> chosen,
        Func<string?, int> score) => predicate switch
        {
            Predicate.Chose c => chosen.TryGetValue(c.QuestionId, out var ids) && ids.Contains(c.OptionId),
            Predicate.ScoreAtLeast s => score(s.DimensionId) >= s.Threshold,
            Predicate.Not n => !Holds(n.Inner, chosen, score),
            Predicate.All a => a.Items.All(p => Holds(p, chosen, score)),
            Predicate.Any a => a.Items.Any(p => Holds(p, chosen, score)),
            _ => false,
        };
}
