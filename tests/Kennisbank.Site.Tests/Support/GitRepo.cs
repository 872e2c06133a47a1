using System.Diagnostics;

namespace Kennisbank.Site.Tests.Support;

/// <summary>Makes a test site's folder a git repository with commits at chosen dates, so that history-based features
/// (dates, stale translations) are tested against real git, not a stand-in.</summary>
public static class GitRepo
{
    public static void Init(string dir)
    {
        Git(dir, null, "init", "-q", "-b", "main");
        Git(dir, null, "config", "user.email", "test@example.org");
        Git(dir, null, "config", "user.name", "Test");
        Git(dir, null, "config", "commit.gpgsign", "false");
    }

    /// <summary>Commits everything (or the given paths) with author and committer date <paramref name="date"/>.</summary>
    public static void Commit(string dir, string date, string subject, params string[] paths)
    {
        Git(dir, null, ["add", "--", .. paths.Length == 0 ? ["."] : paths]);
        Git(dir, date, "commit", "-q", "-m", subject);
    }

    public static string Git(string dir, string? date, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (date is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = date + "T12:00:00+00:00";
            start.Environment["GIT_COMMITTER_DATE"] = date + "T12:00:00+00:00";
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
        return output;
    }
}
