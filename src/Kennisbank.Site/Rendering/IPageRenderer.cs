namespace Kennisbank.Site.Rendering;

/// <summary>The theme: turns views into HTML documents. The pipeline knows nothing of Razor.</summary>
public interface IPageRenderer
{
    /// <summary>The layouts the theme has a component for; every declared layout must be among them.</summary>
    IReadOnlyCollection<string> Layouts { get; }

    /// <summary>Writes the page's HTML document to <paramref name="output"/> (streamed: pages can be large).</summary>
    void RenderPage(PageView view, TextWriter output);
    string RenderNotFound(SiteContext context);
    string RenderLanguageChooser(SiteContext context);
}

/// <summary>Marks a theme component as the one that renders a layout. A component may render several layouts.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class RendersLayoutAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
