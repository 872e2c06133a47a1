using Kennisbank.Diagnostics;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Publishing;

/// <summary>Stage 5: the files around the pages: the 404 page, the language chooser, the sitemap, robots.txt, the
/// language redirects, the features' files (feeds, scripts), the files beside the pages and the theme's assets.</summary>
public static class Publisher
{
    public static (IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics) Publish(
        SiteContext context, IPageRenderer theme, string themeDir)
    {
        var diagnostics = new List<Diagnostic>();
        var files = new List<OutputFile>
        {
            OutputFile.Text("404.html", theme.RenderNotFound(context)),
            OutputFile.Text("index.html", theme.RenderLanguageChooser(context)),
            OutputFile.Lazy("sitemap.xml", output => SitemapWriter.Write(context, output)),
            OutputFile.Text("robots.txt", RobotsWriter.Write(context)),
            OutputFile.Text(RedirectsWriter.FileName, RedirectsWriter.Write(context)),
        };
        foreach (var feature in context.Schema.Features)
        {
            try
            {
                files.AddRange(feature.Files(context).ToList());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                diagnostics.Add(Faults.Internal($"publish ({feature.GetType().Name})", e));
            }
        }
        files.AddRange(context.Site.Assets.Select(a => OutputFile.Copy(a.OutputPath, a.SourcePath, a.DisplayPath)));
        files.AddRange(ThemeAssets(themeDir));
        return (files, diagnostics);
    }

    /// <summary>The theme's CSS, scripts and icons, served from /assets/.</summary>
    static IEnumerable<OutputFile> ThemeAssets(string themeDir)
    {
        var root = Path.Combine(themeDir, "assets");
        if (!Directory.Exists(root)) return [];
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f =>
        {
            var path = "assets/" + Path.GetRelativePath(root, f).Replace('\\', '/');
            var origin = Path.Combine(themeDir, "assets", Path.GetRelativePath(root, f)).Replace('\\', '/');
            // Stylesheets are served without their comments (CssCompactor); read when written, like a copy.
            return f.EndsWith(".css", StringComparison.Ordinal)
                ? OutputFile.Lazy(path, writer => writer.Write(CssCompactor.Compact(File.ReadAllText(f))), origin)
                : OutputFile.Copy(path, f, origin);
        });
    }
}
