using Kennisbank.Localization;

namespace Kennisbank.Assessments.Model;

/// <summary>
/// A next step: a title and a source page id (<c>stappenplan/stap-1</c>, optionally <c>#anchor</c>).
/// <see cref="When"/>, if set, limits it to results where the predicate holds (e.g. a weak dimension).
/// </summary>
/// <param name="IsSuggestion">The advice is the knowledge base's own, not the sources'; the page marks it
/// "suggestie van de kennisbank", as the content pages do.</param>
public sealed record Recommendation(Localized<string> Title, string PageRef, Predicate? When, bool IsSuggestion, SourceLocation Source)
{
    /// <summary>The page id without the anchor.</summary>
    public string PageId => PageRef.Split('#')[0];
}
