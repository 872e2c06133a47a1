using Kennisbank.Diagnostics;

namespace Kennisbank.Cli.Reporting;

/// <summary>How diagnostics are printed: as compilers do (<c>path:line:col: error KB0xx: message</c>), or as GitHub
/// Actions workflow commands (<c>::error file=…,line=…,col=…::KB0xx message</c>), which GitHub shows as annotations
/// on the changed lines of a pull request.</summary>
public enum DiagnosticFormat { Text, GitHub }

public static class Output
{
    /// <summary>GitHub's format when asked for, or when running in GitHub Actions (it sets GITHUB_ACTIONS=true).</summary>
    public static DiagnosticFormat Choose(string? format) =>
        format == "github" || (format is null && Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true")
            ? DiagnosticFormat.GitHub : DiagnosticFormat.Text;

    public static string Format(Diagnostic d, DiagnosticFormat format) => format switch
    {
        DiagnosticFormat.GitHub =>
            $"::{Command(d.Severity)} file={Property(d.Path)},line={d.Line},col={d.Column},title={Property(d.Code)}::{Data($"{d.Code} {d.Message}")}",
        _ => d.ToString(),
    };

    static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    // GitHub's escaping for workflow commands: data escapes %, CR and LF; properties also ':' and ','.
    static string Data(string text) => text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
    static string Property(string text) => Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary>A terminal a person watches: progress lines are worth printing. Not in CI (CI is set) and not when the
    /// output goes to a file or a pipe.</summary>
    public static bool Interactive =>
        !Console.IsErrorRedirected && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
}

/// <summary>One line on the terminal that names the stage running, rewritten in place with a carriage return and
/// cleared when the build is done, so that only the summary stays. Nothing at all when not <see cref="Output.Interactive"/>.</summary>
public sealed class StageProgress(bool enabled) : IProgress<string>, IDisposable
{
    readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
    int width;

    public void Report(string stage)
    {
        if (!enabled) return;
        var line = $"  {clock.Elapsed.TotalSeconds,5:0.0} s  {stage}…";
        Console.Error.Write("\r" + line.PadRight(width));
        width = Math.Max(width, line.Length);
    }

    public void Dispose()
    {
        if (enabled && width > 0) Console.Error.Write("\r" + new string(' ', width) + "\r");
    }
}
