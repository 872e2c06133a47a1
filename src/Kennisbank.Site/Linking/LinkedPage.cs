using System.Collections.Immutable;
using Kennisbank.Site.Parsing;

namespace Kennisbank.Site.Linking;

public sealed record NavLink(string Title, string Url);

/// <summary>A page that the build makes itself rather than reads from Markdown (an SDG page, an assessment).</summary>
/// <param name="Payload">What its layout needs, e.g. the SDG number or the assessment id.</param>
public sealed record VirtualPage(string Id, string Lang, string Section, string Slug, string Title, string Description,
    string Layout, string Payload, int Order = 0, string? Parent = null);

/// <summary>Stage 3's product for one page: where it lives, how it connects to the rest of the site.</summary>
public sealed record LinkedPage
{
    public required string Id { get; init; }
    public required string Lang { get; init; }
    public required string Section { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Layout { get; init; }
    public required string Url { get; init; }
    public required FrontMatter FrontMatter { get; init; }
    /// <summary>The Markdown page this came from; null for virtual pages.</summary>
    public ParsedPage? Source { get; init; }
    public VirtualPage? Virtual { get; init; }
    public bool IsIndex => Id == "index" || Id.EndsWith("/index", StringComparison.Ordinal);
    public bool IsHome => Id == "index";

    /// <summary>The same page in the other language, when it exists.</summary>
    public string? TranslationUrl { get; init; }
    /// <summary>Where the language switcher leads: the translation, else the other language's section or home page.</summary>
    public string SwitchUrl { get; init; } = "/";
    public ImmutableArray<NavLink> Breadcrumbs { get; init; } = [];
    public NavLink? Previous { get; init; }
    public NavLink? Next { get; init; }
    public ImmutableArray<Heading> TableOfContents { get; init; } = [];
    /// <summary>Every link written in the page, mapped to its output URL.</summary>
    public ImmutableDictionary<string, string> LinkMap { get; init; } = ImmutableDictionary<string, string>.Empty;

    public string OutputPath => Url.TrimStart('/') + "index.html";
}

/// <summary>A section in one language, for the main navigation.</summary>
public sealed record SectionEntry(string Id, string Title, string Description, string Url, string Layout, int Order);

/// <summary>A file copied from input to output.</summary>
public sealed record AssetCopy(string SourcePath, string OutputPath);

/// <summary>The whole linked site: every page with its URL and neighbours; navigation per language.</summary>
public sealed record LinkedSite(
    ImmutableArray<LinkedPage> Pages,
    ImmutableDictionary<string, ImmutableArray<SectionEntry>> Sections,
    ImmutableArray<AssetCopy> Assets)
{
    // Built on first use; a race only builds the same dictionary twice.
    Dictionary<(string, string), LinkedPage>? byKey;

    /// <summary>Every page by id and language.</summary>
    public IReadOnlyDictionary<(string, string), LinkedPage> ByKey =>
        byKey ??= Pages.GroupBy(p => (p.Id, p.Lang)).ToDictionary(g => g.Key, g => g.First());

    public LinkedPage? Find(string id, string lang) => ByKey.GetValueOrDefault((id, lang));

    public IEnumerable<LinkedPage> Children(string section, string lang) =>
        Pages.Where(p => p.Section == section && p.Lang == lang && !p.IsIndex && p.Virtual?.Parent is null);
}
