using Kennisbank.Assessments.Sharing;
using static Kennisbank.Assessments.JavaScript.Js;

namespace Kennisbank.Assessments.JavaScript;

/// <summary>
/// The result link and the share code: <c>share(answers, session, member)</c> writes both, <c>read(text)</c> reads a
/// link, the same as <see cref="ShareCodes"/> (the format is in docs/assessments.md). Reading is exact: anything that is
/// not what <c>share</c> writes is "damaged", which is how a tampered or truncated link is caught.
/// </summary>
internal static partial class ScriptRuntime
{
    /// <summary><c>function pad(t, w)</c>: zeros in front up to width <c>w</c>.</summary>
    public static JsStatement Pad() =>
        Declare("pad", ["t", "w"],
            While(Op(Id("t").Dot("length"), "<", Id("w")), Do(Set(Id("t"), Op(Lit("0"), "+", Id("t"))))),
            Return(Id("t")));

    /// <summary><c>function token(t, n)</c>: a session (6) or member (4) code of the unambiguous alphabet.</summary>
    public static JsStatement Token() =>
        Declare("token", ["t", "n"],
            Var("i"),
            When(Op(Op(TypeOf(Id("t")), "!==", Lit("string")), "||", Op(Id("t").Dot("length"), "!==", Id("n"))), Return(Lit(false))),
            ForEachIndex("i", Id("t"), When(Op(Id("abc").Dot("indexOf").Call(Id("t").Dot("charAt").Call(Id("i"))), "<", Lit(0)), Return(Lit(false)))),
            Return(Lit(true)));

    /// <summary><c>function check(t)</c>: two base-36 check characters over the code and the assessment's fingerprint.</summary>
    public static JsStatement Check() =>
        Declare("check", ["t"],
            Vars(("h", Id("print")), ("i", null)),
            ForEachIndex("i", Id("t"),
                Do(Set(Id("h"), Op(Op(Op(Id("h"), "*", Lit(ShareCodes.CheckFactor)), "+", Id("t").Dot("charCodeAt").Call(Id("i"))), "%", Lit(ShareCodes.CheckModulus))))),
            Return(Id("pad").Call(Id("h").Dot("toString").Call(Lit(36)), Lit(2))));

    /// <summary><c>function share(a, s, m)</c>: <c>{ link, code }</c> for complete answers, else null.</summary>
    public static JsStatement Share()
    {
        JsExpression q = Id("q"), r = Id("r"), ids = Id("ids"), s = Id("s"), m = Id("m");
        var index = q.Dot("options").Dot("indexOf");
        return Declare("share", ["a", "s", "m"],
            Vars(("r", Id("run").Call(Id("a"))), ("link", Array([])), ("code", Lit("")), ("i", null), ("j", null), ("q", null), ("n", null), ("ids", null)),
            When(Op(Op(Not(r.Dot("complete")), "||", Op(Op(s, "!==", Null), "&&", Not(Id("token").Call(s, Lit(6))))), "||",
                    Op(Op(m, "!==", Null), "&&", Op(Op(s, "===", Null), "||", Not(Id("token").Call(m, Lit(4)))))),
                Return(Null)),
            ForEachIndex("i", Id("questions"),
                Do(Set(q, Id("questions").At(Id("i")))),
                When(Not(Id("own").Call(r.Dot("answers"), q.Dot("id"))),
                    Do(Set(Id("code"), If(Op(q.Dot("type"), "===", Lit("multiple")), Lit("000"), Lit("0")), "+=")), Continue),
                Do(Set(ids, r.Dot("answers").At(q.Dot("id")))),
                Do(Id("link").Dot("push").Call(Op(Op(q.Dot("id"), "+", Lit(":")), "+", ids.Dot("join").Call(Lit("+"))))),
                WhenElse(Op(q.Dot("type"), "===", Lit("multiple")),
                [
                    Do(Set(Id("n"), Lit(1))),
                    ForEachIndex("j", ids, Do(Set(Id("n"), Id("Math").Dot("pow").Call(Lit(2), index.Call(ids.At(Id("j")))), "+="))),
                    Do(Set(Id("code"), Id("pad").Call(Id("n").Dot("toString").Call(Lit(36)), Lit(3)), "+=")),
                ],
                [Do(Set(Id("code"), Op(index.Call(ids.At(Lit(0))), "+", Lit(1)).Dot("toString").Call(Lit(36)), "+="))])),
            Do(Set(Id("code"), Op(Op(Op(Op(Op(Op(Id("tag"), "+", Lit("-")), "+", s), "+", Lit("-")), "+", m), "+", Lit("-")), "+", Id("code")))),
            Return(Object(
                ("link", Op(Op(Lit("r="), "+", Id("link").Dot("join").Call(Lit(","))), "+",
                    If(Op(s, "===", Null), Lit(""), Op(Op(Lit("&s="), "+", s), "+", If(Op(m, "===", Null), Lit(""), Op(Lit("&m="), "+", m)))))),
                ("code", If(Op(m, "===", Null), Null, Op(Op(Id("code"), "+", Lit("-")), "+", Id("check").Call(Id("code"))))))));
    }

