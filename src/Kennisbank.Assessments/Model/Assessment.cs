namespace Kennisbank.Assessments.Model;

/// <summary>
/// A self-assessment. <see cref="Advice"/> are recommendations shown whatever the outcome, when their condition holds
/// (used for "every weak dimension gives next steps").
/// </summary>
public sealed record Assessment(
    string Id,
    Text Slug,
    Text Title,
    Text Introduction,
    IReadOnlyList<Dimension> Dimensions,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<Outcome> Outcomes,
    IReadOnlyList<Recommendation> Advice,
    SourceLocation Source);
