using Kennisbank.Site.Loading;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// The real site's page ids (<c>input/&lt;section&gt;/&lt;name&gt;.&lt;lang&gt;.md</c> gives "section/name"), read
/// with the site's own loader, as the site build does before it validates the assessments' links. No list to keep by
/// hand: a page renamed or removed in input/ fails the links that still point at it.
/// </summary>
public static class SitePages
{
    private static readonly Lazy<IReadOnlySet<string>> Ids = new(() =>
    {
        var (source, _) = Loader.Load(RepositoryRoot.Combine("input"), "input");
        return source.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    });

    public static IReadOnlySet<string> Known => Ids.Value;
}
