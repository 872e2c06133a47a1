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
}
