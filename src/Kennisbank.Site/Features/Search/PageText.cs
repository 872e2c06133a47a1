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
            var run = lt < 0 ? html[i..] : html[i..lt];
            (inHeading ? heading : text).Append(WebUtility.HtmlDecode(run));
            if (lt < 0) break;
            var gt = html.IndexOf('>', lt);
            if (gt < 0) break;
            var tag = html[(lt + 1)..gt];
            i = gt + 1;
            var closing = tag.StartsWith('/');
            var name = Name(closing ? tag[1..] : tag);
            if (name is "h2" or "h3")
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
            if (Blocks.Contains(name)) (inHeading ? heading : text).Append(' ');
        }
        sections.Add(new TextSection(anchor, title, Collapse(text)));
        return sections.ToImmutable();
    }

    static string Name(string tag)
    {
        var end = 0;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end])) end++;
        return tag[..end].ToLowerInvariant();
    }

    static string Attribute(string tag, string name)
    {
        var at = tag.IndexOf($" {name}=\"", StringComparison.Ordinal);
        if (at < 0) return "";
        var start = at + name.Length + 3;
        var end = tag.IndexOf('"', start);
        return end < 0 ? "" : WebUtility.HtmlDecode(tag[start..end]);
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
