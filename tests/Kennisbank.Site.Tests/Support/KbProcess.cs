using System.Diagnostics;

namespace Kennisbank.Site.Tests.Support;

/// <summary>Runs the real `kb` in a process of its own, as editors and CI do, in a working directory of the test's
/// choice (the defaults input/, output/ and theme/ are relative to it).</summary>
public static class KbProcess
{
    public static (int Exit, string Out, string Err) Run(string workingDirectory, params string[] args) =>
        Program("dotnet", workingDirectory, [Path.Combine(AppContext.BaseDirectory, "kb.dll"), .. args]);

    /// <summary>Any program (a published kb, dotnet publish): its exit code, standard output and standard error.</summary>
    public static (int Exit, string Out, string Err) Program(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
