using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Theme.Components;

/// <summary>The list of a section's pages shown beside every page of that section. It is the same for every page of
/// the section, so it is built once per section and language (like Hugo's partialCached) and only the current page's
/// link is marked per page. With hundreds of pages in a section, this is most of a page's HTML.</summary>
public static class SectionNavigation
{
    static readonly ConditionalWeakTable<SiteContext, ConcurrentDictionary<(string, string), string>> Lists = new();

    public static string Html(PageView view)
    {
        var lists = Lists.GetValue(view.Context, _ => new());
        var list = lists.GetOrAdd((view.Page.Section, view.Lang), key => Build(view.Context, key.Item1, key.Item2));
        var link = $"<a href=\"{HtmlEncoder.Default.Encode(view.Page.Url)}\">";
        var at = list.IndexOf(link, StringComparison.Ordinal);
        return at < 0 ? list : string.Concat(list.AsSpan(0, at + link.Length - 1), " aria-current=\"page\">", list.AsSpan(at + link.Length));
    }

    static string Build(SiteContext context, string section, string lang)
    {
        var html = new StringBuilder("<ul>");
        foreach (var page in context.Children(section, lang))
            html.Append("<li><a href=\"").Append(HtmlEncoder.Default.Encode(page.Url)).Append("\">")
                .Append(HtmlEncoder.Default.Encode(page.Title)).Append("</a></li>");
        return html.Append("</ul>").ToString();
    }
}
