using Kennisbank.Assessments.Model;
using static Kennisbank.Assessments.JavaScript.Js;

namespace Kennisbank.Assessments.JavaScript;

/// <summary>
/// Writes a predicate as data, a small array tree the runtime interprets (<c>holds</c>) and explains (<c>why</c>):
/// <c>["c", question, option]</c>, <c>["s", dimension index or −1 for the total, threshold]</c>, <c>["n", p]</c>,
/// <c>["a", p…]</c> (all), <c>["o", p…]</c> (any). Data rather than compiled functions, because a reason has to
/// say which parts of a rule decided it.
/// </summary>
internal static class PredicateScript
{
    public static JsExpression Tree(Predicate predicate, IReadOnlyList<Dimension> dimensions) => predicate switch
    {
        Predicate.Chose c => Array([Lit("c"), Lit(c.QuestionId), Lit(c.OptionId)]),
        Predicate.ScoreAtLeast s => Array([Lit("s"), Lit(DimensionIndex(s.DimensionId, dimensions)), Lit(s.Threshold)]),
        Predicate.Not n => Array([Lit("n"), Tree(n.Inner, dimensions)]),
        Predicate.All a => Array([Lit("a"), .. a.Items.Select(i => Tree(i, dimensions))]),
        Predicate.Any a => Array([Lit("o"), .. a.Items.Select(i => Tree(i, dimensions))]),
        _ => Array([Lit("o")]),
    };

    /// <summary>−1 for the total; an unknown dimension gets an index past the end, which the runtime reads as 0, as the
    /// evaluator does (the validator reports it as KB104).</summary>
    private static int DimensionIndex(string? id, IReadOnlyList<Dimension> dimensions)
    {
        if (id is null)
        {
            return -1;
        }

        var index = dimensions.ToList().FindIndex(d => d.Id == id);
        return index >= 0 ? index : dimensions.Count;
    }
}
