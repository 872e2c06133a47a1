using Kennisbank.Localization;

namespace Kennisbank.Assessments.Model;

/// <summary>One answer option and the points it gives on named dimensions (dimension id → points, never negative).</summary>
public sealed record Option(string Id, Localized<string> Label, IReadOnlyDictionary<string, int> Points, SourceLocation Source)
{
    public int PointsOn(string dimensionId) => Points.TryGetValue(dimensionId, out var p) ? p : 0;
}
