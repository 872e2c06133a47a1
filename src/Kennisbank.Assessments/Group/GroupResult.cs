namespace Kennisbank.Assessments.Group;

/// <summary>How many members had an outcome, a caution, or (in <see cref="Disagreement.Answers"/>) an answer.</summary>
public sealed record Tally(string Id, int Count);

/// <summary>The spread of one dimension's score (0–100) or one outcome's conditions met (0–<see cref="Of"/>) over the
/// <see cref="N"/> members it applies to. The median of an even count is the mean of the middle two, halves up.</summary>
public sealed record Spread(string Id, int N, int Min, int Median, int Max, int Of);

/// <summary>One answer (its option ids) and how many members gave it.</summary>
public sealed record AnswerCount(IReadOnlyList<string> OptionIds, int Count);

/// <summary>
/// How much a group disagrees on one question: of the pairs of members who answered it, how many answered differently
/// (<see cref="Differing"/>). A number anyone can check by counting, and zero exactly when all agree.
/// </summary>
public sealed record Disagreement(string QuestionId, int N, int Differing, IReadOnlyList<AnswerCount> Answers);

/// <summary>
/// What a group session shows: the members counted, the group's outcome (the one most members got; null when that is a
/// tie, so the summary says the group is divided), the tally, the spreads, the questions with the most disagreement
/// first, and the cautions anyone triggered.
/// </summary>
public sealed record GroupResult(
    int Count,
    string? OutcomeId,
    IReadOnlyList<Tally> Outcomes,
    IReadOnlyList<Spread> Dimensions,
    IReadOnlyList<Spread> Fits,
    IReadOnlyList<Disagreement> Questions,
    IReadOnlyList<Tally> Cautions);
