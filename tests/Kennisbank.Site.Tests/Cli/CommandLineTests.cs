using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Cli;

/// <summary>The real program, as editors and CI run it: exit codes, the summary line, and what it writes.</summary>
public class CommandLineTests
{
    static (int Exit, string Out, string Err) Kb(params string[] args) => KbProcess.Run(Repository.Root, args);

    [Fact]
    public void Build_writes_the_site_and_ends_with_a_summary_line()
    {
        using var site = new TestSite();
        var output = Path.Combine(site.Input, "..", Path.GetFileName(site.Input) + "-out");

        var (exit, stdout, _) = Kb("build", "--input", site.Input, "--output", output);

        Assert.Equal(0, exit);
        Assert.Matches(@"^Built \d+ pages \(nl \d+, en \d+\), 0 warning\(s\), 0 error\(s\) in \d+ ms\.$", stdout.Trim().Split('\n')[^1]);
        Assert.True(File.Exists(Path.Combine(output, "nl", "gids", "eerste", "index.html")));
        // The fixture is a copy outside any repository: the summary says the dates come from front matter.
        Assert.Contains("  dates: front matter 'updated' (no git here, or not a git repository)", stdout.Split('\n'));
        Directory.Delete(output, true);
    }

    /// <summary>An output kb cannot write (here its parent is a file; a full disk is the same) is one line, KB037, no
    /// stack trace and no bug report asked for, exit code 1.</summary>
    [Fact]
    public void An_output_that_cannot_be_written_is_one_error_line()
    {
        using var site = new TestSite();
        var blocker = Path.Combine(site.Input, "..", Path.GetFileName(site.Input) + "-file");
        File.WriteAllText(blocker, "not a folder");

        var (exit, stdout, stderr) = Kb("build", "--input", site.Input, "--output", Path.Combine(blocker, "output"));

        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.Trim().Split('\n'));
        Assert.Matches(@":1:1: error KB037: the site could not be written \(.+\); the previous output is unchanged$", line);
        Assert.DoesNotContain("report it as a bug", stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", stdout, StringComparison.Ordinal);
        File.Delete(blocker);
    }

    /// <summary>--timings names each stage with its time, and says what the garbage collector took, for the
    /// performance work (docs/performance.md).</summary>
    [Fact]
    public void Build_with_timings_prints_each_stage_and_the_collectors_share()
    {
        using var site = new TestSite();
        var output = Path.Combine(site.Input, "..", Path.GetFileName(site.Input) + "-out");

        var (exit, stdout, _) = Kb("build", "--input", site.Input, "--output", output, "--timings");

        Assert.Equal(0, exit);
        var lines = stdout.Split('\n');
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  render pages \+ write +\d+ ms$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l,
            @"^  garbage collection \(paused\) +\d+ ms \(\d+ / \d+ / \d+ collections of generation 0 / 1 / 2, \d+ MB allocated\)$"));
        Directory.Delete(output, true);
    }

    [Fact]
    public void A_content_error_exits_1_prints_every_problem_without_a_stack_trace_and_keeps_the_previous_output()
    {
        using var site = new TestSite();
        var output = Path.Combine(site.Input, "..", Path.GetFileName(site.Input) + "-out");
        Assert.Equal(0, Kb("build", "--input", site.Input, "--output", output).Exit);
        var before = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order().ToArray();
        site.Write("gids/fout.nl.md", "---\ntitle: Fout\ndescription: x\nsdgs: [42]\n---\n\n[weg](nergens.md)\n");

        var (exit, stdout, stderr) = Kb("build", "--input", site.Input, "--output", output);

        Assert.Equal(1, exit);
        var lines = stderr.Trim().Split('\n');
        Assert.Contains(lines, l => l.EndsWith("gids/fout.nl.md:4:8: error KB004: '42' is not an SDG: use numbers from 1 to 17", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("gids/fout.nl.md:7:1: error KB006:", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", stdout, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order().ToArray());
        Directory.Delete(output, true);
    }

    [Fact]
    public void Check_writes_nothing_and_strict_fails_on_warnings()
    {
        // Run where an editor would: a folder with input/ and the default output/ beside it, which must not appear.
        using var work = new TempFolder();
        Folders.Copy(Path.Combine(Repository.TestSource, "Fixtures", "site"), Path.Combine(work.Path, "input"));
        File.WriteAllText(Path.Combine(work.Path, "input", "gids", "alleen.nl.md"), TestSite.Page(""));

        var relaxed = KbProcess.Run(work.Path, "check", "--theme", Repository.Theme);
        var strict = KbProcess.Run(work.Path, "check", "--theme", Repository.Theme, "--strict");

        Assert.Equal(0, relaxed.Exit);
        Assert.Contains("warning KB011", relaxed.Err, StringComparison.Ordinal);
        Assert.Equal(1, strict.Exit);
        Assert.Contains("error KB011", strict.Err, StringComparison.Ordinal);
        Assert.Equal(["input"], Directory.GetFileSystemEntries(work.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Check_leaves_an_existing_output_folder_as_it_was()
    {
        using var work = new TempFolder();
        Folders.Copy(Path.Combine(Repository.TestSource, "Fixtures", "site"), Path.Combine(work.Path, "input"));
        File.WriteAllText(Path.Combine(work.Create("output"), "sentinel.txt"), "from an earlier build");
        var before = File.GetLastWriteTimeUtc(Path.Combine(work.Path, "output", "sentinel.txt"));

        Assert.Equal(0, KbProcess.Run(work.Path, "check", "--theme", Repository.Theme).Exit);

        Assert.Equal(["output/", "output/sentinel.txt"], Folders.Entries(work.Path).Where(e => !e.StartsWith("input/", StringComparison.Ordinal)));
        Assert.Equal("from an earlier build", File.ReadAllText(Path.Combine(work.Path, "output", "sentinel.txt")));
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(work.Path, "output", "sentinel.txt")));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("publish")]
    [InlineData("build", "--input", "/does/not/exist")]
    public void Wrong_usage_exits_2(params string[] args) => Assert.Equal(2, Kb(args).Exit);
}
