using System.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Cli.Serving;

/// <summary>`kb serve` as an editor starts it, for what it refuses before it serves anything.</summary>
public class ServeCommandTests
{
    [Fact]
    public void A_malformed_netlify_toml_stops_serve_with_one_line_and_exit_1()
    {
        using var site = new TestSite();
        var folder = Directory.CreateTempSubdirectory("kb-serve-test-").FullName;
        File.WriteAllText(Path.Combine(folder, "netlify.toml"), "[[headers]]\n  for = /*\n");
        try
        {
            var (exit, stderr) = Serve(folder, "--input", site.Input, "--theme", Repository.Theme, "--no-watch", "--port", "0");

            Assert.Equal(1, exit);
            Assert.Equal("netlify.toml:2:9: error: Unexpected token `/`", stderr.Trim().Split('\n').Single()[..45]);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        }
        finally { Directory.Delete(folder, true); }
    }

    /// <summary>Runs kb in <paramref name="workingDirectory"/>, where serve looks for netlify.toml. A serve that starts
    /// serving instead of stopping is ended after a minute, and the test then fails on its exit code.</summary>
    static (int Exit, string Err) Serve(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kb.dll"));
        start.ArgumentList.Add("serve");
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1))) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return (process.ExitCode, stderr.Result);
    }
}
