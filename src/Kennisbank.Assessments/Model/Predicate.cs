namespace Kennisbank.Assessments.Model;

/// <summary>
/// The one small expression language for visibility conditions, outcome rules and conditional recommendations.
/// It is data (not a C# lambda) so that the validator can inspect it and the compiler can turn it into JavaScript.
/// Write it with <c>When</c> and the operators <c>&amp;</c>, <c>|</c>, <c>!</c>.
/// </summary>
public abstract record Predicate
{
    private Predicate()
    {
    }

    /// <summary>The (visible) question was answered with this option (for multiple choice: among the ticked ones).</summary>
    public sealed record Chose(string QuestionId, string OptionId) : Predicate;

    /// <summary>The 0–100 score of a dimension (or, with a null id, the overall score) is at least the threshold.</summary>
    public sealed record ScoreAtLeast(string? DimensionId, int Threshold) : Predicate;

    public sealed record Not(Predicate Inner) : Predicate;

    public sealed record All(IReadOnlyList<Predicate> Items) : Predicate;

    public sealed record Any(IReadOnlyList<Predicate> Items) : Predicate;

    public static Predicate operator &(Predicate a, Predicate b) => new All([a, b]);

    public static Predicate operator |(Predicate a, Predicate b) => new Any([a, b]);

    public static Predicate operator !(Predicate a) => new Not(a);

    /// <summary>Every sub-predicate, this one included, depth first.</summary>
    public IEnumerable<Predicate> Walk()
    {
        yield return this;
        var children = this switch
        {
            Not n => [n.Inner],
            All a => a.Items,
            Any a => a.Items,
            _ => (IReadOnlyList<Predicate>)[],
        };
        foreach (var child in children)
        {
            foreach (var p in child.Walk())
            {
                yield return p;
            }
        }
    }
}
