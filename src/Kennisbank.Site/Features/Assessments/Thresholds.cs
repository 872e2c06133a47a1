using System.Collections.Concurrent;
using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Site.Features.Assessments;

/// <summary>
/// The points a dimension (or the total) can reach, for each way the questions can be shown: so the method page says
/// "at least 3 of the 5 points" instead of "a score of at least 50". Which questions show depends only on the answers
/// to the questions that conditions read, so only those are tried.
/// </summary>
public static class Thresholds
{
    private static readonly ConcurrentDictionary<Assessment, IReadOnlyList<int[]>> Cache = new(ReferenceEqualityComparer.Instance);

    /// <summary>The distinct maxima of a dimension (null: the total, each dimension counted weight times), visible ones only.</summary>
    public static IReadOnlyList<int> Maxima(Assessment a, string? dimensionId)
    {
        var index = dimensionId is null ? -1 : a.Dimensions.ToList().FindIndex(d => d.Id == dimensionId);
        return [.. Patterns(a).Select(max => index >= 0 ? max[index] : a.Dimensions.Select((d, k) => d.Weight * max[k]).Sum())
            .Where(m => m > 0).Distinct().Order()];
    }

    /// <summary>Per way of showing the questions, each dimension's most points.</summary>
    private static IReadOnlyList<int[]> Patterns(Assessment a) => Cache.GetOrAdd(a, static a =>
    {
        var deciding = a.Questions.Where(q => a.Questions.Any(x => x.VisibleWhen?.Walk().OfType<Predicate.Chose>().Any(c => c.QuestionId == q.Id) == true)).ToList();
        IEnumerable<Dictionary<string, Answer?>> combos = [new(StringComparer.Ordinal)];
        foreach (var q in deciding)
        {
            combos = combos.SelectMany(c => q.Options.Select(o => new Dictionary<string, Answer?>(c) { [q.Id] = AnswerFor(q, o) }));
        }

        return [.. combos.Select(c => AssessmentEvaluator.Evaluate(a, c).Visible)
            .DistinctBy(v => string.Join(",", v))
            .Select(visible => a.Dimensions.Select(d => a.Questions.Where(q => visible.Contains(q.Id)).Sum(q => AssessmentEvaluator.MaxPoints(q, d.Id))).ToArray())];
    });

    private static Answer AnswerFor(Question q, Option o) => q.Kind switch
    {
        QuestionKind.MultipleChoice => new Answer.Choices([o.Id]),
        QuestionKind.Scale => new Answer.Number(double.Parse(o.Id, System.Globalization.CultureInfo.InvariantCulture)),
        _ => new Answer.Choice(o.Id),
    };
}
