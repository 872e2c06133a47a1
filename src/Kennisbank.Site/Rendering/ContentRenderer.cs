using System.Text;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Parsing;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace Kennisbank.Site.Rendering;

/// <summary>Markdown body to HTML, with every link rewritten to its output URL (resolved by the link stage). A page
/// is rendered from the <see cref="BodyTemplate"/> its parse made; only a page whose text a feature renders its own
/// way (the glossary's term links) is parsed again, since that rendering depends on the linked site.</summary>
public static class ContentRenderer
{
    /// <param name="extensions">Render-time Markdig extensions made for this page (<see cref="Extensibility.ISiteFeature.ContentExtensions"/>).</param>
    public static string Render(LinkedPage page, UiStrings strings, IEnumerable<IMarkdownExtension>? extensions = null)
    {
        if (page.Source is null) return "";
        var own = extensions?.ToList() ?? [];
        var writer = Borrow();
        try
        {
            if (own.Count == 0 && page.Source.Template is { } template)
                template.WriteTo(new HtmlRenderer(writer) { LinkRewriter = Links(page) }, strings);
            else
                Parsed(page, strings, own, writer);
            writer.Flush();
            return writer.ToString();
        }
        finally
        {
            Return(writer);
        }
    }

    /// <summary>The body parsed again and rendered with the page's extensions: what a template stands for.</summary>
    internal static void Parsed(LinkedPage page, UiStrings strings, IReadOnlyList<IMarkdownExtension> extensions, TextWriter writer)
    {
        var document = Markdown.Parse(page.Source!.Body, MarkdownPipelineFactory.RenderPipeline);
        var renderer = NewRenderer(writer, Links(page), (r, kind) => CalloutRenderer.WriteLabel(r, strings, kind));
        foreach (var extension in extensions) extension.Setup(MarkdownPipelineFactory.RenderPipeline, renderer);
        renderer.Render(document);
    }

    static Func<string, string> Links(LinkedPage page) => url => page.LinkMap.TryGetValue(url, out var resolved) ? resolved : url;

    /// <summary>The site's HTML renderer: Markdig's, with the pipeline's extensions and our callouts.</summary>
    internal static HtmlRenderer NewRenderer(TextWriter writer, Func<string, string> links, Action<HtmlRenderer, string> calloutLabel)
    {
        var renderer = new HtmlRenderer(writer) { LinkRewriter = links };
        MarkdownPipelineFactory.RenderPipeline.Setup(renderer);
        var index = renderer.ObjectRenderers.FindIndex(r => r is HtmlCustomContainerRenderer);
        if (index >= 0) renderer.ObjectRenderers[index] = new CalloutRenderer(calloutLabel);
        return renderer;
    }

    /// <summary>The thread's writer, taken while in use (a nested call gets its own).</summary>
    internal static StringWriter Borrow()
    {
        var writer = spare ?? new StringWriter(new StringBuilder(16 * 1024));
        spare = null;
        return writer;
    }

    internal static void Return(StringWriter writer)
    {
        writer.GetStringBuilder().Clear();
        spare = writer;
    }

    // One writer per thread, its buffer kept from page to page: a new one grew through a chain of buffers for every
    // page's body, twice its size in garbage (docs/performance.md).
    [ThreadStatic] static StringWriter? spare;
}
