using Markdig.Syntax;
using System.Collections.Immutable;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Loading;
using Markdig;
using Markdig.Extensions.CustomContainers;

namespace Kennisbank.Site.Parsing;

/// <summary>Stage 2: front matter and Markdown of every page, in parallel; output in input order.</summary>
public static class PageParser
{
    public static readonly ImmutableArray<string> CalloutKinds = ["note", "quote", "tip", "suggestion"];

    /// <param name="parse">How one page is parsed; `serve` passes its cache's, which parses only what changed.</param>
    public static (ImmutableArray<ParsedPage> Pages, ImmutableArray<Diagnostic> Diagnostics) ParseAll(
        IReadOnlyList<SourceDocument> documents, ContentSchema schema, Func<SourceDocument, ContentSchema, (ParsedPage, List<Diagnostic>)>? parse = null)
    {
        var results = new (ParsedPage Page, List<Diagnostic> Diagnostics)[documents.Count];
        Parallel.For(0, documents.Count, i => results[i] = Guarded(documents[i], schema, parse ?? Parse));
        return (results.Select(r => r.Page).ToImmutableArray(), results.SelectMany(r => r.Diagnostics).ToImmutableArray());
    }

    /// <summary>A fault while parsing one page names that page and lets the build report on (docs/diagnostics.md).</summary>
    static (ParsedPage, List<Diagnostic>) Guarded(SourceDocument source, ContentSchema schema, Func<SourceDocument, ContentSchema, (ParsedPage, List<Diagnostic>)> parse)
    {
        try
        {
            return parse(source, schema);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var page = new ParsedPage(source, new FrontMatter("", ""), 0, [], []);
            return (page, [Faults.InFile(source.DisplayPath, "the page could not be parsed", e)]);
        }
    }

    public static (ParsedPage Page, List<Diagnostic> Diagnostics) Parse(SourceDocument source, ContentSchema schema)
    {
        var diagnostics = new List<Diagnostic>();
        var split = FrontMatterParser.SplitText(source.Text);
        var frontMatter = FrontMatterParser.Parse(split.Yaml, source.DisplayPath, diagnostics, schema);
        if (Safety.NestingGuard.Check(split.Body, source.DisplayPath) is { } tooDeep) return (new ParsedPage(source, frontMatter, source.Text.Length, [], []), [.. diagnostics, tooDeep]);
        var document = Markdown.Parse(split.Body, MarkdownPipelineFactory.Pipeline);
        var nodes = MarkdownInspector.Nodes(document);
        diagnostics.AddRange(HtmlSafety.Check(nodes, source.DisplayPath));
        foreach (var node in nodes)
        {
            if (node is not CustomContainer container) continue;
            var kind = container.Info ?? "";
            if (!CalloutKinds.Contains(kind))
                diagnostics.Add(Diagnostic.Error(source.DisplayPath, container.Line + 1, container.Column + 1, DiagnosticCodes.UnknownCallout,
                    $"unknown callout '::: {kind}'; use one of {string.Join(", ", CalloutKinds)}"));
        }
        var links = MarkdownInspector.Links(nodes);
        foreach (var image in links.Where(l => l.IsImage && !l.HasText))
            diagnostics.Add(Diagnostic.Error(source.DisplayPath, image.Line, image.Column, DiagnosticCodes.MissingAltText,
                $"the image '{image.Url}' has no alternative text: write it between the brackets, ![like this]({image.Url})"));
        var page = new ParsedPage(source, frontMatter, split.BodyStart, MarkdownInspector.Headings(nodes), links)
        {
            Template = Rendering.BodyTemplate.Make(document),
        };
        return (page, diagnostics);
    }
}