    /// <summary><c>function read(t)</c>: a result link as <c>{ answers, session, member }</c>, or <c>{ error }</c> ("empty",
    /// "damaged"). A member's page reads only links; share codes are read by the group script (<c>GroupScript</c>),
    /// which only the facilitator's page loads.</summary>
    public static JsStatement Read()
    {
        JsExpression t = Id("t"), parts = Id("parts"), a = Id("a"), q = Id("q"), v = Id("v");
        var damaged = Return(Object(("error", Lit("damaged"))));
        JsExpression Slice(JsExpression e, int from) => e.Dot("slice").Call(Lit(from));
        return Declare("read", ["t"],
            Vars(("parts", null), ("a", Object()), ("s", Null), ("m", Null), ("i", null), ("j", null), ("q", null), ("v", null),
                ("kv", null), ("made", null)),
            When(Op(TypeOf(t), "!==", Lit("string")), damaged),
            Do(Set(t, t.Dot("trim").Call())),
            When(Op(t, "===", Lit("")), Return(Object(("error", Lit("empty"))))),
            When(Op(t.Dot("indexOf").Call(Lit("#")), ">=", Lit(0)), Do(Set(t, t.Dot("slice").Call(Op(t.Dot("indexOf").Call(Lit("#")), "+", Lit(1)))))),
            Try([Do(Set(t, Id("decodeURIComponent").Call(t)))], "e", damaged),
            When(Op(t.Dot("indexOf").Call(Lit("r=")), "!==", Lit(0)), damaged),
            // r=answers, then optionally &s=session and &m=member.
            Do(Set(parts, t.Dot("split").Call(Lit("&")))),
            When(Op(Op(parts.Dot("length"), ">", Lit(1)), "&&", Op(parts.At(Lit(1)).Dot("indexOf").Call(Lit("s=")), "===", Lit(0))), Do(Set(Id("s"), Slice(parts.At(Lit(1)), 2)))),
            When(Op(Op(parts.Dot("length"), ">", Lit(2)), "&&", Op(parts.At(Lit(2)).Dot("indexOf").Call(Lit("m=")), "===", Lit(0))), Do(Set(Id("m"), Slice(parts.At(Lit(2)), 2)))),
            Do(Set(parts, Slice(parts.At(Lit(0)), 2).Dot("split").Call(Lit(",")))),
            ForEachIndex("i", parts,
                Do(Set(Id("kv"), parts.At(Id("i")).Dot("split").Call(Lit(":")))),
                Do(Set(Id("j"), Id("find").Call(Id("kv").At(Lit(0))))),
                When(Op(Op(Id("kv").Dot("length"), "!==", Lit(2)), "||", Op(Op(Id("j"), "<", Lit(0)), "||", Id("own").Call(a, Id("kv").At(Lit(0))))), damaged),
                Do(Set(q, Id("questions").At(Id("j")))),
                Do(Set(v, Id("kv").At(Lit(1)))),
                Do(Set(a.At(q.Dot("id")), If(Op(q.Dot("type"), "===", Lit("multiple")), If(v, v.Dot("split").Call(Lit("+")), Array([])),
                    If(Op(q.Dot("type"), "===", Lit("scale")), Id("Number").Call(v), v))))),
            Do(Set(Id("made"), Id("share").Call(a, Id("s"), Id("m")))),
            When(Op(Not(Id("made")), "||", Op(Id("made").Dot("link"), "!==", t)), damaged),
            Return(Object(("answers", a), ("session", Id("s")), ("member", Id("m")))));
    }

    /// <summary>The public <c>share</c> and <c>read</c>, which never throw either.</summary>
    public static JsExpression Guarded(string function, string[] parameters, JsExpression fallback) =>
        Function(parameters,
            Try([Return(Id(function).Call([.. parameters.Select(p => (JsExpression)Id(p))]))], "e", Return(fallback)));
}
