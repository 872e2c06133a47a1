using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Theme.Components;

/// <summary>The list of a section's pages shown beside every page of that section. It is the same for every page of
/// the section, so its items are built once per section and language (like Hugo's partialCached) and only the current
/// page's item is made per page. With hundreds of pages in a section, this list is most of a page's HTML: the cached
/// items go into the page as they are, never copied into a new string per page.</summary>
public static class SectionNavigation
{
    /// <summary>One list item's HTML, and the page it links to.</summary>
    public sealed record Item(string PageId, string Html);

    static readonly ConditionalWeakTable<SiteContext, ConcurrentDictionary<(string, string), ImmutableArray<Item>>> Lists = new();

    public static ImmutableArray<Item> Items(PageView view) =>
        Lists.GetValue(view.Context, _ => new())
            .GetOrAdd((view.Page.Section, view.Lang), key => [.. view.Context.Children(key.Item1, key.Item2).Select(p => new Item(p.Id, ItemHtml(p, current: false)))]);

    public static string ItemHtml(LinkedPage page, bool current) =>
        $"<li><a href=\"{HtmlEncoder.Default.Encode(page.Url)}\"{(current ? " aria-current=\"page\"" : "")}>{HtmlEncoder.Default.Encode(page.Title)}</a></li>";
}
