using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Evaluation;

/// <summary>The score of one dimension: points got, points possible over the visible questions, and 0–100.</summary>
public sealed record DimensionScore(string DimensionId, int Raw, int Max, int Score);

/// <summary>An answer that moved the result: <see cref="Effect"/> is in half points, positive when it raised the scores.</summary>
public sealed record Reason(string QuestionId, IReadOnlyList<string> OptionIds, int Effect);

/// <summary>
/// What the evaluator (and the compiled script) says about a set of answers. <see cref="OutcomeId"/> is the outcome whose
/// rule holds (null if none does, e.g. for very partial answers); <see cref="Missing"/> lists visible unanswered questions.
/// </summary>
public sealed record EvaluationResult(
    bool Complete,
    string? OutcomeId,
    int Score,
    IReadOnlyList<DimensionScore> Dimensions,
    IReadOnlyList<string> Visible,
    IReadOnlyList<string> Missing,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<Recommendation> Recommendations);
