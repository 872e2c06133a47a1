using Kennisbank.Localization;

namespace Kennisbank.Assessments.Model;

/// <summary>
/// A next step: a title and a source page id (<c>stappenplan/stap-1</c>, optionally <c>#anchor</c>).
/// <see cref="When"/>, if set, limits it to results where the predicate holds (e.g. a weak dimension).
/// </summary>
public sealed record Recommendation(Localized<string> Title, string PageRef, Predicate? When, SourceLocation Source)
{
    /// <summary>The page id without the anchor.</summary>
    public string PageId => PageRef.Split('#')[0];
}
