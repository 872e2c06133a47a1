using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Kennisbank.Site.Parsing;

/// <summary>The one Markdig pipeline of the site. Built once: Markdig pipelines are immutable and thread-safe.</summary>
public static class MarkdownPipelineFactory
{
    /// <remarks>Only the extensions the content uses: each one costs parse time on every page (measured on the
    /// 2,000-pair benchmark corpus: bare-URL autolinks alone added 40 %, so links are written [text](url) or
    /// &lt;https://…&gt;). No generic attributes: they would let `{onclick=…}` past the CSP check.</remarks>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()   // columns in diagnostics
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)   // heading ids for anchors and the table of contents
        .UseCustomContainers()   // ::: note callouts
        .Build();
}
