using System.Text.Json;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Cli;

/// <summary>`kb translations`: missing and stale translations, from the files and the git history, in three formats.</summary>
public class TranslationsCommandTests
{
    /// <summary>The fixture in git: everything committed, then the Dutch first page changed later than its English twin.</summary>
    static TestSite StaleSite()
    {
        var site = new TestSite();
        site.Delete("gids/tweede.en.md");
        GitRepo.Init(site.Input);
        GitRepo.Commit(site.Input, "2024-01-10", "Gids geschreven");
        site.Write("gids/eerste.nl.md", File.ReadAllText(Path.Combine(site.Input, "gids", "eerste.nl.md")) + "\nEen nieuwe alinea.\n");
        GitRepo.Commit(site.Input, "2025-03-05", "Eerste pagina: nieuwe alinea", "gids/eerste.nl.md");
        return site;
    }

    [Fact]
    public void Json_lists_present_missing_and_stale_with_dates_and_the_commit_subject()
    {
        using var site = StaleSite();

        var (exit, stdout, _) = Kb.Run("translations", "--input", site.Input, "--format", "json");

        Assert.Equal(0, exit);
        var pages = JsonDocument.Parse(stdout).RootElement.GetProperty("pages").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        Assert.Equal(["en"], pages["gids/tweede"].GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
        var stale = Assert.Single(pages["gids/eerste"].GetProperty("stale").EnumerateArray());
        Assert.Equal("en", stale.GetProperty("lang").GetString());
        Assert.Equal("2025-03-05", stale.GetProperty("source").GetProperty("date").GetString());
        Assert.Equal("Eerste pagina: nieuwe alinea", stale.GetProperty("source").GetProperty("subject").GetString());
        Assert.Equal("2024-01-10", stale.GetProperty("translation").GetProperty("date").GetString());
        Assert.Empty(pages["gids/index"].GetProperty("stale").EnumerateArray());
    }

    [Fact]
    public void Strict_exits_1_when_a_required_language_misses_a_page_or_has_a_stale_one()
    {
        using var site = StaleSite();

        Assert.Equal(1, Kb.Run("translations", "--input", site.Input, "--strict").Exit);
        site.Write("gids/tweede.en.md", TestSite.Page("slug: second"));
        site.Write("gids/eerste.en.md", File.ReadAllText(Path.Combine(site.Input, "gids", "eerste.en.md")) + "\nA new paragraph.\n");
        GitRepo.Commit(site.Input, "2025-04-01", "English brought up to date");
        Assert.Equal(0, Kb.Run("translations", "--input", site.Input, "--strict").Exit);
    }

    [Fact]
    public void Markdown_is_a_table_of_the_pages_with_work_to_do()
    {
        using var site = StaleSite();

        var (_, stdout, _) = Kb.Run("translations", "--input", site.Input, "--format", "markdown");

        Assert.StartsWith("## Translations\n", stdout, StringComparison.Ordinal);
        Assert.Contains("| `gids/eerste` | nl en |  | en: nl changed 2025-03-05 (Eerste pagina: nieuwe alinea), en last 2024-01-10 |", stdout, StringComparison.Ordinal);
        Assert.Contains("| `gids/tweede` | nl | en |  |", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("`gids/index`", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_git_history_it_still_lists_missing_pages_with_a_one_line_note()
    {
        using var site = new TestSite();
        site.Delete("gids/tweede.en.md");

        var (exit, stdout, _) = Kb.Run("translations", "--input", site.Input);

        Assert.Equal(0, exit);
        Assert.Single(stdout.Split('\n'), l => l.StartsWith("note: stale translations are not listed", StringComparison.Ordinal));
        Assert.Matches(@"(?m)^gids/tweede\s+nl\s+en\s*$", stdout);
    }
}
