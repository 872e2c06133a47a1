using System.Collections.Immutable;
using Kennisbank.Site.Configuration;

namespace Kennisbank.Site.Linking;

/// <summary>A section in one language, for the main navigation.</summary>
/// <param name="Lang">The language of its title (another than the navigation's on a fallback section page).</param>
public sealed record SectionEntry(string Id, string Title, string Description, string Url, string Layout, int Order, string Lang);

/// <summary>A file copied from input to output.</summary>
public sealed record AssetCopy(string SourcePath, string OutputPath, string DisplayPath);

/// <summary>The whole linked site, the single source of truth for everything that relates pages: every page with its
/// URL and neighbours, each section's pages in reading order, the navigation and footer per language. Nothing after
/// the link stage sorts or detects these again.</summary>
public sealed record LinkedSite(
    SiteConfig Config,
    ImmutableArray<LinkedPage> Pages,
    ImmutableDictionary<string, ImmutableArray<SectionEntry>> Sections,
    ImmutableArray<AssetCopy> Assets)
{
    /// <summary>Ids of each section's pages in reading order, per (section, language); nested pages are not listed.</summary>
    public ImmutableDictionary<(string Section, string Lang), ImmutableArray<string>> Order { get; init; } =
        ImmutableDictionary<(string, string), ImmutableArray<string>>.Empty;

    /// <summary>The links in each language's footer.</summary>
    public ImmutableDictionary<string, ImmutableArray<NavLink>> Footer { get; init; } = ImmutableDictionary<string, ImmutableArray<NavLink>>.Empty;

    // Built on first use for the pages it was built from: `with` copies this field, so a copy with other pages must
    // not reuse it. A race only builds the same index twice. Each link step makes a new site, so this is built several
    // times in the one-threaded link stage: a plain loop into a Dictionary (grouping and freezing were 1 % of a
    // 10,000-pair build; docs/performance.md).
    (ImmutableArray<LinkedPage> For, Dictionary<(string, string), LinkedPage> Index)? byKey;

    /// <summary>Every page by id and language (the first, should two have the same).</summary>
    public IReadOnlyDictionary<(string Id, string Lang), LinkedPage> ByKey
    {
        get
        {
            if (byKey is { } cached && cached.For == Pages) return cached.Index;
            var index = new Dictionary<(string, string), LinkedPage>(Pages.Length);
            foreach (var page in Pages) index.TryAdd((page.Id, page.Lang), page);
            byKey = (Pages, index);
            return index;
        }
    }

    public LinkedPage? Find(string id, string lang) => ByKey.GetValueOrDefault((id, lang));

    /// <summary>The landing page of a section ("" is the home page).</summary>
    public LinkedPage? SectionIndex(string section, string lang) => Find(section.Length == 0 ? "index" : $"{section}/index", lang);

    /// <summary>A section's pages in reading order.</summary>
    public IEnumerable<LinkedPage> SectionPages(string section, string lang) =>
        Order.GetValueOrDefault((section, lang), []).Select(id => ByKey[(id, lang)]);

    /// <summary>The landing pages that use a layout, e.g. every updates section in every language.</summary>
    public IEnumerable<LinkedPage> IndexesWithLayout(string layout) => Pages.Where(p => p.IsIndex && p.Layout == layout);
}
