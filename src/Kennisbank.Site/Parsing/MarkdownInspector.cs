using Markdig.Renderers.Html;
using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisbank.Site.Parsing;

/// <summary>Reads headings and links out of a Markdown tree, with positions (Markdig counts from 0, editors from 1).</summary>
public static class MarkdownInspector
{
    /// <summary>Every block and inline of the document, in the order of Markdig's <c>Descendants()</c> (each block,
    /// then its children or its inlines, depth first), collected in one walk. The parse stage looks at the tree four
    /// ways (HTML safety, links, headings, callouts); Markdig's iterators walked it once for each, and its inline
    /// iterator alone was 2 % of a 10,000-pair build (docs/performance.md).</summary>
    public static List<MarkdownObject> Nodes(MarkdownDocument document)
    {
        var nodes = new List<MarkdownObject>();
        AddBlocks(document, nodes);
        return nodes;
    }

    // Recursion is bounded: NestingGuard has checked the nesting before the body was parsed.
    static void AddBlocks(ContainerBlock container, List<MarkdownObject> nodes)
    {
        foreach (var block in container)
        {
            nodes.Add(block);
            if (block is ContainerBlock children) AddBlocks(children, nodes);
            else if (block is LeafBlock { Inline: { } inline }) AddInlines(inline, nodes);
        }
    }

    static void AddInlines(ContainerInline container, List<MarkdownObject> nodes)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            nodes.Add(inline);
            if (inline is ContainerInline children) AddInlines(children, nodes);
        }
    }

    // Plain loops over the walk's list: the same filters as LINQ's OfType, Where and Select, whose iterators were 3 %
    // of a 2,000-pair build's samples (docs/performance.md).
    public static ImmutableArray<Heading> Headings(List<MarkdownObject> nodes)
    {
        var headings = ImmutableArray.CreateBuilder<Heading>();
        foreach (var node in nodes)
            if (node is HeadingBlock h) headings.Add(new Heading(h.Level, PlainText(h.Inline), h.GetAttributes().Id ?? ""));
        return headings.DrainToImmutable();
    }

    public static ImmutableArray<LinkReference> Links(List<MarkdownObject> nodes)
    {
        var links = ImmutableArray.CreateBuilder<LinkReference>();
        foreach (var node in nodes)
            if (node is LinkInline { Url: { } url } l) links.Add(new LinkReference(url, l.IsImage, HasText(l), l.Line + 1, l.Column + 1));
        return links.DrainToImmutable();
    }

    /// <summary>Whether <see cref="PlainText"/> would be more than white space, without making it: a string per link was
    /// 5 % of what a 10,000-pair build allocates, in a profile (docs/performance.md).</summary>
    static bool HasText(ContainerInline container) => Pieces(container).Any(piece => !piece.Span.IsWhiteSpace());

    public static string PlainText(ContainerInline? container) =>
        container is null ? "" : string.Concat(Pieces(container).Select(piece => piece.ToString()));

    /// <summary>The text each inline of a container says, in order: literal text and code as written, a line break as a
    /// space. What both <see cref="PlainText"/> and <see cref="HasText"/> read.</summary>
    static IEnumerable<ReadOnlyMemory<char>> Pieces(ContainerInline container)
    {
        foreach (var inline in container.Descendants())
        {
            switch (inline)
            {
                case LiteralInline { Content: var content }: yield return content.Text.AsMemory(content.Start, content.Length); break;
                case CodeInline code: yield return code.Content.AsMemory(); break;
                case LineBreakInline: yield return " ".AsMemory(); break;
            }
        }
    }
}
