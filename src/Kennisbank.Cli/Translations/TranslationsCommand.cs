using Kennisbank.Site.Configuration;
using Kennisbank.Site.History;
using Kennisbank.Site.Loading;

namespace Kennisbank.Cli.Translations;

/// <summary>`kb translations [--format table|markdown|json] [--strict]`: exit 0, or 1 with --strict when a required
/// language misses a page or has a stale one. Works without git history (then nothing can be stale, and it says so).</summary>
public static class TranslationsCommand
{
    public static int Run(Settings settings, string? format)
    {
        var (source, _) = Loader.Load(settings.Input, settings.DisplayRoot);
        var (config, problems) = SiteConfigParser.Parse(source.Config?.Text, $"{settings.DisplayRoot}/{SiteConfigParser.FileName}");
        if (problems.Any(p => p.IsError))
        {
            foreach (var problem in problems) Console.Error.WriteLine(problem);
            return ExitCodes.ContentErrors;
        }
        var report = TranslationReport.Make(source, config, GitLog.Read(settings.Input));
        Console.Write(format switch
        {
            "markdown" => TranslationFormats.Markdown(report),
            "json" => TranslationFormats.Json(report),
            _ => TranslationFormats.Table(report),
        });
        return settings.Strict && report.Problems > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
