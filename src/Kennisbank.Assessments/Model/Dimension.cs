using Kennisbank.Localization;

namespace Kennisbank.Assessments.Model;

/// <summary>A scored dimension; <see cref="Weight"/> (a positive integer) is its share of the overall score.</summary>
public sealed record Dimension(string Id, Localized<string> Name, int Weight, SourceLocation Source);
