using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Extensibility;

/// <summary>A layout, declared by the feature that owns it. The theme renders it with the component that carries
/// <c>[RendersLayout(name)]</c>; an unknown layout is a diagnostic, never a silent fallback.</summary>
public sealed record LayoutDeclaration(string Name)
{
    /// <summary>How a section whose landing page uses this layout orders its pages; null keeps the site's default
    /// order ('order', then title).</summary>
    public Func<IEnumerable<LinkedPage>, IEnumerable<LinkedPage>>? OrderChildren { get; init; }

    /// <summary>The file name of the section's Atom feed, when it has one; the link stage stores its URL on the page.</summary>
    public string? Feed { get; init; }

    /// <summary>The layout of the pages in a section whose landing page uses this layout, where a page names none
    /// (the roadmap's step pages get the step layout); null keeps the default, <see cref="CoreLayouts.Page"/>.</summary>
    public string? PageLayout { get; init; }

    /// <summary>The view data the layout's template needs, made in C#, so that templates do no queries.</summary>
    public Func<PageView, object>? Model { get; init; }
}
