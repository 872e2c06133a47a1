using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Kennisbank.Site.Features.Glossary.Terms;

/// <summary>Glossary terms in the text (issue 15, part 3), a Markdig extension like Markdig's own: this class wires
/// the renderer of <see cref="GlossaryTermRenderer"/> in place of Markdig's plain-text renderer. It changes rendering
/// only, so it is made per page (with that page's terms) and set up on that page's renderer; setting it up twice
/// keeps one.</summary>
public sealed class GlossaryTermsExtension(PageTerms terms) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html || terms.Terms.Count == 0) return;
        var index = html.ObjectRenderers.FindIndex(r => r is LiteralInlineRenderer or GlossaryTermRenderer);
        if (index >= 0) html.ObjectRenderers[index] = new GlossaryTermRenderer(terms);
    }
}
