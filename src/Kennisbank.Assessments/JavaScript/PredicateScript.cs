using Kennisbank.Assessments.Model;
using static Kennisbank.Assessments.JavaScript.Js;

namespace Kennisbank.Assessments.JavaScript;

/// <summary>
/// Turns a predicate into an ES5 function. Conditions become <c>function (has) {…}</c>; rules, which may read scores,
/// become <c>function (has, s, t) {…}</c> where <c>s</c> holds the dimension scores in dimension order and <c>t</c> the
/// overall score.
/// </summary>
internal static class PredicateScript
{
    public static JsFunction Condition(Predicate predicate, IReadOnlyList<Dimension> dimensions) =>
        Function(["has"], Return(Expression(predicate, dimensions, scores: false)));

    public static JsFunction Rule(Predicate predicate, IReadOnlyList<Dimension> dimensions) =>
        Function(["has", "s", "t"], Return(Expression(predicate, dimensions, scores: true)));

    private static JsExpression Expression(Predicate predicate, IReadOnlyList<Dimension> dimensions, bool scores) => predicate switch
    {
        Predicate.Chose c => Id("has").Call(Lit(c.QuestionId), Lit(c.OptionId)),
        Predicate.ScoreAtLeast s => Op(Score(s.DimensionId, dimensions, scores), ">=", Lit(s.Threshold)),
        Predicate.Not n => Not(Expression(n.Inner, dimensions, scores)),
        Predicate.All a => Join(a.Items, "&&", true, dimensions, scores),
        Predicate.Any a => Join(a.Items, "||", false, dimensions, scores),
        _ => Lit(false),
    };

    /// <summary>
    /// A score as the evaluator sees it. Conditions are decided before any score exists, and an unknown dimension
    /// has no score: the evaluator reads 0 for both (the validator reports them as KB112 and KB104).
    /// </summary>
    private static JsExpression Score(string? dimensionId, IReadOnlyList<Dimension> dimensions, bool scores)
    {
        if (!scores)
        {
            return Lit(0);
        }

        if (dimensionId is null)
        {
            return Id("t");
        }

        var index = dimensions.ToList().FindIndex(d => d.Id == dimensionId);
        return index >= 0 ? Id("s").At(Lit(index)) : Lit(0);
    }

    private static JsExpression Join(IReadOnlyList<Predicate> items, string op, bool empty, IReadOnlyList<Dimension> dimensions, bool scores) =>
        items.Count == 0
            ? Lit(empty)
            : items.Select(i => Expression(i, dimensions, scores)).Aggregate((left, right) => Op(left, op, right));
}
