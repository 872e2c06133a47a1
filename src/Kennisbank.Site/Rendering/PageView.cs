using System.Collections.Immutable;
using Kennisbank.Site.Data;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Parsing;

namespace Kennisbank.Site.Rendering;

/// <summary>Everything a layout needs to render one page. Queries live here, in C#, so templates stay declarative.</summary>
public sealed record PageView(LinkedPage Page, string ContentHtml, SiteContext Context)
{
    public string Lang => Page.Lang;
    public UiStrings Strings => Context.Strings[Page.Lang];
    public ImmutableArray<SectionEntry> Sections => Context.Site.Sections.GetValueOrDefault(Page.Lang, []);
    public string AbsoluteUrl(string url) => Context.BaseUrl + url;
    public LinkedPage? Translation => Page.TranslationUrl is null ? null : Context.Site.Find(Page.Id, Languages.Other(Page.Lang));
    public LinkedPage? Home => Context.Site.Find("index", Page.Lang);

    /// <summary>The pages of this page's section, in reading order (for section landing pages).</summary>
    public IEnumerable<LinkedPage> Children() => Context.Children(Page.Section, Page.Lang);

    public IEnumerable<Sdg> Sdgs() => Page.FrontMatter.Sdgs.Select(n => Context.Data.Sdgs.FirstOrDefault(s => s.Number == n)).OfType<Sdg>();

    /// <summary>The SDG page's URL, or null when the site has no SDG section (then tags are plain text).</summary>
    public string? SdgUrl(int number) => Context.SdgIndexUrl(Page.Lang) is { } index ? $"{index}{number}/" : null;

    public IEnumerable<LinkedPage> TaggedWith(int sdg) => Context.TaggedWith(sdg, Page.Lang);

    /// <summary>The feed of an updates section, relative to its landing page.</summary>
    public const string FeedFileName = "feed.xml";
}

/// <summary>What all pages of one build share, with the site-wide lookups computed once.</summary>
public sealed class SiteContext
{
    readonly ILookup<(string, string), LinkedPage> children;
    readonly Dictionary<string, string> sdgIndexUrls;
    readonly ILookup<(int, string), LinkedPage> tagged;

    public SiteContext(LinkedSite site, SiteData data, IReadOnlyDictionary<string, UiStrings> strings, string baseUrl)
    {
        (Site, Data, Strings, BaseUrl) = (site, data, strings, baseUrl.TrimEnd('/'));
        children = site.Pages.Where(p => !p.IsIndex && p.Virtual?.Parent is null)
            .GroupBy(p => (p.Section, p.Lang))
            .SelectMany(g => Linker.Ordered(g, g.Key.Section, site.ByKey, g.Key.Lang))
            .ToLookup(p => (p.Section, p.Lang));
        sdgIndexUrls = site.Pages.Where(p => p.Layout == LayoutNames.Sdgs && p.IsIndex)
            .GroupBy(p => p.Lang).ToDictionary(g => g.Key, g => g.First().Url);
        tagged = site.Pages.Where(p => p.Virtual is null)
            .SelectMany(p => p.FrontMatter.Sdgs.Select(n => (Key: (n, p.Lang), Page: p)))
            .OrderBy(x => x.Page.Title, StringComparer.Ordinal)
            .ToLookup(x => x.Key, x => x.Page);
    }

    public LinkedSite Site { get; }
    public SiteData Data { get; }
    public IReadOnlyDictionary<string, UiStrings> Strings { get; }
    /// <summary>The public address without a trailing slash, for canonical URLs, feeds and the sitemap.</summary>
    public string BaseUrl { get; }

    public IEnumerable<LinkedPage> Children(string section, string lang) => children[(section, lang)];
    public string? SdgIndexUrl(string lang) => sdgIndexUrls.GetValueOrDefault(lang);
    public IEnumerable<LinkedPage> TaggedWith(int sdg, string lang) => tagged[(sdg, lang)];
}

/// <summary>The theme: turns views into HTML documents. The pipeline knows nothing of Razor.</summary>
public interface IPageRenderer
{
    /// <summary>Writes the page's HTML document to <paramref name="output"/> (streamed: pages can be large).</summary>
    void RenderPage(PageView view, TextWriter output);
    string RenderNotFound(SiteContext context);
    string RenderLanguageChooser(SiteContext context);
}
