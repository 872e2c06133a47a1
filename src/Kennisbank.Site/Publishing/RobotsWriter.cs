using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Publishing;

public static class RobotsWriter
{
    public static string Write(SiteContext context) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {context.BaseUrl}/sitemap.xml\n";
}
