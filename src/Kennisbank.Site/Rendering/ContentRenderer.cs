using Kennisbank.Site.Linking;
using Kennisbank.Site.Parsing;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace Kennisbank.Site.Rendering;

/// <summary>Markdown body to HTML, with every link rewritten to its output URL (resolved by the link stage).
/// The body is parsed again here rather than kept from the parse stage (see <see cref="ParsedPage"/>).</summary>
public static class ContentRenderer
{
    /// <param name="extensions">Render-time Markdig extensions made for this page (<see cref="Extensibility.ISiteFeature.ContentExtensions"/>).</param>
    public static string Render(LinkedPage page, UiStrings strings, IEnumerable<IMarkdownExtension>? extensions = null)
    {
        if (page.Source is null) return "";
        var document = Markdown.Parse(page.Source.Body, MarkdownPipelineFactory.RenderPipeline);
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            LinkRewriter = url => page.LinkMap.TryGetValue(url, out var resolved) ? resolved : url,
        };
        MarkdownPipelineFactory.RenderPipeline.Setup(renderer);
        var index = renderer.ObjectRenderers.FindIndex(r => r is HtmlCustomContainerRenderer);
        if (index >= 0) renderer.ObjectRenderers[index] = new CalloutRenderer(strings);
        foreach (var extension in extensions ?? []) extension.Setup(MarkdownPipelineFactory.RenderPipeline, renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
