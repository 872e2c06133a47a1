using Kennisbank.Cli.Serving;
using Kennisbank.Site;
using Kennisbank.Site.Writing;
using Kennisbank.Theme;

namespace Kennisbank.Cli;

/// <summary>The three commands. Content problems are printed as diagnostics, never as stack traces.</summary>
public static class Commands
{
    public static int Build(Settings settings, string output)
    {
        if (Run(settings, "Built") is not { } result) return ExitCodes.Usage;
        if (!result.Succeeded) return ExitCodes.ContentErrors;
        SiteWriter.Write(output, result.Files);
        return ExitCodes.Success;
    }

    public static int Check(Settings settings)
    {
        var result = Run(settings, "Checked");
        return result is null ? ExitCodes.Usage : result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    public static Task<int> Serve(Settings settings, string? output, int port, bool watch, CancellationToken cancel) =>
        PreviewServer.Run(settings, output, port, watch, cancel);

    /// <summary>Builds in memory and reports; null when the folders themselves are wrong (a usage error).</summary>
    public static BuildResult? Run(Settings settings, string verb)
    {
        if (!Directory.Exists(settings.Input))
        {
            Console.Error.WriteLine($"error: the input folder '{settings.Input}' does not exist");
            return null;
        }
        if (!Directory.Exists(Path.Combine(settings.ThemeDir, "strings")))
        {
            Console.Error.WriteLine($"error: no theme found at '{settings.ThemeDir}'");
            return null;
        }
        using var renderer = new ThemeRenderer();
        var result = SiteBuilder.Build(Options(settings) with { Thorough = verb == "Checked" }, renderer);
        Report(result, verb);
        return result;
    }

    public static BuildOptions Options(Settings settings) =>
        new(settings.Input, settings.ThemeDir, settings.DisplayRoot, settings.BaseUrl, settings.Strict)
        {
            Extensions = Extensions.All(),
        };

    public static void Report(BuildResult result, string verb)
    {
        foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic);
        var languages = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        var outcome = result.Succeeded ? "" : " Nothing was written.";
        if (verb == "Checked") outcome = "";
        Console.WriteLine($"{verb} {result.PagesPerLanguage.Values.Sum()} pages ({languages}), {result.Warnings} warning(s), " +
                          $"{result.Errors} error(s) in {result.Elapsed.TotalMilliseconds:0} ms.{outcome}");
    }
}
