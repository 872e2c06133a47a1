using Kennisbank.Site.Rendering;
using Kennisbank.Site.Tests.Features.Search.Support;
using Kennisbank.Site.Tests.Support;
using Kennisbank.Theme;

namespace Kennisbank.Site.Tests.Rendering;

/// <summary><see cref="ThemeRenderer"/> keeps one renderer per thread for the whole build, and removes each page's
/// components once the page is written: a page that fails must neither break the pages after it nor change them.</summary>
public class ThemeRendererTests
{
    static SiteContext Context => SearchSite.RealOne.Context;

    static string Render(ThemeRenderer renderer, PageView view)
    {
        var output = new StringWriter();
        renderer.RenderPage(view, output);
        return output.ToString();
    }

    [Fact]
    public void A_page_whose_layout_fails_leaves_the_next_pages_as_they_were()
    {
        var page = Context.Site.Pages.First(p => p.Layout == "page");
        var search = Context.Site.Pages.First(p => p.Layout == "search");
        var view = new PageView(page, "<p>Body.</p>", Context);
        using var renderer = new ThemeRenderer();
        var first = Render(renderer, view);

        // The search layout without its view data fails, with the layout's own error, not one from the renderer.
        var failure = Assert.Throws<InvalidOperationException>(() => Render(renderer, new PageView(search, "", Context)));
        Assert.Contains("expected view data", failure.Message, StringComparison.Ordinal);

        Assert.Equal(first, Render(renderer, view));
        using var fresh = new ThemeRenderer();
        Assert.Equal(first, Render(fresh, view));
    }

    /// <summary>Far more pages than the renderer ever held at once before (it was recycled every 256): each is
    /// rendered the same way, whatever came before it on the thread.</summary>
    [Fact]
    public void Many_pages_on_one_renderer_render_as_on_a_fresh_one()
    {
        var pages = Context.Site.Pages.Where(p => p.Layout == "page").Take(20).ToList();
        using var renderer = new ThemeRenderer();
        var first = pages.Select(p => Render(renderer, new PageView(p, "<p>Body.</p>", Context))).ToList();
        for (var round = 0; round < 20; round++)
            foreach (var p in pages) Render(renderer, new PageView(p, "<p>Body.</p>", Context));
        using var fresh = new ThemeRenderer();
        Assert.Equal(first, pages.Select(p => Render(fresh, new PageView(p, "<p>Body.</p>", Context))));
        Assert.Equal(first, pages.Select(p => Render(renderer, new PageView(p, "<p>Body.</p>", Context))));
    }
}
