using Kennisbank.Assessments.Evaluation;
using static Kennisbank.Assessments.JavaScript.Js;

namespace Kennisbank.Assessments.JavaScript;

/// <summary>
/// The code half of a compiled assessment: the same algorithm as <see cref="AssessmentEvaluator"/>, statement by
/// statement, over the data of <see cref="ScriptData"/> (variables <c>dims</c>, <c>questions</c>, <c>outcomes</c>,
/// <c>recs</c>, <c>advice</c>). Any change here must keep the differential tests green.
/// </summary>
internal static class ScriptRuntime
{
    private static readonly JsExpression Null = Lit(null);

    /// <summary><c>function own(o, k)</c>: an own property, so ids like "constructor" never reach Object.prototype.</summary>
    public static JsStatement Own() =>
        Declare("own", ["o", "k"],
            Return(Id("Object").Dot("prototype").Dot("hasOwnProperty").Dot("call").Call(Id("o"), Id("k"))));

    /// <summary><c>function pick(q, v)</c>: see <see cref="AnswerReading.Pick"/>.</summary>
    public static JsStatement Pick()
    {
        var options = Id("o");
        var option = options.At(Id("i"));
        return Declare("pick", ["q", "v"],
            Vars(("o", Id("q").Dot("options")), ("r", Array([])), ("i", null)),
            When(Op(Id("q").Dot("type"), "===", Lit("multiple")),
                When(Not(Id("Array").Dot("isArray").Call(Id("v"))), Return(Null)),
                ForEachIndex("i", options,
                    When(Op(Id("v").Dot("indexOf").Call(option.Dot("id")), ">=", Lit(0)), Do(Id("r").Dot("push").Call(Id("i"))))),
                Return(Id("r"))),
            WhenElse(Op(Id("q").Dot("type"), "===", Lit("scale")),
                [When(Op(TypeOf(Id("v")), "!==", Lit("number")), Return(Null)), Do(Set(Id("v"), Id("String").Call(Id("v"))))],
                [When(Op(TypeOf(Id("v")), "!==", Lit("string")), Return(Null))]),
            ForEachIndex("i", options, When(Op(option.Dot("id"), "===", Id("v")), Return(Array([Id("i")])))),
            Return(Null));
    }

    /// <summary><c>function rank(list, r)</c>: keeps the strongest reasons; ties keep question order.</summary>
    public static JsStatement Rank()
    {
        JsExpression Strength(JsExpression reason) => Id("Math").Dot("abs").Call(reason.Dot("effect"));
        var list = Id("list");
        return Declare("rank", ["list", "r"],
            Var("n", Lit(0)),
            While(Op(Op(Id("n"), "<", list.Dot("length")), "&&", Op(Strength(list.At(Id("n"))), ">=", Strength(Id("r")))),
                Do(Set(Id("n"), Lit(1), "+="))),
            Do(list.Dot("splice").Call(Id("n"), Lit(0), Id("r"))),
            When(Op(list.Dot("length"), ">", Lit(AssessmentEvaluator.ReasonCount)), Do(list.Dot("pop").Call())));
    }

