using Kennisbank.Assessments.Definitions;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// The languages the assessments are emitted in: those they are written in, from the catalog. Tests take them from
/// here only, so the list lives in one place.
/// </summary>
public static class Languages
{
    public static IReadOnlyList<string> All { get; } =
        [.. AssessmentCatalog.All.SelectMany(a => a.Languages).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Where one language is enough, this one.</summary>
    public static string First => All[0];
}
