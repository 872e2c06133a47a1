using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisbank.Site.Features.Glossary.Terms;

/// <summary>Writes a page's plain text, linking the first mention of each glossary term: a link to its entry,
/// described by its definition (aria-describedby), and a button that shows the definition in a native popover (no
/// script, no inline style: the page's CSP holds). Text in headings and in links is written as it is: a heading is
/// not the place for a link, and a link cannot hold one (issue 15). Code is never plain text, so it is never linked.
/// One renderer per page: it remembers which terms the page has linked.</summary>
public sealed class GlossaryTermRenderer(PageTerms page) : HtmlObjectRenderer<LiteralInline>
{
    readonly List<TermLink> unseen = [.. page.Terms];

    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        if (unseen.Count == 0 || !Linkable(literal))
        {
            renderer.WriteEscape(ref literal.Content);
            return;
        }
        var text = literal.Content.ToString();
        var at = 0;
        while (unseen.Count > 0 && TermMatcher.First(text, at, unseen, page.Plurals) is var (term, index, length))
        {
            renderer.WriteEscape(text[at..index]);
            WriteTerm(renderer, term, text.Substring(index, length));
            unseen.Remove(term);
            at = index + length;
        }
        renderer.WriteEscape(text[at..]);
    }

    void WriteTerm(HtmlRenderer renderer, TermLink term, string mention)
    {
        renderer.Write("<a class=\"term\" href=\"").WriteEscapeUrl(term.Url).Write("\" aria-describedby=\"").WriteEscape(term.Id).Write("\">")
            .WriteEscape(mention).Write("</a>");
        renderer.Write("<button type=\"button\" class=\"term-info\" popovertarget=\"").WriteEscape(term.Id).Write("\" aria-label=\"")
            .WriteEscape(string.Format(System.Globalization.CultureInfo.InvariantCulture, page.InfoLabel, term.Term))
            .Write("\"><span aria-hidden=\"true\">?</span></button>");
        renderer.Write("<span class=\"term-popover\" id=\"").WriteEscape(term.Id).Write("\" popover");
        if (term.Lang is not null) renderer.Write(" lang=\"").WriteEscape(term.Lang).Write('"');
        renderer.Write("><strong>").WriteEscape(term.Term).Write("</strong>: ").WriteEscape(term.Definition).Write("</span>");
    }

    /// <summary>Not inside a link (nor an autolink), not in a heading.</summary>
    static bool Linkable(LiteralInline literal)
    {
        for (Inline? inline = literal.Parent; inline is not null; inline = inline.Parent)
        {
            if (inline is LinkInline or AutolinkInline) return false;
            if (inline.Parent is null && inline is ContainerInline { ParentBlock: HeadingBlock }) return false;
        }
        return true;
    }
}
