using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Kennisbank.Browser.Tests.Infrastructure;

namespace Kennisbank.Browser.Tests.Cms;

/// <summary>What the CMS test runs against: a temporary clone of the repository on a branch "main", decap-server (the
/// CMS's local backend, in git mode: each saved entry is a branch, publishing merges it) on that clone, and
/// `kb serve` (watching) on the clone's input/, with the admin page. Everything is ended and deleted on dispose.</summary>
public sealed partial class CmsSandbox : IAsyncDisposable
{
    /// <summary>The port in the generated config.yml (Features/Cms/CmsConfig.LocalBackend) and /admin/'s CSP.</summary>
    public const int BackendPort = 8081;

    readonly List<Process> processes = [];
    readonly StringBuilder log = new();

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"kb-cms-e2e-{Environment.ProcessId}-{Guid.NewGuid():N}");
    public string Clone => Path.Combine(Root, "repo");
    public string Input => Path.Combine(Clone, "input");
    public Uri? Site { get; private set; }
    public string Log { get { lock (log) return log.ToString(); } }

    /// <summary>Whether the CMS's backend and the site's server are both still running.</summary>
    public bool Running => processes.All(p => !p.HasExited);

    public static string DecapServer => Path.Combine(RepositoryRoot.Path, "admin", "node_modules", "decap-server", "dist", "index.js");
    static string DecapBundle => Path.Combine(RepositoryRoot.Path, "admin", "node_modules", "decap-cms");

    public async Task StartAsync()
    {
        Directory.CreateDirectory(Root);
        Git(Root, "clone", "-q", "--no-hardlinks", RepositoryRoot.Path, Clone);
        Git(Clone, "checkout", "-q", "-B", "main");
        Git(Clone, "config", "user.email", "cms-test@example.org");
        Git(Clone, "config", "user.name", "CMS test");
        // The CMS's scripts as kb build fetched them for the repository, so the clone needs no download.
        if (Directory.Exists(DecapBundle)) CopyDirectory(DecapBundle, Path.Combine(Clone, "admin", "node_modules", "decap-cms"));

        var backend = Start("node", [DecapServer], new() { ["MODE"] = "git", ["GIT_REPO_DIRECTORY"] = Clone, ["PORT"] = $"{BackendPort}" },
            line => line.Contains("listening on port", StringComparison.Ordinal));
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var served = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = Start(dotnet, [Path.Combine(AppContext.BaseDirectory, "kb.dll"), "serve", "--input", Input, "--output", Path.Combine(Root, "out"), "--port", "0"],
            [], line =>
            {
                if (ServingLine().Match(line) is { Success: true } m) served.TrySetResult(new Uri(m.Groups[1].Value));
                return false;
            });
        await backend.WaitAsync(TimeSpan.FromSeconds(60));
        Site = await served.Task.WaitAsync(TimeSpan.FromMinutes(3));
    }

    Task Start(string file, string[] args, Dictionary<string, string> environment, Func<string, bool> ready)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = RepositoryRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        void Line(string? text)
        {
            if (text is null) return;
            lock (log) log.AppendLine($"[{Path.GetFileName(file)}] {text}");
            if (ready(text)) signal.TrySetResult();
        }
        process.OutputDataReceived += (_, e) => Line(e.Data);
        process.ErrorDataReceived += (_, e) => Line(e.Data);
        process.Exited += (_, _) => signal.TrySetException(new InvalidOperationException($"{file} exited with {process.ExitCode}:\n{Log}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        processes.Add(process);
        return signal.Task;
    }

    public static string Git(string dir, params string[] args) => Run("git", dir, args).Output;

    /// <summary>Runs a program to its end: its exit code and everything it printed.</summary>
    public static (int Exit, string Output) Run(string file, string dir, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories)) File.Copy(file, file.Replace(from, to, StringComparison.Ordinal), true);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    [GeneratedRegex(@"Serving (http://\S+?)/? ")]
    private static partial Regex ServingLine();
}
