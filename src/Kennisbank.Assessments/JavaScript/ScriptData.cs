using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.Model;
using static Kennisbank.Assessments.JavaScript.Js;

namespace Kennisbank.Assessments.JavaScript;

/// <summary>
/// The data half of a compiled assessment: ids, points and rules, and no text. Every text (prompts, labels, outcomes,
/// conditions, cautions, recommendations) is rendered into the page from the definition, in the page's language, so
/// one script serves every language and stays small.
/// </summary>
internal sealed class ScriptData(Assessment assessment)
{
    private readonly IReadOnlyList<Condition> _conditions = assessment.AllConditions;
    private readonly IReadOnlyList<Recommendation> _recommendations = assessment.AllRecommendations;

    public JsExpression Dimensions() => Table(assessment.Dimensions.Select(d => Object(
        ("id", Lit(d.Id)),
        ("weight", Lit(d.Weight)))));

    /// <summary>The questions; "points" and "max" (the most each dimension can get, computed once here) only when the
    /// assessment has dimensions: the runtime reads them only per dimension.</summary>
    public JsExpression Questions() => Table(assessment.Questions.Select(q => Object(
        [
            ("id", Lit(q.Id)),
            ("type", Lit(TypeName(q.Kind))),
            ("options", Array(q.Options.Select(o => Lit(o.Id)))),
            .. assessment.Dimensions.Count == 0 ? [] : new (string, JsExpression)[]
            {
                ("points", Array(q.Options.Select(o => Array(assessment.Dimensions.Select(d => Lit(o.PointsOn(d.Id))))))),
                ("max", Array(assessment.Dimensions.Select(d => Lit(AssessmentEvaluator.MaxPoints(q, d.Id))))),
            },
            ("when", q.VisibleWhen is { } c ? Rule(c) : Lit(null)),
        ])));

    /// <summary>Every distinct condition once (gates first); gates and outcomes point into it by index.</summary>
    public JsExpression Conditions() => Table(_conditions.Select(c => Object(("id", Lit(c.Id)), ("p", Rule(c.Holds)))));

    public JsExpression Gates() => Array(assessment.Gates.Select(g => Lit(Index(_conditions, g))));

    public JsExpression Outcomes() => Table(assessment.Outcomes.Select(o => Object(
        ("id", Lit(o.Id)),
        ("req", Array(o.Requires.Select(c => Lit(Index(_conditions, c))))),
        ("recs", Array(o.Recommendations.Select(r => Lit(Index(_recommendations, r))))),
        ("fallback", Lit(o.IsFallback)))));

    public JsExpression Cautions() => Table(assessment.Cautions.Select(c => Object(("id", Lit(c.Id)), ("p", Rule(c.When)))));

    /// <summary>Each recommendation's condition (null: always), by index; the page holds their titles and links.</summary>
    public JsExpression Recommendations() => Array(_recommendations.Select(r => r.When is { } w ? Rule(w) : Lit(null)));

    public JsExpression Advice() => Array(assessment.Advice.Select(r => Lit(Index(_recommendations, r))));

    /// <summary>The type names the form script switches on (see docs/assessments.md).</summary>
    public static string TypeName(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => "single",
        QuestionKind.MultipleChoice => "multiple",
        QuestionKind.YesNoDontKnow => "yesno",
        QuestionKind.Scale => "scale",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private JsExpression Rule(Predicate p) => PredicateScript.Tree(p, assessment.Dimensions);

    private static int Index<T>(IReadOnlyList<T> items, T item) where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (ReferenceEquals(items[i], item))
            {
                return i;
            }
        }

        throw new InvalidOperationException("An item that is in none of the assessment's lists.");
    }
}
