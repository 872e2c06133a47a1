using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Definitions;

/// <summary>The assessments the site publishes, in the order the self-assessment page lists them.</summary>
public static class AssessmentCatalog
{
    public static IReadOnlyList<Assessment> All { get; } =
    [
        CityLinkOrAlternative.Assessment,
        HowReadyAreWe.Assessment,
    ];
}
