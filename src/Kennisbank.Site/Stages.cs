using System.Collections.Immutable;
using System.Diagnostics;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site;

/// <summary>Runs the stages of one build: times each, collects what each reports, and is the boundary that turns an
/// unexpected exception into a diagnostic (KB000, asking for a bug report) instead of a stack trace. After such a
/// fault the build stops: later stages would only report what follows from it.</summary>
public sealed class Stages(IProgress<string>? progress = null)
{
    readonly Stopwatch clock = Stopwatch.StartNew();
    readonly List<(string, TimeSpan)> timings = [];
    readonly List<Diagnostic> diagnostics = [];
    TimeSpan lap;

    /// <summary>Thrown after a stage's fault has been recorded, to leave the pipeline; the builder catches it.</summary>
    public sealed class Aborted : Exception;

    public T Run<T>(string name, Func<(T Value, IEnumerable<Diagnostic> Diagnostics)> stage)
    {
        progress?.Report(name);
        try
        {
            var (value, found) = stage();
            diagnostics.AddRange(found);
            return value;
        }
        catch (Exception e) when (e is not (Aborted or OutOfMemoryException))
        {
            diagnostics.Add(Faults.Internal(name, e));
            throw new Aborted();
        }
        finally
        {
            timings.Add((name, clock.Elapsed - lap));
            lap = clock.Elapsed;
        }
    }

    public BuildResult Result(ImmutableArray<OutputFile> files, IReadOnlyDictionary<string, int> pagesPerLanguage, bool strict,
        IReadOnlyList<LanguageCoverage>? coverage = null)
    {
        var all = strict ? DiagnosticList.Strict(diagnostics) : [.. diagnostics];
        return new BuildResult(files, DiagnosticList.Sorted(all), pagesPerLanguage, clock.Elapsed) { Timings = timings, Coverage = coverage ?? [] };
    }
}

public sealed record LanguageCoverage(string Lang, int Translated, int Total)
{
    public override string ToString() => $"{Lang}: {Translated} of {Total} pages translated";
}

/// <summary>The result of a build: the files it would write and everything it found wrong.</summary>
public sealed record BuildResult(
    ImmutableArray<OutputFile> Files,
    ImmutableArray<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> PagesPerLanguage,
    TimeSpan Elapsed)
{
    /// <summary>Time per stage, for `kb build --timings` and the performance notes.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> Timings { get; init; } = [];

    /// <summary>Per language, how many of the site's Markdown pages are really translated (the others show their
    /// fallback language's text): the build summary's report, e.g. "fr: 9 of 61 pages translated".</summary>
    public IReadOnlyList<LanguageCoverage> Coverage { get; init; } = [];

    /// <summary>Where the pages' dates came from (git, or front matter and why), for the build summary.</summary>
    public History.SourceHistory History { get; init; } = Kennisbank.Site.History.SourceHistory.Off;

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
    public int Errors => Diagnostics.Count(d => d.IsError);
    public int Warnings => Diagnostics.Count(d => d.IsWarning);
}
