using System.Text;

namespace Kennisbank.Site.Publishing;

/// <summary>The theme's stylesheets as served: without comments, indentation or blank lines. The source keeps its
/// comments (they say why a rule exists and cite WCAG); the reader's browser needs none of them, and they were about
/// a quarter of every page's gzipped weight (PageWeightTests). Strings are copied exactly, so <c>content: "/*"</c>
/// survives; a comment between two words becomes a space, as CSS reads it.</summary>
public static class CssCompactor
{
    public static string Compact(string css)
    {
        var output = new StringBuilder(css.Length);
        var i = 0;
        while (i < css.Length)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 2;
                if (output.Length > 0 && !char.IsWhiteSpace(output[^1]) && i < css.Length && !char.IsWhiteSpace(css[i])) output.Append(' ');
            }
            else if (c is '"' or '\'')
                i = CopyString(css, i, output);
            else if (c is '\n' or '\r')
            {
                TrimEnd(output);
                if (output.Length > 0 && output[^1] != '\n') output.Append('\n');
                while (i < css.Length && char.IsWhiteSpace(css[i])) i++;
            }
            else
            {
                // Indentation is dropped, also where a comment came first on the line.
                if (c is not (' ' or '\t') || (output.Length > 0 && output[^1] != '\n')) output.Append(c);
                i++;
            }
        }
        while (output.Length > 0 && char.IsWhiteSpace(output[^1])) output.Length--;
        return output.Length == 0 ? "" : output.Append('\n').ToString();
    }

    /// <summary>A quoted string up to its closing quote (a backslash escapes the next character, a line break ends an
    /// unclosed string, as in CSS Syntax §4.3.5).</summary>
    static int CopyString(string css, int start, StringBuilder output)
    {
        var quote = css[start];
        var i = start + 1;
        while (i < css.Length && css[i] != quote && css[i] != '\n')
            i += css[i] == '\\' && i + 1 < css.Length ? 2 : 1;
        if (i < css.Length && css[i] == quote) i++;
        output.Append(css, start, i - start);
        return i;
    }

    static void TrimEnd(StringBuilder output)
    {
        while (output.Length > 0 && output[^1] is ' ' or '\t') output.Length--;
    }
}
