namespace Kennisbank.Assessments.Model;

/// <summary>Readable constructors for predicates: <c>When.Chose("budget", "ja") &amp; When.Score("beleid").Below(50)</c>.</summary>
public static class When
{
    public static Predicate Always { get; } = new Predicate.All([]);

    public static Predicate Chose(string questionId, string optionId) => new Predicate.Chose(questionId, optionId);

    public static Predicate ChoseAny(string questionId, params string[] optionIds) =>
        new Predicate.Any([.. optionIds.Select(o => Chose(questionId, o))]);

    public static Predicate All(params Predicate[] items) => new Predicate.All(items);

    public static Predicate Any(params Predicate[] items) => new Predicate.Any(items);

    public static ScoreThreshold Score(string dimensionId) => new(dimensionId);

    public static ScoreThreshold Overall => new(null);

    /// <summary>A half-built score comparison; integer thresholds only, so C# and JavaScript compare the same way.</summary>
    public sealed record ScoreThreshold(string? DimensionId)
    {
        public Predicate AtLeast(int threshold) => new Predicate.ScoreAtLeast(DimensionId, threshold);

        public Predicate Below(int threshold) => new Predicate.Not(AtLeast(threshold));
    }
}
