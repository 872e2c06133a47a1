using Kennisbank.Site.Incremental;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Publishing;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Rendering;

/// <summary>Stage 4: every page through its layout (in parallel), plus the site-wide files.</summary>
public static class Renderer
{
    public static IEnumerable<OutputFile> Render(SiteContext context, IPageRenderer theme, string themeDir, BuildCache? cache = null)
    {
        var pages = context.Site.Pages.Select(page =>
        {
            var file = OutputFile.Lazy(page.OutputPath,
                output => theme.RenderPage(new PageView(page, ContentRenderer.Render(page, context.Strings[page.Lang]), context), output));
            return cache is null ? file : cache.Render(page, file.Materialized);
        });

        var files = new List<OutputFile>(pages)
        {
            OutputFile.Text("404.html", theme.RenderNotFound(context)),
            OutputFile.Text("index.html", theme.RenderLanguageChooser(context)),
            OutputFile.Text("sitemap.xml", SitemapWriter.Write(context)),
            OutputFile.Text("robots.txt", RobotsWriter.Write(context)),
        };
        foreach (var section in context.Site.Pages.Where(p => p.IsIndex && p.Layout == LayoutNames.Updates))
        {
            var posts = context.Children(section.Section, section.Lang).Select(p => (p, ContentRenderer.Render(p, context.Strings[p.Lang])));
            files.Add(OutputFile.Text(section.OutputPath.Replace("index.html", PageView.FeedFileName), AtomFeedWriter.Write(section, posts, context)));
        }
        files.AddRange(context.Site.Assets.Select(a => OutputFile.Copy(a.OutputPath, a.SourcePath)));
        files.AddRange(ThemeAssets(themeDir));
        return files;
    }

    /// <summary>The theme's CSS, scripts and icons, served from /assets/.</summary>
    static IEnumerable<OutputFile> ThemeAssets(string themeDir)
    {
        var root = Path.Combine(themeDir, "assets");
        if (!Directory.Exists(root)) return [];
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => OutputFile.Copy("assets/" + Path.GetRelativePath(root, f).Replace('\\', '/'), f));
    }
}
