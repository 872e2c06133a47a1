using Kennisbank.Site.Configuration;
using Kennisbank.Site.History;
using Kennisbank.Site.Loading;

namespace Kennisbank.Cli.Translations;

/// <summary>A translation whose original changed in git after the translation's last commit.</summary>
public sealed record Stale(string Lang, string File, FileCommit Translation, string SourceLang, string SourceFile, FileCommit Source);

/// <summary>One page (all its language files): the languages it exists in, those it lacks, its stale translations.</summary>
public sealed record PageStatus(string Id, IReadOnlyList<string> Present, IReadOnlyList<string> Missing, IReadOnlyList<Stale> Stale);

/// <summary>`kb translations`: per page, which languages exist and which are missing, and which translations are stale:
/// the file they are translated from (the language's <c>translated-from</c>, else the default language) has a later
/// commit than the translation's last one. Made from the files and one <c>git log</c>; nothing is built.</summary>
public sealed record TranslationReport(SiteConfig Config, SourceHistory History, IReadOnlyList<PageStatus> Pages)
{
    public static TranslationReport Make(SiteSource source, SiteConfig config, SourceHistory history)
    {
        var pages = source.Documents.Where(d => config.IsKnown(d.Lang)).GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(group =>
        {
            var byLang = group.ToDictionary(d => d.Lang);
            var present = config.Codes.Where(byLang.ContainsKey).ToList();
            var missing = config.Codes.Where(l => !byLang.ContainsKey(l)).ToList();
            var stale = new List<Stale>();
            foreach (var lang in present)
            {
                var from = config.Language(lang).TranslatedFrom ?? config.DefaultLanguage;
                if (from == lang || !byLang.TryGetValue(from, out var original)) continue;
                var translation = byLang[lang];
                // Sequence 0 is the newest commit: the original's last change came after the translation's.
                if (history.Of(original.RelativePath) is { } sourceCommit && history.Of(translation.RelativePath) is { } ownCommit
                    && sourceCommit.Sequence < ownCommit.Sequence)
                    stale.Add(new Stale(lang, translation.DisplayPath, ownCommit, from, original.DisplayPath, sourceCommit));
            }
            return new PageStatus(group.Key, present, missing, stale);
        }).ToList();
        return new TranslationReport(config, history, pages);
    }

    public IEnumerable<string> Required => Config.Languages.Where(l => l.Required).Select(l => l.Code);

    /// <summary>Missing or stale in a required language: what `--strict` fails on.</summary>
    public int Problems => Pages.Sum(p => p.Missing.Count(Required.Contains) + p.Stale.Count(s => Required.Contains(s.Lang)));

    public int MissingCount(string lang) => Pages.Count(p => p.Missing.Contains(lang));
    public int StaleCount(string lang) => Pages.Count(p => p.Stale.Any(s => s.Lang == lang));

    /// <summary>The one-line note when stale translations cannot be found, or null.</summary>
    public string? Note => History.Source == DateSource.Git ? null
        : $"note: stale translations are not listed: no usable git history ({History.Note})";

    /// <summary>Per language: "en: 0 missing, 2 stale".</summary>
    public IEnumerable<string> Summary() => Config.Languages.Where(l => l.Code != Config.DefaultLanguage).Select(l =>
        $"{l.Code}{(l.Required ? " (required)" : "")}: {Pages.Count - MissingCount(l.Code)} of {Pages.Count} pages, {MissingCount(l.Code)} missing" +
        (History.Source == DateSource.Git ? $", {StaleCount(l.Code)} stale" : ""));
}
