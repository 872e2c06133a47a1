namespace Kennisbank.Assessments.Model;

/// <summary>
/// An answer as the browser sends it: an option id (single choice, yes/no), a list of option ids (multiple choice) or
/// a number (scale). An answer of the wrong shape for its question is ignored, exactly as the compiled script does.
/// </summary>
public abstract record Answer
{
    private Answer()
    {
    }

    public sealed record Choice(string OptionId) : Answer;

    public sealed record Choices(IReadOnlyList<string> OptionIds) : Answer;

    /// <summary>A double, because that is what JavaScript gives us; only 1–5 exactly count.</summary>
    public sealed record Number(double Value) : Answer;
}
