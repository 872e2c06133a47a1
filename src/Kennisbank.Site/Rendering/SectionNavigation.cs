using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Rendering;

/// <summary>The list of a section's pages shown beside every page of that section. It is the same for every page of
/// the section except for the current page's mark, so it is built once per section and language (like Hugo's
/// partialCached), as blocks of items. A page reuses every block but the one holding its own item, which it rebuilds
/// with the mark. With hundreds of pages in a section this list is most of a page's HTML: a block per 32 items keeps
/// both the copying per page and the number of pieces Razor handles small.</summary>
public static class SectionNavigation
{
    const int BlockSize = 32;

    sealed record SectionList(string[] Items, string[] Blocks, Dictionary<string, int> Position);

    static readonly ConditionalWeakTable<SiteContext, ConcurrentDictionary<(string, string), SectionList>> Lists = new();

    /// <summary>The list's items (<c>li</c> elements) as HTML blocks, with the current page's link marked.</summary>
    public static IEnumerable<string> Blocks(PageView view)
    {
        var list = Lists.GetValue(view.Context, _ => new())
            .GetOrAdd((view.Page.Section, view.Lang), key => Build(view.Context.Site.SectionPages(key.Item1, key.Item2)));
        if (!list.Position.TryGetValue(view.Page.Id, out var at)) return list.Blocks;
        var marked = (string[])list.Blocks.Clone();
        marked[at / BlockSize] = Block(list.Items, at / BlockSize, (at, ItemHtml(view.Page, current: true)));
        return marked;
    }

    static SectionList Build(IEnumerable<LinkedPage> pages)
    {
        var all = pages.ToArray();
        var items = all.Select(p => ItemHtml(p, current: false)).ToArray();
        // Kept with their UTF-8 bytes: every page of the section writes them, and copies the bytes instead (PreEncoded).
        var blocks = Enumerable.Range(0, (items.Length + BlockSize - 1) / BlockSize).Select(b => Writing.PreEncoded.Keep(Block(items, b, null))).ToArray();
        var position = new Dictionary<string, int>();
        for (var i = 0; i < all.Length; i++) position.TryAdd(all[i].Id, i);
        return new SectionList(items, blocks, position);
    }

    /// <summary>One block's HTML, made in one allocation of its length: a StringBuilder grew through a chain of chunks
    /// for every page (9 % of what a 10,000-pair build allocates, in a profile; docs/performance.md).</summary>
    static string Block(string[] items, int block, (int Index, string Html)? replace)
    {
        var start = block * BlockSize;
        var parts = items[start..Math.Min(items.Length, start + BlockSize)];
        if (replace is { } r) parts[r.Index - start] = r.Html;
        return string.Concat(parts);
    }

    static string ItemHtml(LinkedPage page, bool current) =>
        $"<li><a href=\"{HtmlEncoder.Default.Encode(page.Url)}\"{(page.IsFallback ? $" lang=\"{page.ContentLang}\"" : "")}{(current ? " aria-current=\"page\"" : "")}>{HtmlEncoder.Default.Encode(page.Title)}</a></li>";
}
