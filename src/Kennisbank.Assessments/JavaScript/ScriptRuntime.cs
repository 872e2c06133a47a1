using Kennisbank.Assessments.Evaluation;
using static Kennisbank.Assessments.JavaScript.Js;

namespace Kennisbank.Assessments.JavaScript;

/// <summary>
/// The code half of a compiled assessment: the same algorithm as <see cref="AssessmentEvaluator"/>, statement by
/// statement, over the data of <see cref="ScriptData"/> (variables <c>dims</c>, <c>questions</c>, <c>conds</c>,
/// <c>gates</c>, <c>outcomes</c>, <c>cautions</c>, <c>recs</c>, <c>advice</c>). Any change here must keep the
/// differential tests green. The evaluation itself is in <c>ScriptRuntime.Run.cs</c>, the links and codes in
/// <c>ScriptRuntime.Share.cs</c>.
/// </summary>
internal static partial class ScriptRuntime
{
    private static readonly JsExpression Null = Lit(null);

    /// <summary><c>function own(o, k)</c>: an own property, so ids like "constructor" never reach Object.prototype.</summary>
    public static JsStatement Own() =>
        Declare("own", ["o", "k"],
            Return(Id("Object").Dot("prototype").Dot("hasOwnProperty").Dot("call").Call(Id("o"), Id("k"))));

    /// <summary><c>function pick(q, v)</c>: the chosen option indexes, or null; see <see cref="AnswerReading.Pick"/>.</summary>
    public static JsStatement Pick()
    {
        var options = Id("o");
        return Declare("pick", ["q", "v"],
            Vars(("o", Id("q").Dot("options")), ("r", Array([])), ("i", null)),
            When(Op(Id("q").Dot("type"), "===", Lit("multiple")),
                When(Not(Id("Array").Dot("isArray").Call(Id("v"))), Return(Null)),
                ForEachIndex("i", options,
                    When(Op(Id("v").Dot("indexOf").Call(options.At(Id("i"))), ">=", Lit(0)), Do(Id("r").Dot("push").Call(Id("i"))))),
                Return(Id("r"))),
            WhenElse(Op(Id("q").Dot("type"), "===", Lit("scale")),
                [When(Op(TypeOf(Id("v")), "!==", Lit("number")), Return(Null)), Do(Set(Id("v"), Id("String").Call(Id("v"))))],
                [When(Op(TypeOf(Id("v")), "!==", Lit("string")), Return(Null))]),
            ForEachIndex("i", options, When(Op(options.At(Id("i")), "===", Id("v")), Return(Array([Id("i")])))),
            Return(Null));
    }

    /// <summary><c>function pct(r, m)</c>: see <see cref="Scoring.Percent"/>.</summary>
    public static JsStatement Percent() =>
        Declare("pct", ["r", "m"],
            Return(If(Op(Id("m"), ">", Lit(0)),
                Id("Math").Dot("floor").Call(Op(Op(Op(Lit(200), "*", Id("r")), "+", Id("m")), "/", Op(Lit(2), "*", Id("m")))),
                Lit(0))));

    /// <summary><c>function find(id)</c>: the index of the first question with this id, or −1.</summary>
    public static JsStatement Find() =>
        Declare("find", ["id"],
            Var("i"),
            ForEachIndex("i", Id("questions"), When(Op(Id("questions").At(Id("i")).Dot("id"), "===", Id("id")), Return(Id("i")))),
            Return(Lit(-1)));

    /// <summary>
    /// <c>function holds(p, x)</c>: the predicate tree over state <c>x</c> (<c>x.has</c>, the scores <c>x.sc</c>, the
    /// total <c>x.total</c>). Before the scores exist every score reads 0, as in the evaluator's visibility pass.
    /// </summary>
    public static JsStatement Holds()
    {
        JsExpression p = Id("p"), k = Id("k"), x = Id("x");
        return Declare("holds", ["p", "x"],
            Vars(("k", p.At(Lit(0))), ("i", null)),
            When(Op(k, "===", Lit("c")), Return(x.Dot("has").Call(p.At(Lit(1)), p.At(Lit(2))))),
            When(Op(k, "===", Lit("s")),
                Return(Op(If(Op(p.At(Lit(1)), "<", Lit(0)), x.Dot("total"), Op(x.Dot("sc").At(p.At(Lit(1))), "||", Lit(0))), ">=", p.At(Lit(2))))),
            When(Op(k, "===", Lit("n")), Return(Not(Id("holds").Call(p.At(Lit(1)), x)))),
            // "a" (all) fails at its first false part, "o" (any) holds at its first true one.
            new JsFor(Do(Set(Id("i"), Lit(1))), Op(Id("i"), "<", p.Dot("length")), Set(Id("i"), Lit(1), "+="),
                [When(Op(Id("holds").Call(p.At(Id("i")), x), "!==", Op(k, "===", Lit("a"))), Return(Op(k, "!==", Lit("a"))))]),
            Return(Op(k, "===", Lit("a"))));
    }

