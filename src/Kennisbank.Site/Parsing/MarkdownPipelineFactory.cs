using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Kennisbank.Site.Parsing;

/// <summary>The site's Markdig pipelines. Built once: Markdig pipelines are immutable and thread-safe.</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>For checking a page: with exact source positions, for the columns in diagnostics.</summary>
    public static MarkdownPipeline Pipeline { get; } = Extensions(new MarkdownPipelineBuilder().UsePreciseSourceLocation()).Build();

    /// <summary>For rendering a page that has been checked: the same extensions, without tracking positions.</summary>
    public static MarkdownPipeline RenderPipeline { get; } = Extensions(new MarkdownPipelineBuilder()).Build();

    /// <remarks>Only the extensions the content uses: each one costs parse time on every page (measured on the
    /// 2,000-pair benchmark corpus: bare-URL autolinks alone added 40 %, so links are written [text](url) or
    /// &lt;https://…&gt;). No generic attributes: they would let `{onclick=…}` past the CSP check.</remarks>
    static MarkdownPipelineBuilder Extensions(MarkdownPipelineBuilder builder) => builder
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)   // heading ids for anchors and the table of contents
        .UseCustomContainers();   // ::: note callouts
}
