using Kennisbank.Diagnostics;

namespace Kennisbank.Site.Linking;

/// <summary>Link step 6: every file beside the pages (an image, a PDF) is published beside them in every language,
/// so a page's relative links work in each.</summary>
public static class CopyAssets
{
    public static (LinkedSite Site, IEnumerable<Diagnostic> Diagnostics) Run(LinkedSite site, LinkContext context)
    {
        var copies = context.Assets
            .SelectMany(a => site.Config.Codes.Select(lang => new AssetCopy(a.FullPath, SectionUrls.OfAsset(site, a.RelativePath, lang).TrimStart('/'), a.DisplayPath)))
            .ToList();
        return (site with { Assets = [.. copies] }, []);
    }
}
