namespace Kennisbank.Assessments.Validation;

/// <summary>Every diagnostic code, in one place. Each has a test with a deliberately broken definition.</summary>
public static class DiagnosticCodes
{
    /// <summary>An id is not lower-case words joined by '-' (ids become URL fragments, form names and script keys).</summary>
    public const string InvalidId = "KB100";

    /// <summary>Two questions, options of one question, dimensions or outcomes share an id.</summary>
    public const string DuplicateId = "KB101";

    /// <summary>A predicate names a question that does not exist.</summary>
    public const string UnknownQuestion = "KB102";

    /// <summary>A predicate names an option its question does not have.</summary>
    public const string UnknownOption = "KB103";

    /// <summary>Points or a predicate name a dimension that does not exist.</summary>
    public const string UnknownDimension = "KB104";

    /// <summary>A visibility condition depends on the question itself or a later one.</summary>
    public const string ConditionOnLaterQuestion = "KB105";

    /// <summary>No answer set reaches an outcome.</summary>
    public const string UnreachableOutcome = "KB106";

    /// <summary>A complete answer set matches no outcome.</summary>
    public const string NoOutcome = "KB107";

    /// <summary>A complete answer set matches more than one outcome.</summary>
    public const string AmbiguousOutcome = "KB108";

    /// <summary>A recommendation links to a page that does not exist.</summary>
    public const string UnknownPage = "KB109";

    /// <summary>A text is empty in one of the languages.</summary>
    public const string EmptyText = "KB110";

    /// <summary>Negative points, or a dimension weight below 1.</summary>
    public const string InvalidNumber = "KB111";

    /// <summary>A visibility condition reads a score (scores exist only after all questions).</summary>
    public const string ScoreInCondition = "KB112";

    /// <summary>A question has the wrong options for its kind (fewer than two; yes/no without ja/nee/weet-niet; a scale without 1–5).</summary>
    public const string QuestionShape = "KB113";

    /// <summary>The assessment has no questions, dimensions or outcomes.</summary>
    public const string Empty = "KB114";
}