    /// <summary>
    /// <c>function why(p, t, x, m)</c>: marks in <c>m</c> the questions whose answers make <c>p</c> come out <c>t</c>;
    /// see <see cref="Explanation"/>. <c>x.got</c> holds each answered question's points per dimension.
    /// </summary>
    public static JsStatement Why()
    {
        JsExpression p = Id("p"), k = Id("k"), t = Id("t"), v = Id("v");
        return Declare("why", ["p", "t", "x", "m"],
            Vars(("k", p.At(Lit(0))), ("i", null), ("v", null)),
            When(Op(k, "===", Lit("c")),
                Do(Set(Id("i"), Id("find").Call(p.At(Lit(1))))),
                When(Op(Op(Id("i"), ">=", Lit(0)), "&&", Id("x").Dot("got").At(Id("i"))), Do(Set(Id("m").At(Id("i")), Lit(true)))),
                Return()),
            When(Op(k, "===", Lit("s")), Do(Id("weigh").Call(p.At(Lit(1)), t, Id("x"), Id("m"))), Return()),
            When(Op(k, "===", Lit("n")), Do(Id("why").Call(p.At(Lit(1)), Not(t), Id("x"), Id("m"))), Return()),
            new JsFor(Do(Set(Id("i"), Lit(1))), Op(Id("i"), "<", p.Dot("length")), Set(Id("i"), Lit(1), "+="),
            [
                Do(Set(v, Id("holds").Call(p.At(Id("i")), Id("x")))),
                When(If(Op(k, "===", Lit("a")), Op(t, "||", Not(v)), Op(Not(t), "||", v)),
                    Do(Id("why").Call(p.At(Id("i")), v, Id("x"), Id("m")))),
            ]));
    }

    /// <summary>
    /// <c>function weigh(d, t, x, m)</c>: marks the (at most <see cref="Explanation.AnswersPerScore"/>) answers that
    /// earned (<c>t</c>) or lost the most points on dimension <c>d</c>, or on all of them, weighted, for −1.
    /// </summary>
    public static JsStatement Weigh()
    {
        JsExpression d = Id("d"), g = Id("g"), top = Id("top"), w = Id("w"), n = Id("n"), k = Id("k"), q = Id("questions").At(Id("i"));
        var part = If(Id("t"), g.At(k), Op(q.Dot("max").At(k), "-", g.At(k)));
        return Declare("weigh", ["d", "t", "x", "m"],
            Vars(("top", Array([])), ("i", null), ("k", null), ("w", null), ("n", null), ("g", null)),
            ForEachIndex("i", Id("questions"),
                Do(Set(g, Id("x").Dot("got").At(Id("i")))),
                When(Not(g), Continue),
                Do(Set(w, Lit(0))),
                ForEachIndex("k", Id("dims"),
                    When(Op(Op(d, "<", Lit(0)), "||", Op(k, "===", d)),
                        Do(Set(w, Op(If(Op(d, "<", Lit(0)), Id("dims").At(k).Dot("weight"), Lit(1)), "*", part), "+=")))),
                When(Op(w, "<=", Lit(0)), Continue),
                // Strongest first; an earlier question stays first on a tie.
                Do(Set(n, Lit(0))),
                While(Op(Op(n, "<", top.Dot("length")), "&&", Op(top.At(n).At(Lit(1)), ">=", w)), Do(Set(n, Lit(1), "+="))),
                Do(top.Dot("splice").Call(n, Lit(0), Array([Id("i"), w]))),
                When(Op(top.Dot("length"), ">", Lit(Explanation.AnswersPerScore)), Do(top.Dot("pop").Call()))),
            ForEachIndex("i", top, Do(Set(Id("m").At(top.At(Id("i")).At(Lit(0))), Lit(true)))));
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
