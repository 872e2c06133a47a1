using System.Diagnostics;
using Kennisbank.Cli.Cms;
using Kennisbank.Cli.Reporting;
using Kennisbank.Cli.Serving;
using Kennisbank.Diagnostics;
using Kennisbank.Site;
using Kennisbank.Site.Features;
using Kennisbank.Site.Features.Cms;
using Kennisbank.Site.Writing;
using Kennisbank.Theme;

namespace Kennisbank.Cli;

/// <summary>build, check and serve. Problems are printed as diagnostics, never as stack traces.</summary>
public static class Commands
{
    public static int Build(Settings settings, string output, bool timings = false)
    {
        if (!Usable(settings)) return ExitCodes.Usage;
        var clock = Stopwatch.StartNew();
        var cms = LocateCms(settings);
        using var renderer = new ThemeRenderer();
        using var progress = new StageProgress(Output.Interactive);
        var result = SiteBuilder.Build(Options(settings, cms) with { Progress = progress }, renderer);
        // Pages are rendered while they are written, so the time reported covers both.
        var beforeWrite = clock.Elapsed;
        if (result.Succeeded)
        {
            progress.Report("render pages and write");
            var failures = SiteWriter.Write(output, result.Files);
            if (failures.Count > 0) result = result with { Diagnostics = [.. result.Diagnostics, .. failures] };
        }
        progress.Dispose();
        if (timings)
        {
            foreach (var (stage, time) in result.Timings) Console.WriteLine($"  {stage,-50} {time.TotalMilliseconds,8:0} ms");
            Console.WriteLine($"  {"render pages + write",-50} {(clock.Elapsed - beforeWrite).TotalMilliseconds,8:0} ms");
            // The collector's share, for performance work (docs/performance.md): at scale it is the largest single cost.
            Console.WriteLine($"  {"garbage collection (paused)",-50} {GC.GetTotalPauseDuration().TotalMilliseconds,8:0} ms" +
                $" ({GC.CollectionCount(0)} / {GC.CollectionCount(1)} / {GC.CollectionCount(2)} collections of generation 0 / 1 / 2," +
                $" {GC.GetTotalAllocatedBytes() >> 20} MB allocated)");
        }
        Report(result with { Elapsed = clock.Elapsed }, "Built", settings);
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    /// <summary>The CMS's scripts for /admin/ (admin/ beside the input folder, else ./admin); when they cannot be had,
    /// one line says why and the site is built without /admin/.</summary>
    public static CmsBundle? LocateCms(Settings settings)
    {
        var (bundle, note) = CmsBundleLocator.Locate(settings.AdminDir);
        if (note is not null) Console.Error.WriteLine(note);
        return bundle;
    }

    /// <summary>Everything `build` checks, plus the slow proofs (e.g. every self-assessment answer set), writing nothing.</summary>
    public static int Check(Settings settings)
    {
        if (!Usable(settings)) return ExitCodes.Usage;
        using var renderer = new ThemeRenderer();
        using var progress = new StageProgress(Output.Interactive);
        var result = SiteBuilder.Build(Options(settings) with { Thorough = true, Progress = progress }, renderer);
        progress.Dispose();
        Report(result, "Checked", settings);
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    public static Task<int> Serve(Settings settings, string? output, int port, bool watch, bool timings, CancellationToken cancel) =>
        Usable(settings) ? PreviewServer.Run(settings, output, port, watch, timings, cancel) : Task.FromResult(ExitCodes.Usage);

    /// <summary>The folders themselves must exist; otherwise it is a usage error, not a content error.</summary>
    static bool Usable(Settings settings)
    {
        if (!Directory.Exists(settings.Input))
        {
            Console.Error.WriteLine($"error: the input folder '{settings.Input}' does not exist");
            return false;
        }
        if (!Directory.Exists(Path.Combine(settings.ThemeDir, "strings")))
        {
            Console.Error.WriteLine($"error: no theme found at '{settings.ThemeDir}'");
            return false;
        }
        return true;
    }

    public static BuildOptions Options(Settings settings, CmsBundle? cms = null) =>
        new(settings.Input, settings.ThemeDir, settings.DisplayRoot, settings.BaseUrl, settings.Strict)
        {
            Features = SiteFeatures.All(cms),
        };

    public static void Report(BuildResult result, string verb, Settings settings)
    {
        var format = Output.Choose(settings.Format);
        // Infos (e.g. each page an optional language shows in its fallback) are summed up per language below.
        foreach (var diagnostic in result.Diagnostics.Where(d => settings.Verbose || d.Severity != Severity.Info))
            Console.Error.WriteLine(Output.Format(diagnostic, format));
        Console.WriteLine($"  {result.History.Summary}");
        foreach (var coverage in result.Coverage.Where(c => c.Translated < c.Total))
            Console.WriteLine($"  {coverage}; the others show their fallback language's text");
        var languages = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        var outcome = result.Succeeded || verb == "Checked" ? "" : " Nothing was written.";
        Console.WriteLine($"{verb} {result.PagesPerLanguage.Values.Sum()} pages ({languages}), {result.Warnings} warning(s), " +
                          $"{result.Errors} error(s) in {result.Elapsed.TotalMilliseconds:0} ms.{outcome}");
    }

    /// <summary>The last line of defence: a fault outside every stage (the file system, the runtime) is one line that
    /// asks for a bug report, with the details only under --verbose. Exit code 1: the build did not happen.</summary>
    public static int Fault(Exception e, bool verbose)
    {
        Console.Error.WriteLine(Faults.Internal("command", e));
        if (verbose) Console.Error.WriteLine(e);
        return ExitCodes.ContentErrors;
    }
}
