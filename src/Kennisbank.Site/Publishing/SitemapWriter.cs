using System.Xml.Linq;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Publishing;

/// <summary>sitemap.xml with every page and its language alternates (Google's xhtml:link convention).</summary>
public static class SitemapWriter
{
    static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static string Write(SiteContext context)
    {
        // Fallback pages are left out: their canonical address is the page they show, which is listed.
        var urls = context.Site.Pages.Where(page => !page.IsFallback).Select(page =>
        {
            var element = new XElement(Sm + "url", new XElement(Sm + "loc", context.BaseUrl + page.Url));
            // The date the page itself shows (History/LastUpdated): the last commit, or a post's publication date. W3C
            // Datetime, which lastmod uses, has a month-only form (YYYY-MM): no day is made up.
            if (page.LastUpdated is { } updated)
                element.Add(new XElement(Sm + "lastmod", updated.Date.Iso));
            foreach (var alternate in Alternates.For(page, context))
                element.Add(new XElement(Xhtml + "link",
                    new XAttribute("rel", "alternate"), new XAttribute("hreflang", alternate.HrefLang), new XAttribute("href", alternate.Href)));
            return element;
        });
        var root = new XElement(Sm + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root + "\n";
    }
}
