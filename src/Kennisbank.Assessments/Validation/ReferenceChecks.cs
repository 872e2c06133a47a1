using Kennisbank.Assessments.Model;
using Kennisbank.Diagnostics;
using static Kennisbank.Assessments.Validation.Report;

namespace Kennisbank.Assessments.Validation;

/// <summary>What predicates and points refer to (KB102–KB105, KB112): in conditions, gates, cautions and recommendations.</summary>
internal static class ReferenceChecks
{
    public static IEnumerable<Diagnostic> Run(Assessment a)
    {
        var dimensions = a.Dimensions.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var q in a.Questions)
        {
            foreach (var o in q.Options)
            {
                foreach (var dimension in o.Points.Keys.Where(k => !dimensions.Contains(k)))
                {
                    yield return Error(o.Source, DiagnosticCodes.UnknownDimension, $"option '{q.Id}/{o.Id}' gives points on unknown dimension '{dimension}'");
                }
            }
        }

        for (var index = 0; index < a.Questions.Count; index++)
        {
            var q = a.Questions[index];
            if (q.VisibleWhen is null)
            {
                continue;
            }

            foreach (var d in Predicate(a, q.VisibleWhen, q.Source, $"the condition of question '{q.Id}'"))
            {
                yield return d;
            }

            foreach (var p in q.VisibleWhen.Walk())
            {
                if (p is Predicate.ScoreAtLeast)
                {
                    yield return Error(q.Source, DiagnosticCodes.ScoreInCondition, $"the condition of question '{q.Id}' reads a score; conditions can only look at earlier answers");
                }
                else if (p is Predicate.Chose c && a.Questions.ToList().FindIndex(x => x.Id == c.QuestionId) is var at && at >= index)
                {
                    var which = at == index ? "itself" : $"the later question '{c.QuestionId}'";
                    yield return Error(q.Source, DiagnosticCodes.ConditionOnLaterQuestion, $"the condition of question '{q.Id}' depends on {which}; it can only look at earlier questions");
                }
            }
        }

        foreach (var c in a.AllConditions)
        {
            foreach (var d in Predicate(a, c.Holds, c.Source, $"condition '{c.Id}'"))
            {
                yield return d;
            }
        }

        foreach (var c in a.Cautions)
        {
            foreach (var d in Predicate(a, c.When, c.Source, $"caution '{c.Id}'"))
            {
                yield return d;
            }
        }

        foreach (var r in a.AllRecommendations.Where(r => r.When is not null))
        {
            foreach (var d in Predicate(a, r.When!, r.Source, $"the condition of recommendation '{r.PageRef}'"))
            {
                yield return d;
            }
        }
    }

    private static IEnumerable<Diagnostic> Predicate(Assessment a, Predicate predicate, SourceLocation at, string where)
    {
        foreach (var p in predicate.Walk())
        {
            switch (p)
            {
                case Model.Predicate.Chose c when a.Questions.FirstOrDefault(q => q.Id == c.QuestionId) is not { } question:
                    yield return Error(at, DiagnosticCodes.UnknownQuestion, $"{where} refers to unknown question '{c.QuestionId}'");
                    break;
                case Model.Predicate.Chose c when a.Questions.First(q => q.Id == c.QuestionId).Options.All(o => o.Id != c.OptionId):
                    yield return Error(at, DiagnosticCodes.UnknownOption, $"{where} refers to unknown option '{c.OptionId}' of question '{c.QuestionId}'");
                    break;
                case Model.Predicate.ScoreAtLeast s when s.DimensionId is not null && a.Dimensions.All(d => d.Id != s.DimensionId):
                    yield return Error(at, DiagnosticCodes.UnknownDimension, $"{where} reads the score of unknown dimension '{s.DimensionId}'");
                    break;
            }
        }
    }
}
