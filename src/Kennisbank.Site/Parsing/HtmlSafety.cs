using AngleSharp.Html.Parser;
using Kennisbank.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisbank.Site.Parsing;

/// <summary>Raw HTML is allowed in Markdown, but nothing the Content Security Policy would block:
/// no script, no style (element or attribute), no event handlers, no javascript: URLs, no embedded other origins.</summary>
public static class HtmlSafety
{
    static readonly HashSet<string> ForbiddenElements = ["script", "style", "iframe", "object", "embed", "frame", "frameset", "base"];
    static readonly HashSet<string> UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data"];
    static readonly HtmlParser Parser = new();

    public static IEnumerable<Diagnostic> Check(MarkdownDocument document, string path)
    {
        foreach (var node in document.Descendants())
        {
            var (html, line, column) = node switch
            {
                HtmlBlock block => (block.Lines.ToString(), block.Line + 1, block.Column + 1),
                HtmlInline inline => (inline.Tag, inline.Line + 1, inline.Column + 1),
                LinkInline link when IsJavaScriptUrl(link.Url) => ($"<a href=\"{link.Url}\">", link.Line + 1, link.Column + 1),
                _ => (null, 0, 0),
            };
            if (html is null) continue;
            foreach (var problem in Problems(html))
                yield return Diagnostic.Error(path, line, column, DiagnosticCodes.ForbiddenHtml, problem);
        }
    }

    public static IEnumerable<string> Problems(string html)
    {
        // Parsed as a real browser would, so that odd spacing or casing cannot slip past a pattern.
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html);
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (ForbiddenElements.Contains(name))
                yield return $"<{name}> is not allowed in content: the site's Content Security Policy blocks it";
            foreach (var attribute in element.Attributes)
            {
                var attr = attribute.Name.ToLowerInvariant();
                if (attr.StartsWith("on", StringComparison.Ordinal))
                    yield return $"the event handler attribute '{attr}' on <{name}> is not allowed: scripts live in the theme";
                else if (attr == "style")
                    yield return $"the style attribute on <{name}> is not allowed: styles live in the theme's CSS";
                else if (UrlAttributes.Contains(attr) && IsJavaScriptUrl(attribute.Value))
                    yield return $"a javascript: URL in '{attr}' on <{name}> is not allowed";
            }
        }
    }

    // Browsers ignore whitespace and control characters inside the scheme ("java\tscript:"), so the check does too.
    // URLs without a scheme (most links between pages) are let through without allocating.
    static bool IsJavaScriptUrl(string? url) =>
        url is not null && url.Contains(':')
        && new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray())
            .StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
}
