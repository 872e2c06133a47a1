using Kennisbank.Localization;

namespace Kennisbank.Assessments.Model;

/// <summary>
/// A condition a council can check: a predicate over the answers, the sentence that says it in plain words, and the
/// page that explains why it matters (the source). Used as a gate of the assessment (it must hold, or the result is
/// the fallback outcome) and as an entry condition of an outcome (it must hold for that outcome to be advised).
/// The sentence states what is needed, so it reads well both as a reason for an outcome and as a reason against one.
/// </summary>
/// <param name="IsSuggestion">The condition is ours, not the sources' (e.g. a threshold); the page says so.</param>
public sealed record Condition(
    string Id,
    Predicate Holds,
    Localized<string> Sentence,
    string PageRef,
    bool IsSuggestion,
    SourceLocation Source)
{
    /// <summary>The page id without the anchor.</summary>
    public string PageId => PageRef.Split('#')[0];
}
