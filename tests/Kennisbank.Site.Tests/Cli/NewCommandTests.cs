using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Cli;

/// <summary>`kb new`: a page in every language, accepted by the build, never over an existing file or into a section
/// that does not exist.</summary>
public class NewCommandTests
{
    static readonly string[] Theme = ["--theme", Repository.Theme];

    [Fact]
    public void Creates_the_page_in_every_language_with_front_matter_the_build_accepts()
    {
        using var site = new TestSite();

        var (exit, stdout, _) = Kb.Run(["new", "gids/derde", "--input", site.Input, "--date", "2026-12-04", .. Theme]);

        Assert.Equal(0, exit);
        foreach (var lang in new[] { "nl", "en" })
        {
            var text = File.ReadAllText(Path.Combine(site.Input, "gids", $"derde.{lang}.md"));
            Assert.Contains("\nupdated: 2026-12-04\n", text, StringComparison.Ordinal);
            Assert.Contains("\ndraft: true\n", text, StringComparison.Ordinal);
            Assert.Contains("\n## ", text, StringComparison.Ordinal);
            Assert.Contains($"derde.{lang}.md", stdout, StringComparison.Ordinal);
        }
        Assert.Contains("title: \"Title of the page\"", File.ReadAllText(Path.Combine(site.Input, "gids", "derde.en.md")), StringComparison.Ordinal);
        Assert.Contains("slug: derde", File.ReadAllText(Path.Combine(site.Input, "gids", "derde.en.md")), StringComparison.Ordinal);
        // A draft is not published, but it is read and checked like any page.
        site.Write("gids/derde.nl.md", File.ReadAllText(Path.Combine(site.Input, "gids", "derde.nl.md")).Replace("draft: true\n", "", StringComparison.Ordinal));
        site.Write("gids/derde.en.md", File.ReadAllText(Path.Combine(site.Input, "gids", "derde.en.md")).Replace("draft: true\n", "", StringComparison.Ordinal));
        var result = site.Build(strict: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Files, f => f.Path == "nl/gids/derde/index.html");
    }

    [Fact]
    public void An_update_is_dated_in_the_updates_section()
    {
        using var site = new TestSite();

        var (exit, _, _) = Kb.Run(["new", "update", "slotdag", "--input", site.Input, "--date", "2026-12-04", .. Theme]);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(site.Input, "nieuws", "2026-12-04-slotdag.nl.md")));
        Assert.True(File.Exists(Path.Combine(site.Input, "nieuws", "2026-12-04-slotdag.en.md")));
    }

    [Fact]
    public void Refuses_to_overwrite_and_writes_nothing()
    {
        using var site = new TestSite();
        var before = File.ReadAllText(Path.Combine(site.Input, "gids", "eerste.en.md"));
        site.Delete("gids/eerste.nl.md");

        var (exit, _, stderr) = Kb.Run(["new", "gids/eerste", "--input", site.Input, .. Theme]);

        Assert.Equal(2, exit);
        Assert.Contains("already exists", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Input, "gids", "eerste.nl.md")));
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Input, "gids", "eerste.en.md")));
    }

    [Theory]
    [InlineData("gdis/derde", "there is no section 'gdis'")]
    [InlineData("gids/Derde", "cannot be a page name")]
    [InlineData("derde", "say where the page goes")]
    public void Refuses_an_unknown_section_or_a_bad_name(string target, string message)
    {
        using var site = new TestSite();

        var (exit, _, stderr) = Kb.Run(["new", target, "--input", site.Input, .. Theme]);

        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Input, "gdis")));
    }
}
