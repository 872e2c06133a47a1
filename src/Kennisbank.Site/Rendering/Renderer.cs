using Kennisbank.Site.Incremental;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Rendering;

/// <summary>Stage 4: every page through its layout. Pages are lazy files, rendered in parallel while they are written
/// (see <see cref="OutputFile"/>); the layout's view data is made by the feature that declares the layout.</summary>
public static class Renderer
{
    public static IEnumerable<OutputFile> Render(SiteContext context, IPageRenderer theme, BuildCache? cache = null) =>
        context.Site.Pages.Select(page =>
        {
            var file = OutputFile.Lazy(page.OutputPath, output => RenderPage(page, context, theme, output), page.Source?.Source.DisplayPath);
            return cache is null ? file : cache.Render(page, file.Memoized);
        });

    /// <summary>One page: its Markdown body (shown to the features' <c>PageRendered</c>), the view data of its layout,
    /// and the layout around them.</summary>
    public static void RenderPage(LinkedPage page, SiteContext context, IPageRenderer theme, TextWriter output)
    {
        var extensions = context.Schema.Features.SelectMany(f => f.ContentExtensions(page, context));
        var html = ContentRenderer.Render(page, context.Strings[page.Lang], extensions);
        foreach (var feature in context.Schema.Features) feature.PageRendered(page, html, context);
        var view = new PageView(page, html, context);
        var model = context.Schema.Layout(page.Layout)?.Model;
        theme.RenderPage(model is null ? view : view with { Model = model(view) }, output);
    }
}
