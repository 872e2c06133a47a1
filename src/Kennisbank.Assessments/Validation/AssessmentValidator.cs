using Kennisbank.Diagnostics;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Validation;

/// <summary>
/// Checks a definition at build time and returns what it finds; it never throws. The outcome coverage (KB106–KB108)
/// runs only on a structurally sound definition, because it evaluates answer sets.
/// </summary>
public static class AssessmentValidator
{
    /// <param name="proveCoverage">Run the outcome coverage proof (every answer set, or a large sample). It takes seconds,
    /// so `kb check` and the test suite run it; `kb build` and `serve` skip it to stay fast.</param>
    public static IReadOnlyList<Diagnostic> Validate(Assessment assessment, IReadOnlySet<string> knownPageIds, bool proveCoverage = true)
    {
        var diagnostics = new List<Diagnostic>();
        diagnostics.AddRange(StructureChecks.Run(assessment));
        diagnostics.AddRange(ReferenceChecks.Run(assessment));
        diagnostics.AddRange(TextChecks.Run(assessment));
        diagnostics.AddRange(PageChecks.Run(assessment, knownPageIds));
        if (proveCoverage && !diagnostics.Any(d => d.IsError))
        {
            diagnostics.AddRange(OutcomeCoverage.Run(assessment));
        }

        return diagnostics;
    }
}
