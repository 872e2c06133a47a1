using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.Model;
using Kennisbank.Diagnostics;
using static Kennisbank.Assessments.Validation.Report;

namespace Kennisbank.Assessments.Validation;

/// <summary>
/// Proves that every complete answer set has exactly one outcome and that every outcome is reachable (KB106–KB108):
/// by enumerating all answer sets when there are at most <see cref="AnswerSpace.EnumerationLimit"/>, otherwise on a
/// seeded sample (then an unreached outcome is only a warning, as the sample may have missed it).
/// </summary>
internal static class OutcomeCoverage
{
    /// <summary>Per code, how many example answer sets are reported; one is enough to fix a rule, a flood is not.</summary>
    private const int ExamplesPerCode = 3;

    public static IEnumerable<Diagnostic> Run(Assessment a)
    {
        var exhaustive = AnswerSpace.IsEnumerable(a);
        var sets = exhaustive ? AnswerSpace.Enumerate(a) : AnswerSpace.Sample(a, AnswerSpace.SampleSize);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<Diagnostic>();
        int none = 0, many = 0;
        foreach (var answers in sets)
        {
            var matching = Matching(a, answers);
            reached.UnionWith(matching.Select(o => o.Id));
            if (matching.Count == 0 && none++ < ExamplesPerCode)
            {
                found.Add(Error(a.Source, DiagnosticCodes.NoOutcome, $"no outcome matches the answers {Describe(answers)}"));
            }
            else if (matching.Count > 1 && many++ < ExamplesPerCode)
            {
                found.Add(Error(matching[1].Source, DiagnosticCodes.AmbiguousOutcome,
                    $"outcomes {string.Join(" and ", matching.Select(o => $"'{o.Id}'"))} both match the answers {Describe(answers)}"));
            }
        }

        foreach (var o in a.Outcomes.Where(o => !reached.Contains(o.Id)))
        {
            found.Add(exhaustive
                ? Error(o.Source, DiagnosticCodes.UnreachableOutcome, $"no answer set reaches outcome '{o.Id}'")
                : Warning(o.Source, DiagnosticCodes.UnreachableOutcome, $"outcome '{o.Id}' was not reached by {AnswerSpace.SampleSize} sampled answer sets"));
        }

        return found;
    }

    /// <summary>Every outcome whose rule holds (the evaluator itself stops at the first).</summary>
    private static List<Outcome> Matching(Assessment a, IReadOnlyDictionary<string, Answer?> answers)
    {
        var (result, chosen) = AssessmentEvaluator.Run(a with { Outcomes = [], Advice = [] }, answers);
        return [.. a.Outcomes.Where(o => AssessmentEvaluator.RuleHolds(o.Rule, result, chosen))];
    }

    private static string Describe(IReadOnlyDictionary<string, Answer?> answers) =>
        "{" + string.Join(", ", answers.Select(kv => $"{kv.Key}={Describe(kv.Value)}")) + "}";

    private static string Describe(Answer? answer) => answer switch
    {
        Answer.Choice c => c.OptionId,
        Answer.Choices c => "[" + string.Join(" ", c.OptionIds) + "]",
        Answer.Number n => n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "-",
    };
}
