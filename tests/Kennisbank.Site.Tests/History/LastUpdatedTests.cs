using Kennisbank.Site.History;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.History;

/// <summary>"Laatst bijgewerkt" and the sitemap's lastmod: from one git log when there is history, from front matter
/// when there is none (the test fixtures: a temporary copy, no repository), a post's own date always.</summary>
public class LastUpdatedTests
{
    static string Meta(BuildResult result, string path) =>
        Html.Page(result, path).QuerySelector(".page-history time")?.GetAttribute("datetime") ?? "(none)";

    static string? Lastmod(BuildResult result, string url)
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Path == "sitemap.xml").Content!));
        var entry = sitemap.Descendants(XNamespaceHolder.Sm + "url").Single(u => u.Element(XNamespaceHolder.Sm + "loc")!.Value == TestSite.BaseUrl + url);
        return entry.Element(XNamespaceHolder.Sm + "lastmod")?.Value;
    }

    static class XNamespaceHolder
    {
        public static readonly System.Xml.Linq.XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    }

    [Fact]
    public void Pages_show_the_date_of_the_last_commit_that_touched_their_file_and_the_sitemap_gives_the_same()
    {
        using var site = new TestSite();
        GitRepo.Init(site.Input);
        GitRepo.Commit(site.Input, "2024-01-10", "Eerste versie");
        site.Write("gids/eerste.nl.md", File.ReadAllText(Path.Combine(site.Input, "gids/eerste.nl.md")) + "\nNog een zin.\n");
        GitRepo.Commit(site.Input, "2025-03-05", "Eerste pagina aangevuld", "gids/eerste.nl.md");

        var result = site.Build();

        Assert.Equal(DateSource.Git, result.History.Source);
        Assert.Equal("2025-03-05", Meta(result, "nl/gids/eerste/index.html"));
        Assert.Equal("2024-01-10", Meta(result, "en/guide/first/index.html"));
        Assert.Equal("5 maart 2025", Html.Page(result, "nl/gids/eerste/index.html").QuerySelector(".page-history time")!.TextContent);
        Assert.Equal("2025-03-05", Lastmod(result, "/nl/gids/eerste/"));
        Assert.Equal("2024-01-10", Lastmod(result, "/en/guide/first/"));
    }

    [Fact]
    public void A_post_keeps_its_own_publication_date_whatever_git_says()
    {
        using var site = new TestSite();
        GitRepo.Init(site.Input);
        GitRepo.Commit(site.Input, "2025-06-30", "Alles");

        var result = site.Build();

        var post = Html.Page(result, "nl/nieuws/2023-10-03-nieuw/index.html");
        Assert.Equal("2023-10-03", post.QuerySelector(".page-header time")!.GetAttribute("datetime"));
        Assert.Null(post.QuerySelector(".page-history time"));
        Assert.Equal("2023-10-03", Lastmod(result, "/nl/nieuws/2023-10-03-nieuw/"));
    }

    [Fact]
    public void Without_a_repository_the_fixtures_are_dated_by_front_matter_and_the_summary_says_so()
    {
        // The approval and determinism tests build the fixtures in a temporary folder: this is what makes them stable.
        using var site = new TestSite();
        site.Write("gids/eerste.nl.md", TestSite.Page("updated: 2021-02-03"));

        var result = site.Build();

        Assert.Equal(DateSource.FrontMatter, result.History.Source);
        Assert.Contains("front matter", result.History.Summary, StringComparison.Ordinal);
        Assert.Equal("2021-02-03", Meta(result, "nl/gids/eerste/index.html"));
        Assert.Equal("(none)", Meta(result, "nl/gids/tweede/index.html"));
        Assert.Null(Lastmod(result, "/nl/gids/tweede/"));
    }

    [Fact]
    public void A_shallow_clone_falls_back_to_front_matter()
    {
        using var origin = new TestSite();
        GitRepo.Init(origin.Input);
        GitRepo.Commit(origin.Input, "2024-01-10", "Eerste versie");
        origin.Write("gids/tweede.nl.md", TestSite.Page("updated: 2020-05-06"));
        GitRepo.Commit(origin.Input, "2025-03-05", "Tweede");
        using var clone = new TempFolder();
        GitRepo.Git(clone.Path, null, "clone", "-q", "--depth", "1", "file://" + origin.Input, "site");

        var history = GitLog.Read(Path.Combine(clone.Path, "site"));

        Assert.Equal(DateSource.FrontMatter, history.Source);
        Assert.Contains("shallow", history.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_log_is_read_newest_first_so_a_files_first_mention_is_its_last_change()
    {
        var log = "\u001eaaa\u001f2025-03-05\u001fNieuw\n\nlessen/a.nl.md\n\u001ebbb\u001f2024-01-10\u001fOud\n\nlessen/a.nl.md\nlessen/a.en.md\n";

        var files = GitLog.Parse(log);

        Assert.Equal(new FileCommit("aaa", new DateOnly(2025, 3, 5), "Nieuw", 0), files["lessen/a.nl.md"]);
        Assert.Equal(new FileCommit("bbb", new DateOnly(2024, 1, 10), "Oud", 1), files["lessen/a.en.md"]);
    }
}
