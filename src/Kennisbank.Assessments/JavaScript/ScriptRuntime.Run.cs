using static Kennisbank.Assessments.JavaScript.Js;

namespace Kennisbank.Assessments.JavaScript;

/// <summary><c>function run(a)</c>: the evaluator (<see cref="Evaluation.AssessmentEvaluator"/>), statement by statement.</summary>
internal static partial class ScriptRuntime
{
    public static JsStatement Run()
    {
        JsExpression q = Id("q"), k = Id("k"), j = Id("j"), o = Id("o"), x = Id("x"), dims = Id("dims");
        JsExpression Push(string list, JsExpression value) => Id(list).Dot("push").Call(value);
        JsExpression Holds(JsExpression p) => Id("holds").Call(p, x);
        JsExpression Cond(JsExpression index) => Id("conds").At(index);
        JsExpression Value(JsExpression index) => Id("cv").At(index);
        return Declare("run", ["a"],
            When(Op(Op(Id("a"), "===", Null), "||", Op(TypeOf(Id("a")), "!==", Lit("object"))), Do(Set(Id("a"), Object()))),
            Vars(("chosen", Object()), ("x", Object(("sc", Array([])), ("total", Lit(0)), ("got", Array([])))),
                ("visible", Array([])), ("missing", Array([])), ("raw", Array([])), ("max", Array([])), ("dimensions", Object()),
                ("failed", Array([])), ("ids", Array([])), ("fits", Array([])), ("reasons", Array([])), ("shown", Array([])),
                ("notes", Array([])), ("outcome", Null), ("best", Null), ("bn", Lit(0)), ("contrast", Null), ("sr", Lit(0)),
                ("sm", Lit(0)), ("cv", Array([])), ("i", null), ("j", null), ("k", null), ("q", null), ("p", null), ("g", null), ("w", null),
                ("n", null), ("o", null)),
            Do(Set(x.Dot("has"), Function(["q", "o"],
                Return(Op(Id("own").Call(Id("chosen"), q), "&&", Op(Id("chosen").At(q).Dot("indexOf").Call(o), ">=", Lit(0))))))),
            // Condition c (an index into conds) and the answers that decided it, as the evaluator's Reason.
            Declare("reason", ["c"],
                Vars(("m", Array([])), ("r", Array([])), ("i", null)),
                Do(Id("why").Call(Cond(Id("c")).Dot("p"), Value(Id("c")), x, Id("m"))),
                ForEachIndex("i", Id("questions"), When(Id("m").At(Id("i")), Do(Id("r").Dot("push").Call(Id("questions").At(Id("i")).Dot("id"))))),
                Return(Object(("condition", Cond(Id("c")).Dot("id")), ("holds", Value(Id("c"))), ("questions", Id("r"))))),
            Declare("met", ["o"],
                Vars(("n", Lit(0)), ("i", null)),
                ForEachIndex("i", o.Dot("req"), When(Value(o.Dot("req").At(Id("i"))), Do(Set(Id("n"), Lit(1), "+=")))),
                Return(Id("n"))),
            ForEachIndex("k", dims, Do(Push("raw", Lit(0))), Do(Push("max", Lit(0)))),

            // Questions in order; a hidden question neither counts nor is counted against.
            ForEachIndex("i", Id("questions"),
                Do(Set(q, Id("questions").At(Id("i")))),
                Do(x.Dot("got").Dot("push").Call(Null)),
                When(Op(q.Dot("when"), "&&", Not(Holds(q.Dot("when")))), Continue),
                Do(Push("visible", q.Dot("id"))),
                Do(Set(Id("p"), Id("pick").Call(q, If(Id("own").Call(Id("a"), q.Dot("id")), Id("a").At(q.Dot("id")), Null)))),
                Do(Set(Id("g"), Array([]))),
                ForEachIndex("k", dims,
                    Do(Set(Id("w"), Lit(0))),
                    When(Id("p"), ForEachIndex("j", Id("p"), Do(Set(Id("w"), q.Dot("points").At(Id("p").At(j)).At(k), "+=")))),
                    Do(Id("g").Dot("push").Call(Id("w"))),
                    Do(Set(Id("raw").At(k), Id("w"), "+=")),
                    Do(Set(Id("max").At(k), q.Dot("max").At(k), "+="))),
                When(Not(Id("p")), Do(Push("missing", q.Dot("id"))), Continue),
                Do(Set(x.Dot("got").At(Id("i")), Id("g"))),
                Do(Set(Id("ids"), Array([]))),
                ForEachIndex("j", Id("p"), Do(Push("ids", q.Dot("options").At(Id("p").At(j))))),
                Do(Set(Id("chosen").At(q.Dot("id")), Id("ids")))),

            // Scores: integer rounding, halves up; the total pools every dimension's points (see Scoring).
            ForEachIndex("k", dims,
                Do(x.Dot("sc").Dot("push").Call(Id("pct").Call(Id("raw").At(k), Id("max").At(k)))),
                Do(Set(Id("dimensions").At(dims.At(k).Dot("id")),
                    Object(("raw", Id("raw").At(k)), ("max", Id("max").At(k)), ("score", x.Dot("sc").At(k))))),
                Do(Set(Id("sr"), Op(dims.At(k).Dot("weight"), "*", Id("raw").At(k)), "+=")),
                Do(Set(Id("sm"), Op(dims.At(k).Dot("weight"), "*", Id("max").At(k)), "+="))),
            Do(Set(x.Dot("total"), Id("pct").Call(Id("sr"), Id("sm")))),
            // Every condition once: gates and outcomes share them, and reasons read them again.
            ForEachIndex("i", Id("conds"), Do(Push("cv", Holds(Cond(Id("i")).Dot("p"))))),

            // A failed gate decides on its own; otherwise the first outcome whose conditions all hold.
            ForEachIndex("i", Id("gates"), When(Not(Value(Id("gates").At(Id("i")))), Do(Push("failed", Id("gates").At(Id("i")))))),
            ForEachIndex("i", Id("outcomes"),
                Do(Set(o, Id("outcomes").At(Id("i")))),
                When(If(Id("failed").Dot("length"), o.Dot("fallback"), Op(Id("met").Call(o), "===", o.Dot("req").Dot("length"))),
                    Do(Set(Id("outcome"), o)), Break)),

            // Fits, and the runner-up: the largest share of conditions met, compared in integers; the earlier on a tie.
            ForEachIndex("i", Id("outcomes"),
                Do(Set(o, Id("outcomes").At(Id("i")))),
                When(o.Dot("fallback"), Continue),
                Do(Set(Id("n"), Id("met").Call(o))),
                Do(Push("fits", Object(("outcome", o.Dot("id")), ("met", Id("n")), ("of", o.Dot("req").Dot("length"))))),
                When(Op(Op(o, "===", Id("outcome")), "||", Op(Op(Id("n"), "===", o.Dot("req").Dot("length")), "&&", Not(Id("failed").Dot("length")))), Continue),
                When(Op(Not(Id("best")), "||", Op(Op(Id("n"), "*", Id("best").Dot("req").Dot("length")), ">", Op(Id("bn"), "*", o.Dot("req").Dot("length")))),
                    Do(Set(Id("best"), o)), Do(Set(Id("bn"), Id("n"))))),
            When(Id("best"),
                Do(Set(Id("ids"), Array([]))),
                ForEachIndex("j", Id("best").Dot("req"),
                    When(Not(Value(Id("best").Dot("req").At(j))), Do(Push("ids", Id("reason").Call(Id("best").Dot("req").At(j)))))),
                Do(Set(Id("contrast"), Object(("outcome", Id("best").Dot("id")), ("reasons", Id("ids")))))),
            WhenElse(Id("failed").Dot("length"),
                [ForEachIndex("i", Id("failed"), Do(Push("reasons", Id("reason").Call(Id("failed").At(Id("i"))))))],
                [When(Op(Id("outcome"), "&&", Not(Id("outcome").Dot("fallback"))),
                    ForEachIndex("j", Id("outcome").Dot("req"), Do(Push("reasons", Id("reason").Call(Id("outcome").Dot("req").At(j))))))]),
            ForEachIndex("i", Id("cautions"), When(Holds(Id("cautions").At(Id("i")).Dot("p")), Do(Push("shown", Id("cautions").At(Id("i")).Dot("id"))))),
            Do(Set(Id("p"), If(Id("outcome"), Id("outcome").Dot("recs"), Array([])).Dot("concat").Call(Id("advice")))),
            ForEachIndex("i", Id("p"),
                Do(Set(Id("w"), Id("recs").At(Id("p").At(Id("i"))))),
                When(Op(Not(Id("w")), "||", Holds(Id("w"))), Do(Push("notes", Id("p").At(Id("i")))))),
            Do(Set(Id("ids"), Array([]))),
            ForEachIndex("i", Id("failed"), Do(Push("ids", Cond(Id("failed").At(Id("i"))).Dot("id")))),
            Return(Object(
                ("complete", Op(Id("missing").Dot("length"), "===", Lit(0))),
                ("outcome", If(Id("outcome"), Id("outcome").Dot("id"), Null)),
                ("score", x.Dot("total")),
                ("dimensions", Id("dimensions")),
                ("visible", Id("visible")),
                ("missing", Id("missing")),
                ("answers", Id("chosen")),
                ("failed", Id("ids")),
                ("fits", Id("fits")),
                ("reasons", Id("reasons")),
                ("contrast", Id("contrast")),
                ("cautions", Id("shown")),
                ("recommendations", Id("notes")))));
    }
}
