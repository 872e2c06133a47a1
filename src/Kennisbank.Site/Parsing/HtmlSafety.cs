using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Safety;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisbank.Site.Parsing;

/// <summary>Raw HTML is allowed in Markdown, but nothing the Content Security Policy would block: no script, no style
/// (element or attribute), no event handlers, no embedded documents. Every URL of the page, in Markdown or in raw
/// HTML, goes through <see cref="UrlPolicy"/> (rules 2 and 3 of the safety contract), and raw HTML through
/// <see cref="NestingGuard"/> before AngleSharp parses it (rule 5).</summary>
public static class HtmlSafety
{
    // <meta>: a refresh (http-equiv="refresh") sends the reader elsewhere without a click, past the link checks.
    static readonly HashSet<string> ForbiddenElements = ["script", "style", "iframe", "object", "embed", "frame", "frameset", "base", "meta"];
    static readonly HtmlParser Parser = new();

    /// <summary>Attributes that hold text for people, where "url(" is words, not CSS.</summary>
    static bool IsText(string attribute) =>
        attribute is "alt" or "title" or "value" or "placeholder" or "label" or "content" || attribute.StartsWith("aria-", StringComparison.Ordinal);

    /// <param name="nodes">The document's blocks and inlines (<see cref="MarkdownInspector.Nodes"/>).</param>
    public static IEnumerable<Diagnostic> Check(IEnumerable<MarkdownObject> nodes, string path)
    {
        foreach (var node in nodes)
        {
            var (line, column) = (node.Line + 1, node.Column + 1);
            var problems = node switch
            {
                HtmlBlock block => Html(block.Lines.ToString(), path, line, column),
                HtmlInline inline => Html(inline.Tag, path, line, column),
                // Markdig has decoded character references and backslash escapes in these (CommonMark 6.3, 6.7).
                LinkInline link => Url(link.Url, link.IsImage ? UrlUse.LoadImage : UrlUse.Follow, link.IsImage ? "the image" : "the link", path, line, column),
                AutolinkInline { IsEmail: false } autolink => Url(autolink.Url, UrlUse.Follow, "the link", path, line, column),
                LinkReferenceDefinition definition => Url(definition.Url, UrlUse.Follow, $"the link definition [{definition.Label}]", path, line, column),
                _ => [],
            };
            foreach (var problem in problems) yield return problem;
        }
    }

    static IEnumerable<Diagnostic> Url(string? url, UrlUse use, string what, string path, int line, int column) =>
        UrlPolicy.Check(url, use, what) is { } problem ? [Diagnostic.Error(path, line, column, problem.Code, problem.Message)] : [];

    static IEnumerable<Diagnostic> Html(string html, string path, int line, int column)
    {
        if (NestingGuard.CheckHtml(html, path, line, column) is { } tooLarge) return [tooLarge];
        // Parsed as a real browser would, so that odd spacing, casing or character references cannot slip past a pattern.
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html);
        var problems = Problems(document).Select(p => Diagnostic.Error(path, line, column, p.Code, p.Message));
        return NestingGuard.CheckHtml(document, path, line, column) is { } tooDeep ? problems.Append(tooDeep) : problems;
    }

    public static IEnumerable<(string Code, string Message)> Problems(string html) =>
        Problems(Parser.ParseDocument("<!DOCTYPE html><html><body>" + html));

    static IEnumerable<(string Code, string Message)> Problems(IDocument document)
    {
        foreach (var element in Elements(document))
        {
            var name = element.LocalName.ToLowerInvariant();
            if (ForbiddenElements.Contains(name))
                yield return (DiagnosticCodes.ForbiddenHtml, $"<{name}> is not allowed in content: the site's Content Security Policy blocks it");
            var isMathMl = element.NamespaceUri == NamespaceNames.MathMlUri;
            foreach (var attribute in element.Attributes)
            {
                var attr = attribute.Name.ToLowerInvariant();
                if (attr.StartsWith("on", StringComparison.Ordinal))
                    yield return (DiagnosticCodes.ForbiddenHtml, $"the event handler attribute '{attr}' on <{name}> is not allowed: scripts live in the theme");
                else if (attr == "style")
                    yield return (DiagnosticCodes.ForbiddenHtml, $"the style attribute on <{name}> is not allowed: styles live in the theme's CSS");
                else if (UrlPolicy.UseOf(name, attr, isMathMl) is { } use)
                {
                    foreach (var url in UrlPolicy.UrlsIn(attr, attribute.Value))
                        if (UrlPolicy.Check(url, use, $"'{attr}' on <{name}>") is { } problem) yield return (problem.Code, problem.Message);
                }
                else if (!IsText(attr))
                {
                    // SVG presentation attributes are CSS: fill="url(https://…)" fetches like an image would.
                    foreach (var url in UrlPolicy.CssUrls(attribute.Value))
                        if (UrlPolicy.Check(url, UrlUse.Load, $"url() in '{attr}' on <{name}>") is { } problem) yield return (problem.Code, problem.Message);
                }
            }
            // SVG animation can set an href to any value when it runs (SVG 2, "attributeName"): its values are links.
            if (name is "set" or "animate" && element.GetAttribute("attributeName") is "href" or "xlink:href")
                foreach (var attr in (string[])["to", "from", "by", "values"])
                    foreach (var url in element.GetAttribute(attr)?.Split(';') ?? [])
                        if (UrlPolicy.Check(url, UrlUse.Follow, $"'{attr}' on <{name}>") is { } problem) yield return (problem.Code, problem.Message);
        }
    }

    /// <summary>Every element, including those inside &lt;template&gt;, whose content is a separate fragment (a
    /// declarative shadow root, &lt;template shadowrootmode&gt;, is rendered).</summary>
    static IEnumerable<IElement> Elements(IDocument document)
    {
        var pending = new Stack<IElement>(document.All.Reverse());
        while (pending.TryPop(out var element))
        {
            yield return element;
            if (element is IHtmlTemplateElement template)
                foreach (var inner in template.Content.QuerySelectorAll("*").Reverse()) pending.Push(inner);
        }
    }
}
