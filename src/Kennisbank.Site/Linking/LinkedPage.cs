using System.Collections.Immutable;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Parsing;

namespace Kennisbank.Site.Linking;

public sealed record NavLink(string Title, string Url);

/// <summary>A page that a feature makes itself rather than reads from Markdown (an SDG page, an assessment).</summary>
/// <param name="Payload">What its layout needs, typed by the feature (e.g. the SDG itself); compared by value, so
/// payloads are records.</param>
/// <param name="Parent">The slug of the page it sits under, for pages one level deeper than their section.</param>
public sealed record VirtualPage(string Id, string Lang, string Section, string Slug, string Title, string Description,
    string Layout, object Payload, int Order = 0, string? Parent = null);

/// <summary>The page in one of the site's languages: its own URL where it <paramref name="Exists"/> in that language,
/// else where the language switcher leads instead (the section or home page in that language).</summary>
public sealed record LanguageVersion(string Lang, string Url, bool Exists);

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
    [PageLocal] public ParsedPage? Source { get; init; }
    public VirtualPage? Virtual { get; init; }
    public bool IsIndex => Id == "index" || Id.EndsWith("/index", StringComparison.Ordinal);
    public bool IsHome => Id == "index";
    /// <summary>Pages that sit under another page (a method page under its assessment) are not listed in sections.</summary>
    public bool IsNested => Virtual?.Parent is not null;

    /// <summary>The page in every language of the site, in the configuration's order, this one included.</summary>
    public ImmutableArray<LanguageVersion> Versions { get; init; } = [];
    public ImmutableArray<NavLink> Breadcrumbs { get; init; } = [];
    public NavLink? Previous { get; init; }
    public NavLink? Next { get; init; }
    [PageLocal] public ImmutableArray<Heading> TableOfContents { get; init; } = [];
    /// <summary>The section's Atom feed, on the landing page of a section that has one.</summary>
    public string? FeedUrl { get; init; }
    /// <summary>Labels from the features, e.g. the page's SDGs.</summary>
    public ImmutableArray<TagList> Tags { get; init; } = [];
    /// <summary>Every link written in the page, mapped to its output URL.</summary>
    [PageLocal] public ImmutableDictionary<string, string> LinkMap { get; init; } = ImmutableDictionary<string, string>.Empty;

    public string OutputPath => Url.TrimStart('/') + "index.html";

    /// <summary>The versions of this page that exist, for hreflang and the sitemap.</summary>
    public IEnumerable<LanguageVersion> Translations => Versions.Where(v => v.Exists);
}

/// <summary>Marks what only the page itself shows: changing it re-renders that page alone (see the preview cache).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PageLocalAttribute : Attribute;
