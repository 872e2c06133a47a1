using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Kennisbank.Site.Rendering;

/// <summary>Renders <c>::: note</c> blocks as labelled asides. The label is text, so the kind never depends on colour alone.</summary>
/// <param name="label">Writes the label of a kind: in the page's language, or, while a <see cref="BodyTemplate"/> is
/// made, a hole the language fills in later.</param>
public sealed class CalloutRenderer(Action<HtmlRenderer, string> label) : HtmlObjectRenderer<CustomContainer>
{
    public static void WriteLabel(HtmlRenderer renderer, UiStrings strings, string kind) => renderer.WriteEscape(strings["callout." + kind]);

    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        // An unknown kind is already a diagnostic; render it as a note so the rest of the build can report on.
        var kind = Parsing.PageParser.CalloutKinds.Contains(container.Info ?? "") ? container.Info! : "note";
        renderer.EnsureLine();
        renderer.Write("<aside class=\"callout callout-").WriteEscape(kind).Write("\">");
        renderer.Write("<p class=\"callout-label\">");
        label(renderer, kind);
        renderer.Write("</p>");
        renderer.WriteChildren(container);
        renderer.WriteLine("</aside>");
    }
}
