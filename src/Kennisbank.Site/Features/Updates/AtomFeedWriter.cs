using System.Xml.Linq;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Features.Updates;

/// <summary>An Atom feed (RFC 4287) per updates section and language, newest first. Dates come from front matter,
/// never from the clock, so two builds give the same feed.</summary>
public static class AtomFeedWriter
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Write(LinkedPage section, IEnumerable<(LinkedPage Page, string Html)> posts, SiteContext context)
    {
        // The posts come in the section's order, newest first (see UpdatesFeature.NewestFirst).
        var entries = posts.ToList();
        var newest = entries.Select(e => e.Page.FrontMatter.Updated).FirstOrDefault() ?? new PageDate(2000, 1, 1);
        var feedUrl = context.BaseUrl + section.FeedUrl;
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", section.Lang),
            new XElement(Atom + "id", feedUrl),
            new XElement(Atom + "title", $"{context.Strings[section.Lang]["site.name"]}: {section.Title}"),
            new XElement(Atom + "subtitle", section.Description),
            new XElement(Atom + "updated", Timestamp(newest)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", feedUrl)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", context.BaseUrl + section.Url)),
            new XElement(Atom + "author", new XElement(Atom + "name", context.Strings[section.Lang]["site.publisher"])),
            entries.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "id", context.BaseUrl + e.Page.Url),
                new XElement(Atom + "title", e.Page.Title),
                new XElement(Atom + "updated", Timestamp(e.Page.FrontMatter.Updated ?? newest)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", context.BaseUrl + e.Page.Url)),
                new XElement(Atom + "summary", e.Page.Description),
                new XElement(Atom + "content", new XAttribute("type", "html"), e.Html))));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + feed + "\n";
    }

    /// <summary>Atom (RFC 4287, 3.3) requires a full timestamp and cannot say "some day in September 2022": a month-only
    /// date becomes its first day. Readers see the month in the entry's own text; the pages show only the month.</summary>
    static string Timestamp(PageDate date) => date.FirstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
}
