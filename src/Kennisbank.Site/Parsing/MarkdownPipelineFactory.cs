using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Kennisbank.Site.Parsing;

/// <summary>The one Markdig pipeline of the site. Built once: Markdig pipelines are immutable and thread-safe.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseCustomContainers()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseDefinitionLists()
        .UseAutoLinks()
        // No generic attributes: they would let `{onclick=…}` past the CSP check.
        .Build();
}
