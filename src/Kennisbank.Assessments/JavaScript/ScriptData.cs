using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.Model;
using static Kennisbank.Assessments.JavaScript.Js;

namespace Kennisbank.Assessments.JavaScript;

/// <summary>
/// The data half of a compiled assessment: texts in one language, points, and the predicates as small functions.
/// Everything the form shows besides the server-rendered questions comes from here.
/// </summary>
internal sealed class ScriptData(Assessment assessment, string lang, Func<string, string> resolveUrl)
{
    /// <summary>Every recommendation once: each outcome's, then the advice. Outcomes and advice point into it by index.</summary>
    private readonly IReadOnlyList<Recommendation> _recommendations =
        [.. assessment.Outcomes.SelectMany(o => o.Recommendations), .. assessment.Advice];

    public JsExpression Dimensions() => Table(assessment.Dimensions.Select(d => Object(
        ("id", Lit(d.Id)),
        ("name", Lit(d.Name.For(lang))),
        ("weight", Lit(d.Weight)))));

    public JsExpression Questions() => Table(assessment.Questions.Select(q => Object(
        ("id", Lit(q.Id)),
        ("type", Lit(TypeName(q.Kind))),
        ("prompt", Lit(q.Prompt.For(lang))),
        ("options", Array(q.Options.Select(o => Object(
            ("id", Lit(o.Id)),
            ("label", Lit(o.Label.For(lang))),
            ("points", Array(assessment.Dimensions.Select(d => Lit(o.PointsOn(d.Id))))))))),
        // The most each dimension can get from this question, computed once here so the script need not.
        ("max", Array(assessment.Dimensions.Select(d => Lit(AssessmentEvaluator.MaxPoints(q, d.Id))))),
        ("when", q.VisibleWhen is { } c ? PredicateScript.Condition(c, assessment.Dimensions) : Lit(null)))));

    public JsExpression Outcomes() => Table(assessment.Outcomes.Select(o => Object(
        ("id", Lit(o.Id)),
        ("title", Lit(o.Title.For(lang))),
        ("text", Lit(o.Explanation.For(lang))),
        ("recs", Indexes(o.Recommendations)),
        ("rule", PredicateScript.Rule(o.Rule, assessment.Dimensions)))));

    public JsExpression Recommendations() => Table(_recommendations.Select(r => Object(
        ("title", Lit(r.Title.For(lang))),
        ("url", Lit(resolveUrl(r.PageRef))),
        ("when", r.When is { } w ? PredicateScript.Rule(w, assessment.Dimensions) : Lit(null)))));

    public JsExpression Advice() => Indexes(assessment.Advice);

    /// <summary>The type names the form script switches on (see docs/assessments.md).</summary>
    public static string TypeName(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => "single",
        QuestionKind.MultipleChoice => "multiple",
        QuestionKind.YesNoDontKnow => "yesno",
        QuestionKind.Scale => "scale",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private JsExpression Indexes(IReadOnlyList<Recommendation> recommendations) =>
        Array(recommendations.Select(r => Lit(IndexOf(r))));

    private int IndexOf(Recommendation r)
    {
        for (var i = 0; i < _recommendations.Count; i++)
        {
            if (ReferenceEquals(_recommendations[i], r))
            {
                return i;
            }
        }

        throw new InvalidOperationException("A recommendation that is in no outcome and no advice.");
    }
}
