using Kennisbank.Assessments.Model;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Features.Assessments;

/// <summary>Writes a rule as a sentence for the method page, so anyone can check how a result is chosen.</summary>
public static class RuleText
{
    public static string Describe(Predicate predicate, Assessment assessment, UiStrings s) => predicate switch
    {
        Predicate.All { Items.Count: 0 } => s["assessment.rule-always"],
        Predicate.Chose c => s.Format("assessment.rule-chose", Prompt(assessment, c.QuestionId, s.Lang), OptionLabel(assessment, c, s.Lang)),
        Predicate.ScoreAtLeast { DimensionId: null } t => s.Format("assessment.rule-overall-at-least", t.Threshold),
        Predicate.ScoreAtLeast t => s.Format("assessment.rule-score-at-least",
            assessment.Dimensions.FirstOrDefault(d => d.Id == t.DimensionId)?.Name.For(s.Lang) ?? t.DimensionId!, t.Threshold),
        Predicate.Not n => s.Format("assessment.rule-not", Describe(n.Inner, assessment, s)),
        Predicate.All a => string.Join(s["assessment.rule-and"], a.Items.Select(i => Group(i, assessment, s))),
        Predicate.Any a => string.Join(s["assessment.rule-or"], a.Items.Select(i => Group(i, assessment, s))),
        _ => predicate.ToString(),
    };

    static string Group(Predicate p, Assessment a, UiStrings s) =>
        p is Predicate.All { Items.Count: > 1 } or Predicate.Any { Items.Count: > 1 } ? $"({Describe(p, a, s)})" : Describe(p, a, s);

    static string Prompt(Assessment a, string questionId, string lang) =>
        a.Questions.FirstOrDefault(q => q.Id == questionId)?.Prompt.For(lang) ?? questionId;

    static string OptionLabel(Assessment a, Predicate.Chose c, string lang) =>
        a.Questions.FirstOrDefault(q => q.Id == c.QuestionId)?.Options.FirstOrDefault(o => o.Id == c.OptionId)?.Label.For(lang) ?? c.OptionId;
}
