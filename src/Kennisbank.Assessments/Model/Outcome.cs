using Kennisbank.Localization;

namespace Kennisbank.Assessments.Model;

/// <summary>
/// A possible result. Exactly one outcome's <see cref="Rule"/> must hold for every complete answer set; the validator
/// proves it (KB106–KB108), so the order of outcomes never decides the result.
/// </summary>
public sealed record Outcome(
    string Id,
    Localized<string> Title,
    Localized<string> Explanation,
    Predicate Rule,
    IReadOnlyList<Recommendation> Recommendations,
    SourceLocation Source);
