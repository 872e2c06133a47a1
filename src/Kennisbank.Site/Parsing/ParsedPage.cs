using System.Collections.Immutable;
using Kennisbank.Site.Loading;
using Markdig.Syntax;

namespace Kennisbank.Site.Parsing;

/// <summary>A heading of a page, for the table of contents and for checking #anchors.</summary>
public sealed record Heading(int Level, string Text, string Id);

/// <summary>A link or image written in the Markdown, with its position for diagnostics.</summary>
public sealed record LinkReference(string Url, bool IsImage, bool HasText, int Line, int Column);

/// <summary>Stage 2's product: a page's typed front matter and its Markdown syntax tree.
/// The tree is treated as read-only from here on; later stages read it, none change it.</summary>
public sealed record ParsedPage(
    SourceDocument Source,
    FrontMatter FrontMatter,
    MarkdownDocument Document,
    ImmutableArray<Heading> Headings,
    ImmutableArray<LinkReference> Links)
{
    public string Id => Source.Id;
    public string Lang => Source.Lang;
}
