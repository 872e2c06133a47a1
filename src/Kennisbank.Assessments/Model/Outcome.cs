using Kennisbank.Localization;

namespace Kennisbank.Assessments.Model;

/// <summary>
/// A possible result with its entry conditions (<see cref="Requires"/>). The result is the fallback outcome when a gate
/// of the assessment fails; otherwise the first outcome, in the order written, whose conditions all hold. The
/// fallback has no conditions and comes last, so every complete answer set has an outcome (the validator checks it).
/// </summary>
public sealed record Outcome(
    string Id,
    Localized<string> Title,
    Localized<string> Explanation,
    IReadOnlyList<Condition> Requires,
    IReadOnlyList<Recommendation> Recommendations,
    bool IsFallback,
    SourceLocation Source);
