using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Kennisbank.Site.Rendering;

/// <summary>Renders <c>::: note</c> blocks as labelled asides. The label is text, so the kind never depends on colour alone.</summary>
public sealed class CalloutRenderer(UiStrings strings) : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        // An unknown kind is already a diagnostic; render it as a note so the rest of the build can report on.
        var kind = Parsing.PageParser.CalloutKinds.Contains(container.Info ?? "") ? container.Info! : "note";
        renderer.EnsureLine();
        renderer.Write("<aside class=\"callout callout-").WriteEscape(kind).Write("\">");
        renderer.Write("<p class=\"callout-label\">").WriteEscape(strings["callout." + kind]).Write("</p>");
        renderer.WriteChildren(container);
        renderer.WriteLine("</aside>");
    }
}
