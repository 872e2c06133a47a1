using Kennisbank.Assessments.Model;
using Kennisbank.Diagnostics;
using Kennisbank.Localization;
using static Kennisbank.Assessments.Validation.Report;

namespace Kennisbank.Assessments.Validation;

/// <summary>Every text is filled in for every language the assessment is published in: the languages of its title
/// (KB110). A missing or empty text is reported here, so nothing downstream falls back silently.</summary>
internal static class TextChecks
{
    public static IEnumerable<Diagnostic> Run(Assessment a)
    {
        var texts = new List<(Localized<string>? Text, SourceLocation At, string What)>
        {
            (a.Slug, a.Source, "slug"),
            (a.Title, a.Source, "title"),
            (a.Introduction, a.Source, "introduction"),
        };
        texts.AddRange(a.Dimensions.Select(d => ((Localized<string>?)d.Name, d.Source, $"name of dimension '{d.Id}'")));
        foreach (var q in a.Questions)
        {
            texts.Add((q.Prompt, q.Source, $"prompt of question '{q.Id}'"));
            texts.Add((q.Hint, q.Source, $"hint of question '{q.Id}'"));
            texts.Add((q.LowLabel, q.Source, $"low label of question '{q.Id}'"));
            texts.Add((q.HighLabel, q.Source, $"high label of question '{q.Id}'"));
            texts.AddRange(q.Options.Select(o => ((Localized<string>?)o.Label, o.Source, $"label of option '{q.Id}/{o.Id}'")));
        }

        foreach (var o in a.Outcomes)
        {
            texts.Add((o.Title, o.Source, $"title of outcome '{o.Id}'"));
            texts.Add((o.Explanation, o.Source, $"explanation of outcome '{o.Id}'"));
        }

        texts.AddRange(a.AllConditions.Select(c => ((Localized<string>?)c.Sentence, c.Source, $"sentence of condition '{c.Id}'")));
        foreach (var c in a.Cautions)
        {
            texts.Add((c.Title, c.Source, $"title of caution '{c.Id}'"));
            texts.Add((c.Text, c.Source, $"text of caution '{c.Id}'"));
        }

        texts.AddRange(a.AllRecommendations.Select(r => ((Localized<string>?)r.Title, r.Source, $"title of recommendation '{r.PageRef}'")));

        var languages = a.Languages;
        if (languages.Count == 0) yield return Error(a.Source, DiagnosticCodes.EmptyText, "the assessment has no title in any language");
        foreach (var (text, at, what) in texts.Where(t => t.Text is not null))
        {
            foreach (var lang in languages.Where(l => string.IsNullOrWhiteSpace(text!.For(l))))
            {
                yield return Error(at, DiagnosticCodes.EmptyText, $"the {what} is empty in '{lang}'");
            }
        }
    }
}
