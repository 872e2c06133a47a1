using System.Collections.Immutable;
using Kennisbank.Diagnostics;

namespace Kennisbank.Site.Linking;

/// <summary>Link step 3: every page learns its versions in the site's languages. Where a version is missing, the
/// language switcher leads to that language's section page (or home page), and the Markdown page gets a warning.</summary>
public static class PairTranslations
{
    public static (LinkedSite Site, IEnumerable<Diagnostic> Diagnostics) Run(LinkedSite site, LinkContext context)
    {
        var diagnostics = new List<Diagnostic>();
        var pages = site.Pages.Select(page =>
        {
            var versions = site.Config.Languages.Select(language =>
            {
                if (site.Find(page.Id, language.Code) is { } version) return new LanguageVersion(language.Code, version.Url, true);
                if (page.Source is not null)
                    diagnostics.Add(Diagnostic.Warning(page.Source.Source.DisplayPath, 1, 1, DiagnosticCodes.MissingTranslation,
                        $"no {language.Name} translation (expected input/{page.Id}.{language.Code}.md); the language switcher leads to the section page instead"));
                var fallback = site.SectionIndex(page.Section, language.Code) ?? site.SectionIndex("", language.Code);
                return new LanguageVersion(language.Code, fallback?.Url ?? "/", false);
            }).ToImmutableArray();
            return page with { Versions = versions };
        });
        return (site with { Pages = [.. pages] }, diagnostics);
    }
}
