using System.Xml;
using System.Xml.Linq;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Publishing;

/// <summary>sitemap.xml with every page and its language alternates (Google's xhtml:link convention).</summary>
public static class SitemapWriter
{
    static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>Written while the pages are (a lazy file, see <see cref="Publisher"/>), straight into the file's writer:
    /// made as one string in the publish stage, a 20,000-page sitemap was a large allocation and a third of a second
    /// of the one-threaded time between the link stage and the pages (docs/performance.md, issue 16).</summary>
    public static void Write(SiteContext context, TextWriter output)
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
        output.Write(new XDeclaration("1.0", "utf-8", null).ToString());
        output.Write('\n');
        // The settings XNode.ToString uses: indented, no declaration of its own (the one above says UTF-8).
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true }))
            root.WriteTo(xml);
        output.Write('\n');
    }
}
