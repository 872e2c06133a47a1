using Kennisbank.Diagnostics;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Features.Updates;

/// <summary>News: a section whose landing page has <c>layout: updates</c> lists its posts newest first, each with the
/// date from its front matter, and gets an Atom feed per language.</summary>
public sealed class UpdatesFeature : ISiteFeature
{
    public const string Layout = "updates";
    public const string FeedFileName = "feed.xml";

    public IReadOnlyList<LayoutDeclaration> Layouts { get; } =
    [
        new(Layout) { OrderChildren = NewestFirst, Feed = FeedFileName },
    ];

    /// <summary>Newest first; posts of the same date by id, so the order never depends on the file system. A month-only
    /// date sorts before the days of that month (see <see cref="Parsing.PageDate.CompareTo"/>).</summary>
    public static IEnumerable<LinkedPage> NewestFirst(IEnumerable<LinkedPage> posts) =>
        posts.OrderByDescending(p => p.FrontMatter.Updated).ThenBy(p => p.Id, StringComparer.Ordinal);

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var index in context.Site.IndexesWithLayout(Layout))
            foreach (var post in context.Site.SectionPages(index.Section, index.Lang).Where(p => p.Source is not null && p.FrontMatter.Updated is null))
                yield return Diagnostic.Error(post.Source!.Source.DisplayPath, 1, 1, DiagnosticCodes.MissingDate,
                    "a post in the updates section needs a date: add 'updated: YYYY-MM-DD' (or 'updated: YYYY-MM' when the source gives only the month) to its front matter");
    }

    public IEnumerable<OutputFile> Files(SiteContext context)
    {
        foreach (var index in context.Site.IndexesWithLayout(Layout).Where(p => p.FeedUrl is not null))
        {
            var posts = context.Site.SectionPages(index.Section, index.Lang).Select(p => (p, ContentRenderer.Render(p, context.Strings[p.Lang])));
            yield return OutputFile.Text(index.FeedUrl!.TrimStart('/'), AtomFeedWriter.Write(index, posts, context), index.Source?.Source.DisplayPath);
        }
    }
}
