using System.Globalization;

namespace Kennisbank.Assessments.JavaScript;

/// <summary>Literals: the only place where data (texts of the definitions) becomes JavaScript source, so the escaping
/// lives in one short file.</summary>
public sealed partial class JsWriter
{
    private void Literal(object? value)
    {
        switch (value)
        {
            case null:
                _out.Append("null");
                break;
            case bool b:
                _out.Append(b ? "true" : "false");
                break;
            case int i:
                // A negative literal is a unary minus in JavaScript; parenthesised so `a - -1` can never become `a --1`.
                _out.Append(i < 0 ? $"({i.ToString(CultureInfo.InvariantCulture)})" : i.ToString(CultureInfo.InvariantCulture));
                break;
            case string s:
                String(s);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Only strings, integers, booleans and null.");
        }
    }

    /// <summary>
    /// A double-quoted string literal. Besides the JSON escapes, &lt; and &gt; are escaped so that no text can close a
    /// script element, and U+2028/U+2029 because ES5 forbids them raw in literals.
    /// </summary>
    private void String(string s)
    {
        _out.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': _out.Append("\\\""); break;
                case '\\': _out.Append("\\\\"); break;
                case '\n': _out.Append("\\n"); break;
                case '\r': _out.Append("\\r"); break;
                case '\t': _out.Append("\\t"); break;
                case '<' or '>' or '\u2028' or '\u2029' or < ' ':
                    _out.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: _out.Append(c); break;
            }
        }

        _out.Append('"');
    }
}
