using System.Collections.Immutable;
using System.Net;
using System.Text;

namespace Kennisbank.Site.Features.Search;

/// <summary>A part of a page under one H2 or H3 heading (the first part, before any heading, has none): where a result
/// links to, and the text its excerpt comes from.</summary>
public sealed record TextSection(string Anchor, string Heading, string Text);

/// <summary>The readable text of a page's body, by section, taken from the HTML the render stage made anyway (the body
/// is not parsed a third time for the index). The HTML is Markdig's, well-formed and without scripts, so a small scanner
/// does: tags are dropped, block ends separate words, entities are decoded, whitespace collapses.</summary>
public static class PageText
{
    static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "br", "div", "blockquote",
        "pre", "dt", "dd", "dl", "hr", "figcaption", "section", "aside",
    };

    // Tag names are looked up by span: every page's body passes through here in the render stage's parallel pass.
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockNames = Blocks.GetAlternateLookup<ReadOnlySpan<char>>();

    public static ImmutableArray<TextSection> Sections(string html)
    {
        var sections = ImmutableArray.CreateBuilder<TextSection>();
        var text = new StringBuilder();
        var heading = new StringBuilder();
        string anchor = "", title = "";
        var inHeading = false;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var run = html.AsSpan(i, (lt < 0 ? html.Length : lt) - i);
            var into = inHeading ? heading : text;
            if (run.Contains('&')) into.Append(WebUtility.HtmlDecode(run.ToString()));
            else into.Append(run);
            if (lt < 0) break;
            var gt = html.IndexOf('>', lt);
            if (gt < 0) break;
            var tag = html.AsSpan(lt + 1, gt - lt - 1);
            i = gt + 1;
            var closing = tag.StartsWith('/');
            var name = Name(closing ? tag[1..] : tag);
            if (name.Equals("h2", StringComparison.OrdinalIgnoreCase) || name.Equals("h3", StringComparison.OrdinalIgnoreCase))
            {
                if (!closing)
                {
                    sections.Add(new TextSection(anchor, title, Collapse(text)));
                    text.Clear();
                    heading.Clear();
                    anchor = Attribute(tag, "id");
                    inHeading = true;
                }
                else
                {
                    title = Collapse(heading);
                    inHeading = false;
                }
                continue;
            }
            if (BlockNames.Contains(name)) (inHeading ? heading : text).Append(' ');
        }
        sections.Add(new TextSection(anchor, title, Collapse(text)));
        return sections.ToImmutable();
    }

    static ReadOnlySpan<char> Name(ReadOnlySpan<char> tag)
    {
        var end = 0;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end])) end++;
        return tag[..end];
    }

    static string Attribute(ReadOnlySpan<char> tag, string name)
    {
        var at = tag.IndexOf($" {name}=\"", StringComparison.Ordinal);
        if (at < 0) return "";
        var value = tag[(at + name.Length + 3)..];
        var end = value.IndexOf('"');
        return end < 0 ? "" : WebUtility.HtmlDecode(value[..end].ToString());
    }

    /// <summary>Runs of white space to one space, trimmed.</summary>
    public static string Collapse(StringBuilder text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var chunk in text.GetChunks())
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c)) { space = result.Length > 0; continue; }
                if (space) result.Append(' ');
                space = false;
                result.Append(c);
            }
        return result.ToString();
    }
}
