using System.Diagnostics;

namespace Kennisbank.Site.Tests.Support;

/// <summary>Runs the real kb program, as editors and CI do, with its output and exit code.</summary>
public static class Kb
{
    public static (int Exit, string Out, string Err) In(string? workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? Repository.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kb.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // The tests' own CI variables must not change what kb prints unless a test sets them.
        start.Environment.Remove("GITHUB_ACTIONS");
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
            if (value is null) start.Environment.Remove(key); else start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static (int Exit, string Out, string Err) Run(params string[] args) => In(null, null, args);
}
