namespace Kennisbank.Assessments.JavaScript;

/// <summary>Expressions: precedence decides the parentheses; a statement must not start with <c>function</c> or
/// <c>{</c>, which <see cref="StartsWithFunctionOrObject"/> guards.</summary>
public sealed partial class JsWriter
{
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
