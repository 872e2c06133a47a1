using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Evaluation;

/// <summary>
/// One pass over the questions in order: which are visible, the accepted answers, the points each answer got on each
/// dimension, and the scores. Everything the decision reads. Never throws on answers: missing, invisible or
/// ill-shaped answers are simply not counted.
/// </summary>
internal sealed class Scored
{
    private Scored(Assessment assessment)
    {
        Assessment = assessment;
        Got = new int[assessment.Questions.Count][];
    }

    public Assessment Assessment { get; }

    /// <summary>Accepted answers of visible questions: question id → option ids.</summary>
    public Dictionary<string, IReadOnlyList<string>> Chosen { get; } = new(StringComparer.Ordinal);

    public List<string> Visible { get; } = [];

    public List<string> Missing { get; } = [];

    /// <summary>Per question (by index), the points its answer got on each dimension; null when hidden or unanswered.</summary>
    public int[]?[] Got { get; }

    public List<DimensionScore> Dimensions { get; } = [];

    public int Total { get; private set; }

    public static Scored From(Assessment assessment, IReadOnlyDictionary<string, Answer?> answers)
    {
        var s = new Scored(assessment);
        var dimensions = assessment.Dimensions;
        var raw = new int[dimensions.Count];
        var max = new int[dimensions.Count];

        // A condition only sees answers to earlier questions that were visible themselves (no scores exist yet).
        for (var i = 0; i < assessment.Questions.Count; i++)
        {
            var question = assessment.Questions[i];
            if (question.VisibleWhen is { } condition && !PredicateEvaluator.Holds(condition, s.Chosen, _ => 0))
            {
                continue;
            }

            s.Visible.Add(question.Id);
            var picked = AnswerReading.Pick(question, answers.GetValueOrDefault(question.Id));
            var got = new int[dimensions.Count];
            for (var k = 0; k < dimensions.Count; k++)
            {
                got[k] = picked?.Sum(o => question.Options[o].PointsOn(dimensions[k].Id)) ?? 0;
                raw[k] += got[k];
                max[k] += AssessmentEvaluator.MaxPoints(question, dimensions[k].Id);
            }

            if (picked is null)
            {
                s.Missing.Add(question.Id);
                continue;
            }

            s.Got[i] = got;
            s.Chosen[question.Id] = [.. picked.Select(o => question.Options[o].Id)];
        }

        for (var k = 0; k < dimensions.Count; k++)
        {
            s.Dimensions.Add(new DimensionScore(dimensions[k].Id, raw[k], max[k], Scoring.Percent(raw[k], max[k])));
        }

        s.Total = Scoring.Total(dimensions.Select((d, k) => (raw[k], max[k], d.Weight)));
        return s;
    }

    /// <summary>A dimension's score, or with a null id the total; an unknown dimension scores 0 (the validator reports it).</summary>
    public int Score(string? dimensionId) =>
        dimensionId is null ? Total : Dimensions.FirstOrDefault(d => d.DimensionId == dimensionId)?.Score ?? 0;

    public bool Holds(Predicate? predicate) => predicate is null || PredicateEvaluator.Holds(predicate, Chosen, Score);

    public bool Holds(Condition condition) => Holds(condition.Holds);
}
