using Kennisbank.Assessments.Model;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Features.Assessments;

/// <summary>Writes a rule as a sentence for the method page, so anyone can check how a result is chosen.</summary>
public static class RuleText
{
    /// <param name="lang">The language of the assessment's texts (the interface's words come from <paramref name="s"/>).</param>
    public static string Describe(Predicate predicate, Assessment assessment, UiStrings s, string lang) => predicate switch
    {
        Predicate.All { Items.Count: 0 } => s["assessment.rule-always"],
        Predicate.Chose c => s.Format("assessment.rule-chose", Prompt(assessment, c.QuestionId, lang), OptionLabel(assessment, c, lang)),
        Predicate.ScoreAtLeast { DimensionId: null } t => s.Format("assessment.rule-overall-at-least", t.Threshold),
        Predicate.ScoreAtLeast t => s.Format("assessment.rule-score-at-least",
            assessment.Dimensions.FirstOrDefault(d => d.Id == t.DimensionId)?.Name.For(lang) ?? t.DimensionId!, t.Threshold),
        Predicate.Not n => s.Format("assessment.rule-not", Describe(n.Inner, assessment, s, lang)),
        Predicate.All a => string.Join(s["assessment.rule-and"], a.Items.Select(i => Group(i, assessment, s, lang))),
        Predicate.Any a => string.Join(s["assessment.rule-or"], a.Items.Select(i => Group(i, assessment, s, lang))),
        _ => predicate.ToString(),
    };

    static string Group(Predicate p, Assessment a, UiStrings s, string lang) =>
        p is Predicate.All { Items.Count: > 1 } or Predicate.Any { Items.Count: > 1 } ? $"({Describe(p, a, s, lang)})" : Describe(p, a, s, lang);

    static string Prompt(Assessment a, string questionId, string lang) =>
        a.Questions.FirstOrDefault(q => q.Id == questionId)?.Prompt.For(lang) ?? questionId;

    static string OptionLabel(Assessment a, Predicate.Chose c, string lang) =>
        a.Questions.FirstOrDefault(q => q.Id == c.QuestionId)?.Options.FirstOrDefault(o => o.Id == c.OptionId)?.Label.For(lang) ?? c.OptionId;
}
