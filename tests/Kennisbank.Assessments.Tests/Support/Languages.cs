using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// The languages every assessment is emitted in. Tests take them from here only, so the list lives in one place: the
/// model's, which the site uses too.
/// </summary>
public static class Languages
{
    public static IReadOnlyList<string> All => Text.Languages;

    /// <summary>The site's first language (Dutch): where one language is enough, it is this one.</summary>
    public static string First => All[0];
}
