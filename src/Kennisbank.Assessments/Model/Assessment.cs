using Kennisbank.Localization;

namespace Kennisbank.Assessments.Model;

/// <summary>
/// A self-assessment. <see cref="Gates"/> are the conditions the sources call indispensable: when one fails, the result
/// is the fallback outcome, whatever else the answers say. <see cref="Cautions"/> show with any outcome.
/// <see cref="Advice"/> are recommendations shown whatever the outcome, when their condition holds.
/// </summary>
public sealed record Assessment(
    string Id,
    Localized<string> Slug,
    Localized<string> Title,
    Localized<string> Introduction,
    IReadOnlyList<Dimension> Dimensions,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<Condition> Gates,
    IReadOnlyList<Outcome> Outcomes,
    IReadOnlyList<Caution> Cautions,
    IReadOnlyList<Recommendation> Advice,
    SourceLocation Source)
{
    /// <summary>The languages the assessment is written in (those of its title); it is published in these.</summary>
    public IReadOnlyList<string> Languages => Title.Languages.ToList();

    /// <summary>Every recommendation once: each outcome's, then the advice, in that order (the script refers to them by index).</summary>
    public IReadOnlyList<Recommendation> AllRecommendations => [.. Outcomes.SelectMany(o => o.Recommendations), .. Advice];

    /// <summary>Every distinct condition: the gates, then each outcome's, first occurrence first (outcomes may share one).</summary>
    public IReadOnlyList<Condition> AllConditions =>
        [.. Gates.Concat(Outcomes.SelectMany(o => o.Requires)).Distinct(ReferenceEqualityComparer.Instance).Cast<Condition>()];

    /// <summary>The outcome gates lead to, if there is one.</summary>
    public Outcome? Fallback => Outcomes.FirstOrDefault(o => o.IsFallback);
}
