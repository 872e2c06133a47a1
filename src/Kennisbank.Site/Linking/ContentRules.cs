using Kennisbank.Site.Data;
using Kennisbank.Site.Diagnostics;
using Kennisbank.Site.Parsing;

namespace Kennisbank.Site.Linking;

/// <summary>Rules that need to see more than one page: what a layout demands of the pages it lists.</summary>
public static class ContentRules
{
    public static IEnumerable<Diagnostic> Check(LinkedSite site, SiteData data)
    {
        var updateSections = site.Pages.Where(p => p.IsIndex && p.Layout == LayoutNames.Updates).Select(p => p.Section).ToHashSet();
        var roadmapSections = site.Pages.Where(p => p.IsIndex && p.Layout == LayoutNames.Roadmap).Select(p => p.Section).ToHashSet();
        foreach (var page in site.Pages.Where(p => p.Source is not null && !p.IsIndex))
        {
            var path = page.Source!.Source.DisplayPath;
            if (updateSections.Contains(page.Section) && page.FrontMatter.Updated is null)
                yield return Diagnostic.Error(path, 1, 1, DiagnosticCodes.MissingDate,
                    "a post in the updates section needs a date: add 'updated: YYYY-MM-DD' to its front matter");
            if (roadmapSections.Contains(page.Section))
            {
                if (page.FrontMatter.Step is null || page.FrontMatter.Period is null)
                    yield return Diagnostic.Error(path, 1, 1, DiagnosticCodes.MissingRequiredKey,
                        "a roadmap page needs 'step:' and 'period:' in its front matter: the timeline is built from them");
                else if (!data.Periods.Any(p => p.Number == page.FrontMatter.Period))
                    yield return Diagnostic.Error(path, 1, 1, DiagnosticCodes.InvalidValue,
                        $"period {page.FrontMatter.Period} is not in input/_data/periods.yml");
            }
        }
    }
}
