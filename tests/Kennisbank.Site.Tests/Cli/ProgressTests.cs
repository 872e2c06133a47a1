using System.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Cli;

/// <summary>A progress line per stage on a terminal; in CI or with the output redirected, only the summary.</summary>
public class ProgressTests
{
    static string Output(TestSite site) => Path.Combine(Path.GetDirectoryName(site.Input)!, Path.GetFileName(site.Input) + "-out");

    [Fact]
    public void On_a_terminal_each_stage_is_shown_on_one_line_rewritten_in_place_then_cleared()
    {
        if (!File.Exists("/usr/bin/script")) Assert.Skip("util-linux's script (a pseudo-terminal) is not installed");
        using var site = new TestSite();
        // script(1) runs kb on a pseudo-terminal, as an editor's terminal would.
        var command = $"dotnet '{Path.Combine(AppContext.BaseDirectory, "kb.dll")}' build --input '{site.Input}' --output '{Output(site)}'";
        var start = new ProcessStartInfo("/usr/bin/script") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        foreach (var arg in new[] { "-qec", command, "/dev/null" }) start.ArgumentList.Add(arg);
        start.Environment.Remove("CI");
        start.Environment.Remove("GITHUB_ACTIONS");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Directory.Delete(Output(site), true);

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("\r", output, StringComparison.Ordinal);
        foreach (var stage in new[] { "load…", "parse…", "link…", "render pages and write…" }) Assert.Contains(stage, output, StringComparison.Ordinal);
        Assert.Matches(@"Built \d+ pages", output.Split('\r', '\n').Last(l => l.Trim().Length > 0));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("true")]
    public void Redirected_or_in_ci_only_the_summary_is_printed(string? ci)
    {
        using var site = new TestSite();

        var (exit, stdout, stderr) = Kb.In(null, new Dictionary<string, string?> { ["CI"] = ci }, "build", "--input", site.Input, "--output", Output(site));
        Directory.Delete(Output(site), true);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("\r", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("parse…", stdout + stderr, StringComparison.Ordinal);
    }
}
