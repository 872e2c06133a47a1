using System.Collections.Immutable;
using Kennisbank.Diagnostics;

namespace Kennisbank.Site.Linking;

/// <summary>Link step: every page learns its versions in the site's languages and its canonical address. A page
/// missing in a language is reported once, at the file shown in its place: a warning for a required language (so
/// `--strict` fails), an info for another (counted in the build summary's report per language).</summary>
public static class PairTranslations
{
    public static (LinkedSite Site, IEnumerable<Diagnostic> Diagnostics) Run(LinkedSite site, LinkContext context)
    {
        var diagnostics = new List<Diagnostic>();
        var pages = site.Pages.Select(page =>
        {
            var versions = site.Config.Languages.Select(language =>
            {
                if (site.Find(page.Id, language.Code) is { } version) return new LanguageVersion(language.Code, version.Url, !version.IsFallback);
                var fallback = site.SectionIndex(page.Section, language.Code) ?? site.SectionIndex("", language.Code);
                return new LanguageVersion(language.Code, fallback?.Url ?? "/", false);
            }).ToImmutableArray();
            if (page.IsFallback && page.Source is not null)
            {
                var language = site.Config.Language(page.Lang);
                var message = $"no {language.Name} translation (expected input/{page.Id}.{page.Lang}.md); the {site.Config.Language(page.ContentLang).Name} text is shown in its place";
                var path = page.Source.Source.DisplayPath;
                diagnostics.Add(language.Required
                    ? Diagnostic.Warning(path, 1, 1, DiagnosticCodes.MissingTranslation, message)
                    : Diagnostic.Info(path, 1, 1, DiagnosticCodes.MissingTranslation, message));
            }
            var canonical = page.IsFallback ? site.Find(page.Id, page.ContentLang)?.Url ?? page.Url : page.Url;
            return page with { Versions = versions, CanonicalUrl = canonical };
        });
        return (site with { Pages = [.. pages] }, diagnostics);
    }
}
