using Kennisbank.Localization;

namespace Kennisbank.Assessments.Model;

/// <summary>
/// A question. <see cref="VisibleWhen"/> may only look at answers to earlier questions (KB105), so visibility can be
/// decided in one pass in question order. <see cref="About"/> is the page that explains the topic: where a group that
/// disagrees on this question can read on.
/// </summary>
public sealed record Question(
    string Id,
    QuestionKind Kind,
    Localized<string> Prompt,
    Localized<string>? Hint,
    IReadOnlyList<Option> Options,
    Predicate? VisibleWhen,
    Localized<string>? LowLabel,
    Localized<string>? HighLabel,
    string? About,
    SourceLocation Source);
