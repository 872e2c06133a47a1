using System.Collections.Immutable;
using Kennisbank.Site.Loading;

namespace Kennisbank.Site.Parsing;

/// <summary>A heading of a page, for the table of contents and for checking #anchors.</summary>
public sealed record Heading(int Level, string Text, string Id);

/// <summary>A link or image written in the Markdown, with its position for diagnostics.</summary>
public sealed record LinkReference(string Url, bool IsImage, bool HasText, int Line, int Column);

/// <summary>Stage 2's product: a page's typed front matter and what later stages need from its Markdown (headings,
/// links, and its HTML with holes, <see cref="Template"/>). The syntax tree itself is not kept: at 20,000 pages, holding
/// every tree until rendering cost more (in memory and garbage collection) than its HTML does (see docs/performance.md).</summary>
public sealed record ParsedPage(
    SourceDocument Source,
    FrontMatter FrontMatter,
    int BodyStart,
    ImmutableArray<Heading> Headings,
    ImmutableArray<LinkReference> Links)
{
    public string Id => Source.Id;

    /// <summary>The language the page is shown in: its own, or, for a fallback, the language that lacks it.</summary>
    public string Lang => ShownIn ?? Source.Lang;

    /// <summary>The language its content is written in.</summary>
    public string ContentLang => Source.Lang;

    /// <summary>Set on the copy that stands in for a missing translation (see Linking/AddFallbacks).</summary>
    public string? ShownIn { get; init; }

    public bool IsFallback => ShownIn is not null;

    /// <summary>The body's HTML from the parse, to be completed when the page is rendered; null for a page made
    /// without one (a test's, or one whose HTML could not be kept), which is then parsed again.</summary>
    public Rendering.BodyTemplate? Template { get; init; }

    /// <summary>The Markdown after the front matter.</summary>
    public string Body => Source.Text[BodyStart..];
}
