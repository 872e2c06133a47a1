using System.Text;
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
        // The thread's writer, taken while in use (a nested call would get its own).
        var writer = spare ?? new StringWriter(new StringBuilder(16 * 1024));
        spare = null;
        try
        {
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
        finally
        {
            writer.GetStringBuilder().Clear();
            spare = writer;
        }
    }

    // One writer per thread, its buffer kept from page to page: a new one grew through a chain of buffers for every
    // page's body, twice its size in garbage (docs/performance.md).
    [ThreadStatic] static StringWriter? spare;
}
