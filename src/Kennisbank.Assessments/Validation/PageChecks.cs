using Kennisbank.Assessments.Model;
using Kennisbank.Diagnostics;
using static Kennisbank.Assessments.Validation.Report;

namespace Kennisbank.Assessments.Validation;

/// <summary>Every recommendation links to a page the site has (KB109). Anchors are checked by the site build, which knows headings.</summary>
internal static class PageChecks
{
    public static IEnumerable<Diagnostic> Run(Assessment a, IReadOnlySet<string> knownPageIds) =>
        a.Outcomes.SelectMany(o => o.Recommendations).Concat(a.Advice)
            .Where(r => !knownPageIds.Contains(r.PageId))
            .Select(r => Error(r.Source, DiagnosticCodes.UnknownPage, $"recommendation '{r.Title.For(a.Languages.FirstOrDefault() ?? "")}' links to unknown page '{r.PageId}'"));
}
