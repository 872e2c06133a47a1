using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Cli;

/// <summary>Diagnostics as GitHub workflow commands, which GitHub shows as annotations on a pull request's lines.</summary>
public class GitHubFormatTests
{
    /// <summary>A broken page; kb runs beside the content folder, so paths print as "&lt;folder&gt;/gids/fout.nl.md",
    /// relative to the repository root as GitHub needs them.</summary>
    static (TestSite Site, string Dir, string Folder) Broken()
    {
        var site = new TestSite().Write("gids/fout.nl.md", "---\ntitle: Fout\ndescription: x\nsdgs: [42]\n---\n\nTekst.\n");
        return (site, Path.GetDirectoryName(site.Input)!, Path.GetFileName(site.Input));
    }

    [Fact]
    public void Format_github_prints_workflow_commands_with_file_line_and_column()
    {
        var (site, dir, folder) = Broken();
        using var _ = site;

        var (exit, _, stderr) = Kb.In(dir, null, "check", "--input", folder, "--format", "github");

        Assert.Equal(1, exit);
        var lines = stderr.Split('\n');
        Assert.Contains($"::error file={folder}/gids/fout.nl.md,line=4,col=8,title=KB004::KB004 '42' is not an SDG: use numbers from 1 to 17", lines);
        Assert.Contains(lines, l => l.StartsWith($"::warning file={folder}/gids/fout.nl.md,line=1,col=1,title=KB011::KB011 ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(": error KB", StringComparison.Ordinal));
    }

    [Fact]
    public void Github_actions_gets_them_without_asking_and_the_text_format_otherwise()
    {
        var (site, dir, folder) = Broken();
        using var _ = site;

        var inActions = Kb.In(dir, new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" }, "check", "--input", folder);
        var plain = Kb.In(dir, null, "check", "--input", folder);

        Assert.Contains($"::error file={folder}/gids/fout.nl.md,line=4,col=8,title=KB004::KB004 '42' is not an SDG", inActions.Err, StringComparison.Ordinal);
        Assert.Contains($"{folder}/gids/fout.nl.md:4:8: error KB004: '42' is not an SDG", plain.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("::error", plain.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Newlines_and_percent_signs_in_a_message_are_escaped_so_one_diagnostic_stays_one_annotation()
    {
        var line = Kennisbank.Cli.Reporting.Output.Format(
            Kennisbank.Diagnostics.Diagnostic.Error("input/a,b.md", 2, 3, "KB001", "50% broken\nsecond line"), Kennisbank.Cli.Reporting.DiagnosticFormat.GitHub);

        Assert.Equal("::error file=input/a%2Cb.md,line=2,col=3,title=KB001::KB001 50%25 broken%0Asecond line", line);
    }
}
