using Kennisbank.Assessments.Model;
using Kennisbank.Diagnostics;
using static Kennisbank.Assessments.Validation.Report;

namespace Kennisbank.Assessments.Validation;

/// <summary>Every link goes to a page the site has (KB109): recommendations, the sources of conditions and cautions,
/// and the page a question is about. Anchors are checked by the site build, which knows headings.</summary>
public static class PageChecks
{
    internal static IEnumerable<Diagnostic> Run(Assessment a, IReadOnlySet<string> knownPageIds) =>
        Links(a).Where(l => !knownPageIds.Contains(l.PageRef.Split('#')[0]))
            .Select(l => Error(l.At, DiagnosticCodes.UnknownPage, $"{l.What} links to unknown page '{l.PageRef.Split('#')[0]}'"));

    /// <summary>Every page reference of the definition, with where it was written and what it belongs to.</summary>
    public static IEnumerable<(string PageRef, SourceLocation At, string What)> Links(Assessment a)
    {
        var lang = a.Languages.FirstOrDefault() ?? "";
        foreach (var r in a.AllRecommendations)
        {
            yield return (r.PageRef, r.Source, $"recommendation '{r.Title.For(lang)}'");
        }

        foreach (var c in a.AllConditions)
        {
            yield return (c.PageRef, c.Source, $"condition '{c.Id}'");
        }

        foreach (var c in a.Cautions)
        {
            foreach (var page in c.PageRefs)
            {
                yield return (page, c.Source, $"caution '{c.Id}'");
            }
        }

        foreach (var q in a.Questions.Where(q => q.About is not null))
        {
            yield return (q.About!, q.Source, $"question '{q.Id}'");
        }
    }
}
