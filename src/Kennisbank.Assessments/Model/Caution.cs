using Kennisbank.Localization;

namespace Kennisbank.Assessments.Model;

/// <summary>
/// A safeguard: answers the sources treat as a warning sign (a donor reflex, the wish for quick results, support from
/// one party) add this caution to whatever the outcome is, with the pages that explain it.
/// </summary>
public sealed record Caution(
    string Id,
    Predicate When,
    Localized<string> Title,
    Localized<string> Text,
    IReadOnlyList<string> PageRefs,
    SourceLocation Source);
