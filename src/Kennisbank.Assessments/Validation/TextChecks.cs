using Kennisbank.Assessments.Model;
using static Kennisbank.Assessments.Validation.AssessmentDiagnostic;

namespace Kennisbank.Assessments.Validation;

/// <summary>Every text has both languages filled in (KB110); the type system already makes both present.</summary>
internal static class TextChecks
{
    public static IEnumerable<AssessmentDiagnostic> Run(Assessment a)
    {
        var texts = new List<(Text? Text, SourceLocation At, string What)>
        {
            (a.Slug, a.Source, "slug"),
            (a.Title, a.Source, "title"),
            (a.Introduction, a.Source, "introduction"),
        };
        texts.AddRange(a.Dimensions.Select(d => ((Text?)d.Name, d.Source, $"name of dimension '{d.Id}'")));
        foreach (var q in a.Questions)
        {
            texts.Add((q.Prompt, q.Source, $"prompt of question '{q.Id}'"));
            texts.Add((q.Hint, q.Source, $"hint of question '{q.Id}'"));
            texts.Add((q.LowLabel, q.Source, $"low label of question '{q.Id}'"));
            texts.Add((q.HighLabel, q.Source, $"high label of question '{q.Id}'"));
            texts.AddRange(q.Options.Select(o => ((Text?)o.Label, o.Source, $"label of option '{q.Id}/{o.Id}'")));
        }

        foreach (var o in a.Outcomes)
        {
            texts.Add((o.Title, o.Source, $"title of outcome '{o.Id}'"));
            texts.Add((o.Explanation, o.Source, $"explanation of outcome '{o.Id}'"));
        }

        texts.AddRange(a.Outcomes.SelectMany(o => o.Recommendations).Concat(a.Advice)
            .Select(r => ((Text?)r.Title, r.Source, $"title of recommendation '{r.PageRef}'")));

        foreach (var (text, at, what) in texts.Where(t => t.Text is not null))
        {
            foreach (var lang in Text.Languages.Where(l => string.IsNullOrWhiteSpace(text!.For(l))))
            {
                yield return Error(at, DiagnosticCodes.EmptyText, $"the {what} is empty in '{lang}'");
            }
        }
    }
}
