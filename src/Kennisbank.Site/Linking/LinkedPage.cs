using System.Collections.Immutable;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Parsing;

namespace Kennisbank.Site.Linking;

/// <param name="Lang">The language of the title: a page shown in a fallback language has its title in that language.</param>
public sealed record NavLink(string Title, string Url, string Lang);

/// <summary>A page that a feature makes itself rather than reads from Markdown (an SDG page, an assessment).</summary>
/// <param name="Payload">What its layout needs, typed by the feature (e.g. the SDG itself); compared by value, so
/// payloads are records.</param>
/// <param name="Parent">The slug of the page it sits under, for pages one level deeper than their section; "" for a
/// page that belongs to the section's landing page (the printable section): its URL is in the section, but it is not
/// one of the section's pages.</param>
/// <param name="ContentLang">The language of its content when it is not <paramref name="Lang"/> (a fallback).</param>
public sealed record VirtualPage(string Id, string Lang, string Section, string Slug, string Title, string Description,
    string Layout, object Payload, int Order = 0, string? Parent = null, string? ContentLang = null);

/// <summary>The page in one of the site's languages: its URL there, and whether it <paramref name="Exists"/> there as a
/// real translation (not a fallback showing another language's text). Where the site has no page at all in a language
/// (a generated page of a section that language lacks), the URL is that language's section or home page.</summary>
public sealed record LanguageVersion(string Lang, string Url, bool Exists);

/// <summary>Stage 3's product for one page: where it lives, how it connects to the rest of the site.</summary>
public sealed record LinkedPage
{
    public required string Id { get; init; }
    /// <summary>The language the page is shown in: its URL's, and its interface's.</summary>
    public required string Lang { get; init; }
    /// <summary>The language its content is written in; another than <see cref="Lang"/> on a fallback page.</summary>
    public required string ContentLang { get; init; }
    public bool IsFallback => ContentLang != Lang;
    public required string Section { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Layout { get; init; }
    public required string Url { get; init; }
    public required FrontMatter FrontMatter { get; init; }
    /// <summary>The Markdown page this came from; null for virtual pages.</summary>
    [PageLocal] public ParsedPage? Source { get; init; }
    public VirtualPage? Virtual { get; init; }
    public bool IsIndex => Id == "index" || Id.EndsWith("/index", StringComparison.Ordinal);
    public bool IsHome => Id == "index";
    /// <summary>Pages that sit under another page (a method page under its assessment) are not listed in sections.</summary>
    public bool IsNested => Virtual?.Parent is not null;

    /// <summary>The page in every language of the site, in the configuration's order, this one included.</summary>
    public ImmutableArray<LanguageVersion> Versions { get; init; } = [];
    /// <summary>The address search engines should index: the page itself, or for a fallback the page it falls back to.</summary>
    public string CanonicalUrl { get; init; } = "";
    public ImmutableArray<NavLink> Breadcrumbs { get; init; } = [];
    public NavLink? Previous { get; init; }
    public NavLink? Next { get; init; }
    [PageLocal] public ImmutableArray<Heading> TableOfContents { get; init; } = [];
    /// <summary>The section's Atom feed, on the landing page of a section that has one.</summary>
    public string? FeedUrl { get; init; }
    /// <summary>The date the page shows as last updated and the sitemap gives as lastmod (see History/LastUpdated).</summary>
    public History.LastUpdate? LastUpdated { get; init; }
    /// <summary>Labels from the features, e.g. the page's SDGs.</summary>
    public ImmutableArray<TagList> Tags { get; init; } = [];
    /// <summary>Every link written in the page, mapped to its output URL. Read-only once made (by
    /// <see cref="ResolveLinks"/>); a plain dictionary, as an immutable one cost a quarter of the one-threaded link
    /// stage at 10,000 pairs.</summary>
    [PageLocal] public IReadOnlyDictionary<string, string> LinkMap { get; init; } = ImmutableDictionary<string, string>.Empty;

    public string OutputPath => Url.TrimStart('/') + "index.html";

    /// <summary>The versions of this page that exist (real translations, not fallbacks), for hreflang and the sitemap.</summary>
    public IEnumerable<LanguageVersion> Translations => Versions.Where(v => v.Exists);

    public NavLink Link => new(Title, Url, ContentLang);
}

/// <summary>Marks what only the page itself shows: changing it re-renders that page alone (see the preview cache).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PageLocalAttribute : Attribute;
