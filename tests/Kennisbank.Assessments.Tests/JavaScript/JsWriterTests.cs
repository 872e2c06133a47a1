using Jint;
using Kennisbank.Assessments.JavaScript;
using static Kennisbank.Assessments.JavaScript.Js;

namespace Kennisbank.Assessments.Tests.JavaScript;

public sealed class JsWriterTests
{
    [Fact]
    public void Parenthesises_by_precedence_only_where_needed()
    {
        var e = Op(Op(Id("a"), "+", Id("b")), "*", Op(Id("c"), "-", Op(Id("d"), "-", Id("e"))));
        Assert.Equal("(a + b) * (c - (d - e))", JsWriter.Write(e));
        Assert.Equal("a || b && c", JsWriter.Write(Op(Id("a"), "||", Op(Id("b"), "&&", Id("c")))));
        Assert.Equal("(a || b) && c", JsWriter.Write(Op(Op(Id("a"), "||", Id("b")), "&&", Id("c"))));
        Assert.Equal("!(a && b)", JsWriter.Write(Not(Op(Id("a"), "&&", Id("b")))));
        Assert.Equal("typeof a !== \"x\"", JsWriter.Write(Op(TypeOf(Id("a")), "!==", Lit("x"))));
        Assert.Equal("a - (-1)", JsWriter.Write(Op(Id("a"), "-", Lit(-1))));
    }

    [Fact]
    public void Escapes_strings_so_no_text_can_break_out()
    {
        var text = "\"</script>\\\n\u2028'";
        var written = JsWriter.Write(Lit(text));
        Assert.DoesNotContain("</", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", written, StringComparison.Ordinal);
        Assert.Equal(text, new Engine().Execute("var s = " + written + ";").GetValue("s").AsString());
    }

    [Fact]
    public void A_statement_that_starts_with_a_function_or_object_is_wrapped()
    {
        var program = new JsProgram([Do(Function([], Return(Lit(1))).Call()), Do(Object(("a", Lit(1))).Dot("a"))]);
        var written = JsWriter.Write(program);
        Assert.Equal("(function() {\nreturn 1;\n})();\n({\"a\": 1}.a);\n", written);
        new Engine().Execute(written);
    }
}
