using System.Collections.Immutable;

namespace Kennisbank.Site.Parsing;

/// <summary>The typed front matter of a page: the keys every page may have, and <see cref="Extra"/>, the values of
/// the keys that features add (read by each feature's own rule). docs/editing.md is the editors' reference.</summary>
public sealed record FrontMatter(
    string Title,
    string Description,
    int? Order = null,
    string? Slug = null,
    PageDate? Updated = null,
    bool Draft = false,
    string? Layout = null)
{
    /// <summary>Values of feature keys by key name, e.g. "step" → 4 for the roadmap.</summary>
    public ImmutableSortedDictionary<string, object> Extra { get; init; } = ImmutableSortedDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>A feature key's value, when the page has it and it is of the expected type.</summary>
    public T? Get<T>(string key) where T : struct => Extra.TryGetValue(key, out var value) && value is T t ? t : null;
}

/// <summary>The core front-matter keys, named once. Features add their own (see <see cref="Extensibility.FrontMatterKey"/>).</summary>
public static class FrontMatterKeys
{
    public const string Title = "title";
    public const string Description = "description";
    public const string Order = "order";
    public const string Slug = "slug";
    public const string Updated = "updated";
    public const string Draft = "draft";
    public const string Layout = "layout";

    public static readonly ImmutableArray<string> Core = [Title, Description, Order, Slug, Updated, Draft, Layout];
}
