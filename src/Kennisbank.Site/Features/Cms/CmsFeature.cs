using System.Net;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Features.Cms;

/// <summary>Editing in the browser: Decap CMS at /admin/, self-hosted, with a configuration generated from the content
/// model (<see cref="CmsConfig"/>), so a new section, key or language reaches the CMS without anyone editing it. The
/// admin page is no content page: it is not in the sitemap or the search index, and says noindex. Without the bundle
/// (no Node.js where kb ran) nothing is published under /admin/ and the rest of the site is built as always.</summary>
public sealed class CmsFeature(CmsBundle? bundle = null) : ISiteFeature
{
    public const string Folder = "admin";

    public IEnumerable<OutputFile> Files(SiteContext context)
    {
        if (bundle is null) yield break;
        // Made while the pages are written, not in the one-threaded publish stage.
        yield return OutputFile.Lazy($"{Folder}/config.yml", writer => writer.Write(CmsConfig.Write(context)), $"{Folder}/config.yml (generated)");
        yield return OutputFile.Text($"{Folder}/index.html", AdminPage(context, bundle), $"{Folder}/index.html (generated)");
        foreach (var file in bundle.Files)
            yield return OutputFile.Copy($"{Folder}/{file}", Path.Combine(bundle.Folder, file), $"{bundle.Name} {bundle.Version}: {file}");
    }

    /// <summary>The page's entry in the CMS, when the CMS can save: its GitHub backend needs the repository.</summary>
    public string? EditUrl(LinkedPage page, SiteContext context) =>
        page.Source is null || CmsConfig.GitHubRepository(context.Config) is null ? null
            : $"/{Folder}/#/collections/{CmsConfig.CollectionName(page.Section)}/entries/{page.Source.Source.Name}";

    /// <summary>The admin page: the CMS's script (which reads config.yml beside the page) and nothing inline (the CMS injects its own styles, which is why /admin/
    /// has its own CSP in netlify.toml). noindex, so a search engine that finds it anyway leaves it out. The preview
    /// never reloads it (<see cref="PreviewHints.NoLiveReload"/>): a save in the CMS changes the input, and a reload
    /// would lose the editor's work.</summary>
    static string AdminPage(SiteContext context, CmsBundle bundle)
    {
        var lang = context.Config.DefaultLanguage;
        var title = WebUtility.HtmlEncode($"{context.Strings[lang]["site.name"]}: {context.Strings[lang]["cms.page"]}");
        return $"""
            <!DOCTYPE html>
            <html lang="{lang}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow">
            {PreviewHints.NoLiveReload}
            <title>{title}</title>
            </head>
            <body>
            <script src="/{Folder}/{CmsBundle.EntryScript}"></script>
            </body>
            </html>

            """;
    }
}
