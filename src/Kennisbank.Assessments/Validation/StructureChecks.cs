using System.Text.RegularExpressions;
using Kennisbank.Assessments.Building;
using Kennisbank.Assessments.Model;
using Kennisbank.Diagnostics;
using static Kennisbank.Assessments.Validation.Report;

namespace Kennisbank.Assessments.Validation;

/// <summary>Ids, duplicates, numbers, the shape of each question and the fallback (KB100, KB101, KB111, KB113–KB115).</summary>
internal static partial class StructureChecks
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    public static IEnumerable<Diagnostic> Run(Assessment a)
    {
        // Dimensions are optional: an assessment decided by conditions alone shows no scores.
        if (a.Questions.Count == 0 || a.Outcomes.Count == 0)
        {
            yield return Error(a.Source, DiagnosticCodes.Empty, $"assessment '{a.Id}' needs at least one question and outcome");
        }

        foreach (var d in FallbackProblems(a))
        {
            yield return d;
        }

        var ids = new List<(string Kind, string Id, SourceLocation At)>();
        ids.Add(("assessment", a.Id, a.Source));
        ids.AddRange(a.Dimensions.Select(d => ("dimension", d.Id, d.Source)));
        ids.AddRange(a.Questions.Select(q => ("question", q.Id, q.Source)));
        ids.AddRange(a.Outcomes.Select(o => ("outcome", o.Id, o.Source)));
        ids.AddRange(a.Questions.SelectMany(q => q.Options.Select(o => ("option", o.Id, o.Source))));
        ids.AddRange(a.AllConditions.Select(c => ("condition", c.Id, c.Source)));
        ids.AddRange(a.Cautions.Select(c => ("caution", c.Id, c.Source)));
        foreach (var (kind, id, at) in ids.Where(i => !IdPattern().IsMatch(i.Id)))
        {
            yield return Error(at, DiagnosticCodes.InvalidId, $"{kind} id '{id}' must be lower-case letters and digits joined by '-'");
        }

        foreach (var d in Duplicates(a.Dimensions, d => d.Id, d => d.Source, "dimension")
                     .Concat(Duplicates(a.Questions, q => q.Id, q => q.Source, "question"))
                     .Concat(Duplicates(a.Outcomes, o => o.Id, o => o.Source, "outcome"))
                     .Concat(Duplicates(a.AllConditions, c => c.Id, c => c.Source, "condition"))
                     .Concat(Duplicates(a.Cautions, c => c.Id, c => c.Source, "caution"))
                     .Concat(a.Questions.SelectMany(q => Duplicates(q.Options, o => o.Id, o => o.Source, $"option of question '{q.Id}'"))))
        {
            yield return d;
        }

        foreach (var d in a.Dimensions.Where(d => d.Weight < 1))
        {
            yield return Error(d.Source, DiagnosticCodes.InvalidNumber, $"dimension '{d.Id}' has weight {d.Weight}; weights are whole numbers from 1");
        }

        foreach (var q in a.Questions)
        {
            foreach (var o in q.Options)
            {
                foreach (var (dimension, points) in o.Points.Where(p => p.Value < 0))
                {
                    yield return Error(o.Source, DiagnosticCodes.InvalidNumber, $"option '{q.Id}/{o.Id}' gives {points} on '{dimension}'; points are never negative");
                }
            }

            if (ShapeProblem(q) is { } problem)
            {
                yield return Error(q.Source, DiagnosticCodes.QuestionShape, $"question '{q.Id}' {problem}");
            }
        }
    }

    private static string? ShapeProblem(Question q)
    {
        var ids = q.Options.Select(o => o.Id).ToList();
        return q.Kind switch
        {
            QuestionKind.YesNoDontKnow when !ids.Order().SequenceEqual(new[] { QuestionBuilder.YesId, QuestionBuilder.NoId, QuestionBuilder.DontKnowId }.Order()) =>
                "is a yes/no question and needs exactly the options 'ja', 'nee' and 'weet-niet'",
            QuestionKind.Scale when !ids.SequenceEqual(["1", "2", "3", "4", "5"]) =>
                "is a scale and needs exactly the options '1' to '5'",
            QuestionKind.Scale when q.LowLabel is null || q.HighLabel is null =>
                "is a scale and needs labels for both ends",
            QuestionKind.SingleChoice or QuestionKind.MultipleChoice when ids.Count < 2 =>
                "needs at least two options",
            QuestionKind.SingleChoice when ids.Count > 35 =>
                "has more than 35 options; a share code gives each answer one character",
            QuestionKind.MultipleChoice when ids.Count > 12 =>
                "has more than 12 options; split it",
            _ => null,
        };
    }

    /// <summary>Gates lead to the fallback, so there must be one when there are gates; it has no conditions and comes
    /// last, because it is what remains when no other outcome's conditions hold.</summary>
    private static IEnumerable<Diagnostic> FallbackProblems(Assessment a)
    {
        var fallbacks = a.Outcomes.Where(o => o.IsFallback).ToList();
        if (fallbacks.Count == 0 && a.Gates.Count > 0)
        {
            yield return Error(a.Gates[0].Source, DiagnosticCodes.Fallback, $"assessment '{a.Id}' has gates but no fallback outcome for them to lead to");
        }

        foreach (var extra in fallbacks.Skip(1))
        {
            yield return Error(extra.Source, DiagnosticCodes.Fallback, $"outcome '{extra.Id}' is a second fallback; there can be only one");
        }

        foreach (var f in fallbacks.Where(f => f.Requires.Count > 0))
        {
            yield return Error(f.Source, DiagnosticCodes.Fallback, $"the fallback outcome '{f.Id}' has conditions; it is what remains when no other outcome's hold");
        }

        if (fallbacks.Count > 0 && !a.Outcomes[^1].IsFallback)
        {
            yield return Error(fallbacks[0].Source, DiagnosticCodes.Fallback, $"the fallback outcome '{fallbacks[0].Id}' must come last; outcomes after it could never be chosen");
        }
    }

    private static IEnumerable<Diagnostic> Duplicates<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> at, string kind) =>
        items.GroupBy(id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1).Select(item => Error(at(item), DiagnosticCodes.DuplicateId, $"{kind} id '{g.Key}' is used more than once")));
}
