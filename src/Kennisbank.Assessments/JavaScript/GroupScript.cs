using Kennisbank.Assessments.Group;
using Kennisbank.Assessments.Sharing;
using static Kennisbank.Assessments.JavaScript.Js;

namespace Kennisbank.Assessments.JavaScript;

/// <summary>
/// The group session's logic as one ES5.1 script for every assessment: <c>kbGroup.combine(A, members)</c> takes a
/// compiled assessment and the members' answers and returns what <see cref="GroupCombiner"/> returns;
/// <c>kbGroup.read(A, text)</c> reads a pasted link or share code as <see cref="Sharing.ShareCodes.Read"/> does. Only the
/// facilitator's page loads it, so the members' pages stay within their budget.
/// </summary>
public static class GroupScript
{
    public const string Global = "kbGroup";

    public static string Emit() => JsWriter.Write(Build());

    public static JsProgram Build()
    {
        var module = Function([],
        [
            ScriptRuntime.Own(),
            Spread(),
            Combine(),
            Read(),
            Return(Object(
                ("combine", Function(["A", "m"],
                    Try([Return(Id("combine").Call(Id("A"), Id("m")))], "e", Return(Object(("error", Id("String").Call(Id("e")))))))),
                ("read", Function(["A", "t"],
                    Try([Return(Id("read").Call(Id("A"), Id("t")))], "e", Return(Object(("error", Lit("damaged"))))))))),
        ]);
        return new JsProgram([Var(Global, module.Call())]);
    }

    /// <summary><c>function read(A, t)</c>: a link goes to the assessment's own <c>read</c>; a share code
    /// (tag-session-member-answers-check, case-insensitive, ASCII only) is decoded here and accepted only if the
    /// assessment's <c>share</c> writes exactly it again.</summary>
    private static JsStatement Read()
    {
        JsExpression A = Id("A"), t = Id("t"), u = Id("u"), parts = Id("parts"), a = Id("a"), q = Id("q"), v = Id("v"), n = Id("n");
        var damaged = Return(Object(("error", Lit("damaged"))));
        return Declare("read", ["A", "t"],
            Vars(("u", null), ("parts", null), ("a", Object()), ("i", null), ("j", null), ("q", null), ("v", null), ("n", null),
                ("pos", Lit(0)), ("made", null)),
            When(Op(TypeOf(t), "!==", Lit("string")), damaged),
            Do(Set(u, t.Dot("trim").Call())),
            When(Op(u, "===", Lit("")), Return(Object(("error", Lit("empty"))))),
            When(Op(u.Dot("indexOf").Call(Lit("#")), ">=", Lit(0)), Do(Set(u, u.Dot("slice").Call(Op(u.Dot("indexOf").Call(Lit("#")), "+", Lit(1)))))),
            Try([Do(Set(u, Id("decodeURIComponent").Call(u)))], "e", damaged),
            When(Op(u.Dot("indexOf").Call(Lit("r=")), "===", Lit(0)), Return(A.Dot("read").Call(t))),
            ForEachIndex("i", u, When(Op(Lit(ShareCodes.CodeCharacters).Dot("indexOf").Call(u.Dot("charAt").Call(Id("i"))), "<", Lit(0)), damaged)),
            Do(Set(u, u.Dot("toLowerCase").Call())),
            Do(Set(parts, u.Dot("split").Call(Lit("-")))),
            When(Op(parts.Dot("length"), "!==", Lit(5)), damaged),
            When(Op(parts.At(Lit(0)), "!==", A.Dot("tag")), Return(Object(("error", Lit("other"))))),
            ForEachIndex("i", A.Dot("questions"),
                Do(Set(q, A.Dot("questions").At(Id("i")))),
                Do(Set(v, parts.At(Lit(3)).Dot("slice").Call(Id("pos"), Op(Id("pos"), "+", If(Op(q.Dot("type"), "===", Lit("multiple")), Lit(3), Lit(1)))))),
                Do(Set(Id("pos"), v.Dot("length"), "+=")),
                Do(Set(n, Lit(0))),
                ForEachIndex("j", v, Do(Set(n, Op(Op(n, "*", Lit(36)), "+", Lit(ShareCodes.Digits).Dot("indexOf").Call(v.Dot("charAt").Call(Id("j"))))))),
                When(Op(n, "<=", Lit(0)), Continue),
                WhenElse(Op(q.Dot("type"), "===", Lit("multiple")),
                [
                    Do(Set(a.At(q.Dot("id")), Array([]))),
                    ForEachIndex("j", q.Dot("options"),
                        When(Op(Op(Id("Math").Dot("floor").Call(Op(Op(n, "-", Lit(1)), "/", Id("Math").Dot("pow").Call(Lit(2), Id("j")))), "%", Lit(2)), "===", Lit(1)),
                            Do(a.At(q.Dot("id")).Dot("push").Call(q.Dot("options").At(Id("j")))))),
                ],
                [
                    When(Op(n, ">", q.Dot("options").Dot("length")), damaged),
                    Do(Set(v, q.Dot("options").At(Op(n, "-", Lit(1))))),
                    Do(Set(a.At(q.Dot("id")), If(Op(q.Dot("type"), "===", Lit("scale")), Id("Number").Call(v), v))),
                ])),
            Do(Set(Id("made"), A.Dot("share").Call(a, parts.At(Lit(1)), parts.At(Lit(2))))),
            When(Op(Op(Id("pos"), "!==", parts.At(Lit(3)).Dot("length")), "||", Op(Not(Id("made")), "||", Op(Id("made").Dot("code"), "!==", u))), damaged),
            Return(Object(("answers", a), ("session", parts.At(Lit(1))), ("member", parts.At(Lit(2))))));
    }

