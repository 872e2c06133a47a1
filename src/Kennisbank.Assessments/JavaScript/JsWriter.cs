using System.Globalization;
using System.Text;

namespace Kennisbank.Assessments.JavaScript;

/// <summary>
/// Prints a syntax tree as compact ES5.1: one statement per line, no indentation (the script is small and served
/// gzipped; one line per statement keeps the approval files reviewable in a diff). Parentheses come from precedence.
/// </summary>
public sealed partial class JsWriter
{
    private readonly StringBuilder _out = new();

    public static string Write(JsProgram program)
    {
        var writer = new JsWriter();
        writer.Statements(program.Body);
        return writer._out.ToString();
    }

    public static string Write(JsExpression expression)
    {
        var writer = new JsWriter();
        writer.Expression(expression, 0);
        return writer._out.ToString();
    }

    private void Statements(IReadOnlyList<JsStatement> statements)
    {
        foreach (var statement in statements)
        {
            Statement(statement);
            _out.Append('\n');
        }
    }

    private void Block(IReadOnlyList<JsStatement> statements)
    {
        _out.Append("{\n");
        Statements(statements);
        _out.Append('}');
    }

    private void Statement(JsStatement statement)
    {
        switch (statement)
        {
            case JsVar v:
                _out.Append("var ");
                Declarators(v.Declarations);
                _out.Append(';');
                break;
            case JsExpressionStatement e:
                // A statement may not start with `function` or `{`; wrapping the whole expression is always safe.
                if (StartsWithFunctionOrObject(e.Expression))
                {
                    _out.Append('(');
                    Expression(e.Expression, 0);
                    _out.Append(')');
                }
                else
                {
                    Expression(e.Expression, 0);
                }

                _out.Append(';');
                break;
            case JsReturn r:
                _out.Append("return");
                if (r.Value is not null)
                {
                    _out.Append(' ');
                    Expression(r.Value, 0);
                }

                _out.Append(';');
                break;
            case JsIf i:
                _out.Append("if (");
                Expression(i.Test, 0);
                _out.Append(") ");
                Block(i.Then);
                if (i.Else is { Count: > 0 })
                {
                    _out.Append(" else ");
                    Block(i.Else);
                }

                break;
            case JsFor f:
                _out.Append("for (");
                if (f.Init is JsVar initVar)
                {
                    _out.Append("var ");
                    Declarators(initVar.Declarations);
                }
                else if (f.Init is JsExpressionStatement initExpression)
                {
                    Expression(initExpression.Expression, 0);
                }

                _out.Append("; ");
                if (f.Test is not null)
                {
                    Expression(f.Test, 0);
                }

                _out.Append("; ");
                if (f.Update is not null)
                {
                    Expression(f.Update, 0);
                }

                _out.Append(") ");
                Block(f.Body);
                break;
            case JsWhile w:
                _out.Append("while (");
                Expression(w.Test, 0);
                _out.Append(") ");
                Block(w.Body);
                break;
            case JsContinue:
                _out.Append("continue;");
                break;
            case JsBreak:
                _out.Append("break;");
                break;
            case JsTry t:
                _out.Append("try ");
                Block(t.Body);
                _out.Append(" catch (").Append(t.Parameter).Append(") ");
                Block(t.Handler);
                break;
            case JsFunctionDeclaration d:
                Function(d.Function);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(statement), statement.GetType().Name, "Unknown statement.");
        }
    }

    private void Declarators(IReadOnlyList<JsDeclarator> declarators)
    {
        for (var i = 0; i < declarators.Count; i++)
        {
            if (i > 0)
            {
                _out.Append(", ");
            }

            _out.Append(declarators[i].Name);
            if (declarators[i].Init is { } init)
            {
                _out.Append(" = ");
                Expression(init, 3);
            }
        }
    }

    /// <summary>Writes <paramref name="e"/>, in parentheses when it binds looser than <paramref name="minimum"/>.</summary>
    private void Expression(JsExpression e, int minimum)
    {
        var parenthesise = e.Precedence < minimum;
        if (parenthesise)
        {
            _out.Append('(');
        }

        switch (e)
        {
            case JsLiteral l:
                Literal(l.Value);
                break;
            case JsIdentifier id:
                _out.Append(id.Name);
                break;
            case JsMember m:
                Expression(m.Object, 18);
                _out.Append('.').Append(m.Property);
                break;
            case JsIndex ix:
                Expression(ix.Object, 18);
                _out.Append('[');
                Expression(ix.Index, 0);
                _out.Append(']');
                break;
            case JsCall c:
                // An immediately invoked function is wrapped, as people write it.
                if (c.Callee is JsFunction)
                {
                    _out.Append('(');
                    Expression(c.Callee, 0);
                    _out.Append(')');
                }
                else
                {
                    Expression(c.Callee, 18);
                }

                _out.Append('(');
                List(c.Arguments);
                _out.Append(')');
                break;
            case JsUnary u:
                _out.Append(u.Operator);
                if (char.IsLetter(u.Operator[^1]))
                {
                    _out.Append(' ');
                }

                Expression(u.Operand, 15);
                break;
            case JsBinary b:
                Expression(b.Left, b.Precedence);
                _out.Append(' ').Append(b.Operator).Append(' ');
                Expression(b.Right, b.Precedence + 1);
                break;
            case JsConditional c:
                Expression(c.Test, 4);
                _out.Append(" ? ");
                Expression(c.Then, 3);
                _out.Append(" : ");
                Expression(c.Else, 3);
                break;
            case JsAssign a:
                Expression(a.Target, 18);
                _out.Append(' ').Append(a.Operator).Append(' ');
                Expression(a.Value, 2);
                break;
            case JsArray a:
                _out.Append(a.Multiline && a.Items.Count > 0 ? "[\n" : "[");
                List(a.Items, a.Multiline ? ",\n" : ", ");
                _out.Append(a.Multiline && a.Items.Count > 0 ? "\n]" : "]");
                break;
            case JsObject o:
                _out.Append('{');
                for (var i = 0; i < o.Properties.Count; i++)
                {
                    if (i > 0)
                    {
                        _out.Append(", ");
                    }

                    String(o.Properties[i].Key);
                    _out.Append(": ");
                    Expression(o.Properties[i].Value, 3);
                }

                _out.Append('}');
                break;
            case JsFunction f:
                Function(f);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "Unknown expression.");
        }

        if (parenthesise)
        {
            _out.Append(')');
        }
    }

    private void Function(JsFunction f)
    {
        _out.Append("function");
        if (f.Name is not null)
        {
            _out.Append(' ').Append(f.Name);
        }

        _out.Append('(').Append(string.Join(", ", f.Parameters)).Append(") ");
        Block(f.Body);
    }

    private void List(IReadOnlyList<JsExpression> items, string separator = ", ")
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _out.Append(separator);
            }

            Expression(items[i], 3);
        }
    }

    private static bool StartsWithFunctionOrObject(JsExpression e) => e switch
    {
        JsFunction or JsObject => true,
        JsCall c => c.Callee is not JsFunction && StartsWithFunctionOrObject(c.Callee),
        JsMember m => StartsWithFunctionOrObject(m.Object),
        JsIndex i => StartsWithFunctionOrObject(i.Object),
        JsBinary b => StartsWithFunctionOrObject(b.Left),
        JsAssign a => StartsWithFunctionOrObject(a.Target),
        JsConditional c => StartsWithFunctionOrObject(c.Test),
        _ => false,
    };
}
