using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Evaluation;

/// <summary>The score of one dimension: points got, points possible over the visible questions, and 0–100.</summary>
public sealed record DimensionScore(string DimensionId, int Raw, int Max, int Score);

/// <summary>How many of an outcome's entry conditions hold: the "fit" a council can count for itself.</summary>
public sealed record Fit(string OutcomeId, int Met, int Of);

/// <summary>
/// A condition that decided the result, whether it holds, and the answers that made it so (question ids, in question
/// order): for a condition on an answer, that answer; for one on a score, the answers that earned (or lost) most points.
/// </summary>
public sealed record Reason(string ConditionId, bool Holds, IReadOnlyList<string> QuestionIds);

/// <summary>The runner-up: the outcome that came closest, and its conditions that failed ("why not").</summary>
public sealed record Contrast(string OutcomeId, IReadOnlyList<Reason> Reasons);

/// <summary>
/// What the evaluator (and the compiled script) says about a set of answers. <see cref="OutcomeId"/> is null only for an
/// assessment without a fallback whose conditions all fail; <see cref="Missing"/> lists visible unanswered questions.
/// <see cref="Answers"/> are the accepted answers (visible questions, in question order: question id → option ids).
/// <see cref="Reasons"/> are the failed gates, or else the chosen outcome's conditions; <see cref="Contrast"/> says why
/// not the runner-up.
/// </summary>
public sealed record EvaluationResult(
    bool Complete,
    string? OutcomeId,
    int Score,
    IReadOnlyList<DimensionScore> Dimensions,
    IReadOnlyList<string> Visible,
    IReadOnlyList<string> Missing,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Answers,
    IReadOnlyList<string> FailedGates,
    IReadOnlyList<Fit> Fits,
    IReadOnlyList<Reason> Reasons,
    Contrast? Contrast,
    IReadOnlyList<string> Cautions,
    IReadOnlyList<Recommendation> Recommendations);