    /// <summary><c>function spread(id, v, of)</c>: lowest, median (the middle two averaged, halves up) and highest.</summary>
    private static JsStatement Spread()
    {
        JsExpression v = Id("v"), n = Id("n"), h = Id("h");
        return Declare("spread", ["id", "v", "of"],
            Do(v.Dot("sort").Call(Function(["x", "y"], Return(Op(Id("x"), "-", Id("y")))))),
            Vars(("n", v.Dot("length")), ("h", Id("Math").Dot("floor").Call(Op(n, "/", Lit(2))))),
            Return(Object(
                ("id", Id("id")),
                ("n", n),
                ("min", If(n, v.At(Lit(0)), Lit(0))),
                ("median", If(Op(n, "===", Lit(0)), Lit(0), If(Op(Op(n, "%", Lit(2)), "===", Lit(1)), v.At(h),
                    Id("Math").Dot("floor").Call(Op(Op(Op(v.At(Op(h, "-", Lit(1))), "+", v.At(h)), "+", Lit(1)), "/", Lit(2)))))),
                ("max", If(n, v.At(Op(n, "-", Lit(1))), Lit(0))),
                ("of", Id("of")))));
    }

    private static JsStatement Combine()
    {
        JsExpression A = Id("A"), rs = Id("rs"), r = Id("rs").At(Id("j")), q = Id("q"), c = Id("c"), n = Id("n"), v = Id("v"),
            counts = Id("counts"), keys = Id("keys"), key = Id("key"), o = A.Dot("outcomes").At(Id("i"));
        JsExpression Push(JsExpression list, JsExpression value) => list.Dot("push").Call(value);
        JsExpression Inc(JsExpression target) => Set(target, Lit(1), "+=");
        return Declare("combine", ["A", "members"],
            Vars(("rs", Array([])), ("out", Array([])), ("dims", Array([])), ("fits", Array([])), ("qs", Array([])), ("cs", Array([])),
                ("best", Lit(0)), ("winner", Lit(null)), ("ties", Lit(0)), ("f", Lit(0)), ("i", null), ("j", null), ("k", null),
                ("q", null), ("c", null), ("n", null), ("v", null), ("key", null), ("counts", null), ("keys", null), ("same", null)),
            ForEachIndex("i", Id("members"), Do(Push(rs, A.Dot("evaluate").Call(Id("members").At(Id("i")))))),

            // The tally, in outcome order; the group's outcome only when one outcome has the most members.
            ForEachIndex("i", A.Dot("outcomes"),
                Do(Set(n, Lit(0))),
                ForEachIndex("j", rs, When(Op(r.Dot("outcome"), "===", o.Dot("id")), Do(Inc(n)))),
                When(Op(n, "===", Lit(0)), Continue),
                Do(Push(Id("out"), Object(("id", o.Dot("id")), ("count", n)))),
                WhenElse(Op(n, ">", Id("best")),
                    [Do(Set(Id("best"), n)), Do(Set(Id("winner"), o.Dot("id"))), Do(Set(Id("ties"), Lit(1)))],
                    [When(Op(n, "===", Id("best")), Do(Inc(Id("ties"))))])),

            // Each dimension over the members it applies to, and each outcome's conditions met.
            ForEachIndex("k", A.Dot("dimensions"),
                Do(Set(v, Array([]))),
                ForEachIndex("j", rs,
                    Do(Set(c, r.Dot("dimensions").At(A.Dot("dimensions").At(Id("k")).Dot("id")))),
                    When(Op(c.Dot("max"), ">", Lit(0)), Do(Push(v, c.Dot("score"))))),
                Do(Push(Id("dims"), Id("spread").Call(A.Dot("dimensions").At(Id("k")).Dot("id"), v, Lit(100))))),
            ForEachIndex("i", A.Dot("outcomes"),
                When(o.Dot("fallback"), Continue),
                Do(Set(v, Array([]))),
                ForEachIndex("j", rs, Do(Push(v, r.Dot("fits").At(Id("f")).Dot("met")))),
                Do(Push(Id("fits"), Id("spread").Call(o.Dot("id"), v, o.Dot("req").Dot("length")))),
                Do(Inc(Id("f")))),

            // Per question: the answers given (by option index, or the set as a bit mask) and the pairs that differ.
            ForEachIndex("i", A.Dot("questions"),
                Do(Set(q, A.Dot("questions").At(Id("i")))),
                Do(Set(counts, Object())), Do(Set(keys, Array([]))), Do(Set(n, Lit(0))),
                ForEachIndex("j", rs,
                    When(Not(Id("own").Call(r.Dot("answers"), q.Dot("id"))), Continue),
                    Do(Set(c, r.Dot("answers").At(q.Dot("id")))),
                    Do(Inc(n)),
                    WhenElse(Op(q.Dot("type"), "===", Lit("multiple")),
                        [Do(Set(key, Lit(0))), ForEachIndex("k", c, Do(Set(key, Id("Math").Dot("pow").Call(Lit(2), q.Dot("options").Dot("indexOf").Call(c.At(Id("k")))), "+=")))],
                        [Do(Set(key, q.Dot("options").Dot("indexOf").Call(c.At(Lit(0)))))]),
                    WhenElse(Id("own").Call(counts, key),
                        [Do(Inc(counts.At(key).Dot("count")))],
                        [Do(Set(counts.At(key), Object(("options", c), ("count", Lit(1))))), Do(Push(keys, key))])),
                When(Op(n, "===", Lit(0)), Continue),
                Do(keys.Dot("sort").Call(Function(["x", "y"], Return(Op(Id("x"), "-", Id("y")))))),
                Do(Set(Id("same"), Lit(0))), Do(Set(v, Array([]))),
                ForEachIndex("k", keys,
                    Do(Set(Id("same"), Op(counts.At(keys.At(Id("k"))).Dot("count"), "*", counts.At(keys.At(Id("k"))).Dot("count")), "+=")),
                    Do(Push(v, counts.At(keys.At(Id("k")))))),
                Do(Push(Id("qs"), Object(("question", q.Dot("id")), ("n", n), ("differing", Op(Op(Op(n, "*", n), "-", Id("same")), "/", Lit(2))),
                    ("answers", v), ("i", Id("i")))))),
            Do(Id("qs").Dot("sort").Call(Function(["x", "y"],
                Return(Op(Op(Id("y").Dot("differing"), "-", Id("x").Dot("differing")), "||", Op(Id("x").Dot("i"), "-", Id("y").Dot("i"))))))),
            Do(Set(v, Array([]))),
            ForEachIndex("i", Id("qs"), Do(Push(v, Object(("question", Id("qs").At(Id("i")).Dot("question")), ("n", Id("qs").At(Id("i")).Dot("n")),
                ("differing", Id("qs").At(Id("i")).Dot("differing")), ("answers", Id("qs").At(Id("i")).Dot("answers")))))),

            ForEachIndex("i", A.Dot("cautions"),
                Do(Set(n, Lit(0))),
                ForEachIndex("j", rs, When(Op(r.Dot("cautions").Dot("indexOf").Call(A.Dot("cautions").At(Id("i")).Dot("id")), ">=", Lit(0)), Do(Inc(n)))),
                When(n, Do(Push(Id("cs"), Object(("id", A.Dot("cautions").At(Id("i")).Dot("id")), ("count", n)))))),
            Return(Object(
                ("count", rs.Dot("length")),
                ("outcome", If(Op(Id("ties"), "===", Lit(1)), Id("winner"), Lit(null))),
                ("outcomes", Id("out")),
                ("dimensions", Id("dims")),
                ("fits", Id("fits")),
                ("questions", v),
                ("cautions", Id("cs")))));
    }
}
