using Markdig.Renderers.Html;
using System.Collections.Immutable;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisbank.Site.Parsing;

/// <summary>Reads headings and links out of a Markdown tree, with positions (Markdig counts from 0, editors from 1).</summary>
public static class MarkdownInspector
{
    public static ImmutableArray<Heading> Headings(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Level, PlainText(h.Inline), h.GetAttributes().Id ?? ""))
            .ToImmutableArray();

    public static ImmutableArray<LinkReference> Links(MarkdownDocument document) =>
        document.Descendants<LinkInline>()
            .Where(l => l.Url is not null)
            .Select(l => new LinkReference(l.Url!, l.IsImage, PlainText(l).Trim().Length > 0, l.Line + 1, l.Column + 1))
            .ToImmutableArray();

    public static string PlainText(ContainerInline? container)
    {
        if (container is null) return "";
        var text = new StringBuilder();
        foreach (var inline in container.Descendants())
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
            }
        }
        return text.ToString();
    }
}
