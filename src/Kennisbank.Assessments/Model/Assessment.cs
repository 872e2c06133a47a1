using Kennisbank.Localization;

namespace Kennisbank.Assessments.Model;

/// <summary>
/// A self-assessment. <see cref="Advice"/> are recommendations shown whatever the outcome, when their condition holds
/// (used for "every weak dimension gives next steps").
/// </summary>
public sealed record Assessment(
    string Id,
    Localized<string> Slug,
    Localized<string> Title,
    Localized<string> Introduction,
    IReadOnlyList<Dimension> Dimensions,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<Outcome> Outcomes,
    IReadOnlyList<Recommendation> Advice,
    SourceLocation Source)
{
    /// <summary>The languages the assessment is written in (those of its title); it is published in these.</summary>
    public IReadOnlyList<string> Languages => Title.Languages.ToList();
}
