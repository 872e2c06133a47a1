using Kennisbank.Site;

namespace Kennisbank.Cli;

/// <summary>The features that add pages to the site. The self-assessments are wired in here.</summary>
public static class Extensions
{
    public static IReadOnlyList<ISiteExtension> All() => [new Kennisbank.Theme.Assessments.AssessmentExtension()];
}