    /// <summary><c>function run(a)</c>: the evaluator.</summary>
    public static JsStatement Run()
    {
        JsExpression q = Id("q"), k = Id("k"), j = Id("j"), dims = Id("dims");
        JsExpression Push(string list, JsExpression value) => Id(list).Dot("push").Call(value);
        JsExpression Percent(JsExpression part, JsExpression whole) =>
            If(Op(whole, ">", Lit(0)), Id("Math").Dot("floor").Call(Op(Op(part, "+", whole), "/", Op(Lit(2), "*", whole))), Lit(0));
        var picked = q.Dot("options").At(Id("p").At(j));
        var rule = Id("has");
        return Declare("run", ["a"],
            When(Op(Op(Id("a"), "===", Null), "||", Op(TypeOf(Id("a")), "!==", Lit("object"))), Do(Set(Id("a"), Object()))),
            Vars(("chosen", Object()), ("visible", Array([])), ("missing", Array([])), ("reasons", Array([])),
                ("raw", Array([])), ("max", Array([])), ("scores", Array([])), ("dimensions", Object()),
                ("recommendations", Array([])), ("weights", Lit(0)), ("sum", Lit(0)), ("outcome", Null),
                ("i", null), ("j", null), ("k", null), ("q", null), ("p", null), ("ids", null), ("got", null),
                ("effect", null), ("total", null)),
            Declare("has", ["q", "o"],
                Return(Op(Id("own").Call(Id("chosen"), q), "&&", Op(Id("chosen").At(q).Dot("indexOf").Call(Id("o")), ">=", Lit(0))))),
            ForEachIndex("k", dims, Do(Push("raw", Lit(0))), Do(Push("max", Lit(0)))),

            // Questions in order; a hidden question neither counts nor is counted against.
            ForEachIndex("i", Id("questions"),
                Do(Set(q, Id("questions").At(Id("i")))),
                When(Op(q.Dot("when"), "&&", Not(q.Dot("when").Call(Id("has")))), Continue),
                Do(Push("visible", q.Dot("id"))),
                Do(Set(Id("p"), Id("pick").Call(q, If(Id("own").Call(Id("a"), q.Dot("id")), Id("a").At(q.Dot("id")), Null)))),
                Do(Set(Id("effect"), Lit(0))),
                ForEachIndex("k", dims,
                    Do(Set(Id("got"), Lit(0))),
                    When(Id("p"), ForEachIndex("j", Id("p"), Do(Set(Id("got"), picked.Dot("points").At(k), "+=")))),
                    Do(Set(Id("raw").At(k), Id("got"), "+=")),
                    Do(Set(Id("max").At(k), q.Dot("max").At(k), "+=")),
                    Do(Set(Id("effect"), Op(Op(Lit(2), "*", Id("got")), "-", q.Dot("max").At(k)), "+="))),
                When(Not(Id("p")), Do(Push("missing", q.Dot("id"))), Continue),
                Do(Set(Id("ids"), Array([]))),
                ForEachIndex("j", Id("p"), Do(Push("ids", picked.Dot("id")))),
                Do(Set(Id("chosen").At(q.Dot("id")), Id("ids"))),
                When(Op(Id("effect"), "!==", Lit(0)),
                    Do(Id("rank").Call(Id("reasons"), Object(("question", q.Dot("id")), ("options", Id("ids")), ("effect", Id("effect"))))))),

            // Scores: integer rounding, halves up (see Scoring).
            ForEachIndex("k", dims,
                Do(Push("scores", Percent(Op(Lit(200), "*", Id("raw").At(k)), Id("max").At(k)))),
                Do(Set(Id("dimensions").At(dims.At(k).Dot("id")),
                    Object(("raw", Id("raw").At(k)), ("max", Id("max").At(k)), ("score", Id("scores").At(k))))),
                When(Op(Id("max").At(k), ">", Lit(0)),
                    Do(Set(Id("weights"), dims.At(k).Dot("weight"), "+=")),
                    Do(Set(Id("sum"), Op(dims.At(k).Dot("weight"), "*", Id("scores").At(k)), "+=")))),
            Do(Set(Id("total"), Percent(Op(Lit(2), "*", Id("sum")), Id("weights")))),

            // The first outcome whose rule holds; the validator proves there is exactly one for complete answers.
            ForEachIndex("i", Id("outcomes"),
                When(Id("outcomes").At(Id("i")).Dot("rule").Call(rule, Id("scores"), Id("total")),
                    Do(Set(Id("outcome"), Id("outcomes").At(Id("i")))), Break)),
            Do(Set(Id("p"), If(Id("outcome"), Id("outcome").Dot("recs"), Array([])).Dot("concat").Call(Id("advice")))),
            ForEachIndex("i", Id("p"),
                Do(Set(q, Id("recs").At(Id("p").At(Id("i"))))),
                When(Op(Not(q.Dot("when")), "||", q.Dot("when").Call(rule, Id("scores"), Id("total"))),
                    Do(Push("recommendations", Object(("title", q.Dot("title")), ("url", q.Dot("url"))))))),
            Return(Object(
                ("complete", Op(Id("missing").Dot("length"), "===", Lit(0))),
                ("outcome", If(Id("outcome"), Id("outcome").Dot("id"), Null)),
                ("score", Id("total")),
                ("dimensions", Id("dimensions")),
                ("visible", Id("visible")),
                ("missing", Id("missing")),
                ("reasons", Id("reasons")),
                ("recommendations", Id("recommendations")))));
    }

    /// <summary>
    /// The public <c>evaluate(answers)</c>: whatever it is given, it returns a result or <c>{ error }</c>, never throws
    /// (answers may come from a tampered link or another script).
    /// </summary>
    public static JsExpression Evaluate() =>
        Function(["a"],
            Try([Return(Id("run").Call(Id("a")))], "e",
                Return(Object(("error", Id("String").Call(Id("e")))))));
}
