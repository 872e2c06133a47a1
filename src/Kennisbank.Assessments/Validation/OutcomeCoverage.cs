using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.Model;
using Kennisbank.Diagnostics;
using static Kennisbank.Assessments.Validation.Report;

namespace Kennisbank.Assessments.Validation;

/// <summary>
/// Runs the decision over every complete answer set when there are at most <see cref="AnswerSpace.EnumerationLimit"/>,
/// otherwise over a seeded sample (then a finding that needs the whole space is only a warning, as the sample may have
/// missed the answer set that proves it wrong). It proves that every set has an outcome (KB107), that every outcome is
/// reached (KB106) and not hidden by an earlier one (KB108), and that every gate, condition and caution can make a
/// difference (KB116).
/// </summary>
internal static class OutcomeCoverage
{
    /// <summary>Per code, how many example answer sets are reported; one is enough to fix a rule, a flood is not.</summary>
    private const int ExamplesPerCode = 3;

    public static IEnumerable<Diagnostic> Run(Assessment a)
    {
        var exhaustive = AnswerSpace.IsEnumerable(a);
        var sets = exhaustive ? AnswerSpace.Enumerate(a) : AnswerSpace.Sample(a, AnswerSpace.SampleSize);
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        var qualified = new Dictionary<string, string>(StringComparer.Ordinal);   // outcome → an earlier one that won
        var failed = new HashSet<string>(StringComparer.Ordinal);                 // gates and conditions seen failing
        var held = new HashSet<string>(StringComparer.Ordinal);                   // and seen holding
        var shown = new HashSet<string>(StringComparer.Ordinal);                  // cautions seen
        var found = new List<Diagnostic>();
        var none = 0;
        foreach (var answers in sets)
        {
            var s = AssessmentEvaluator.Score(a, answers);
            var result = AssessmentEvaluator.Evaluate(a, answers);
            foreach (var c in a.AllConditions)
            {
                (s.Holds(c) ? held : failed).Add(c.Id);
            }

            shown.UnionWith(result.Cautions);
            if (result.OutcomeId is null)
            {
                if (none++ < ExamplesPerCode)
                {
                    found.Add(Error(a.Source, DiagnosticCodes.NoOutcome, $"no outcome matches the answers {Describe(answers)}; add a fallback outcome"));
                }

                continue;
            }

            chosen.Add(result.OutcomeId);
            if (result.FailedGates.Count == 0)
            {
                foreach (var o in a.Outcomes.Where(o => !o.IsFallback && o.Id != result.OutcomeId && o.Requires.All(s.Holds)))
                {
                    qualified.TryAdd(o.Id, result.OutcomeId);
                }
            }
        }

        Diagnostic Finding(SourceLocation at, string code, string message) =>
            exhaustive ? Error(at, code, message) : Warning(at, code, message + $" (in {AnswerSpace.SampleSize} sampled answer sets)");

        foreach (var o in a.Outcomes.Where(o => !chosen.Contains(o.Id)))
        {
            found.Add(qualified.TryGetValue(o.Id, out var winner)
                ? Finding(o.Source, DiagnosticCodes.ShadowedOutcome, $"outcome '{o.Id}' is never chosen: whenever its conditions hold, the earlier outcome '{winner}' comes first")
                : Finding(o.Source, DiagnosticCodes.UnreachableOutcome, $"no answer set reaches outcome '{o.Id}'"));
        }

        foreach (var g in a.Gates.Where(g => !failed.Contains(g.Id)))
        {
            found.Add(Finding(g.Source, DiagnosticCodes.IdleRule, $"gate '{g.Id}' never fails, so it decides nothing"));
        }

        foreach (var c in a.Outcomes.SelectMany(o => o.Requires).Distinct().Where(c => !failed.Contains(c.Id)))
        {
            found.Add(Finding(c.Source, DiagnosticCodes.IdleRule, $"condition '{c.Id}' always holds, so it decides nothing"));
        }

        foreach (var c in a.Cautions.Where(c => !shown.Contains(c.Id)))
        {
            found.Add(Finding(c.Source, DiagnosticCodes.IdleRule, $"caution '{c.Id}' never shows"));
        }

        return found;
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
