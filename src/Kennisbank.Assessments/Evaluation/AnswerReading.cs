using System.Globalization;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Evaluation;

/// <summary>
/// Turns an answer into the chosen option indexes, or null when it is missing or has the wrong shape for the question.
/// Unknown option ids in a multiple-choice answer are dropped; the result is in option order, without duplicates.
/// The compiled script's <c>pick</c> does exactly this.
/// </summary>
public static class AnswerReading
{
    public static IReadOnlyList<int>? Pick(Question question, Answer? answer)
    {
        var options = question.Options;
        switch (question.Kind, answer)
        {
            case (QuestionKind.MultipleChoice, Answer.Choices choices):
                return [.. Enumerable.Range(0, options.Count).Where(i => choices.OptionIds.Contains(options[i].Id))];
            case (QuestionKind.MultipleChoice, _):
                return null;
            case (QuestionKind.Scale, Answer.Number number):
                return IndexOf(options, AsJavaScriptString(number.Value));
            case (QuestionKind.Scale, _):
                return null;
            case (_, Answer.Choice choice):
                return IndexOf(options, choice.OptionId);
            default:
                return null;
        }
    }

    private static IReadOnlyList<int>? IndexOf(IReadOnlyList<Option> options, string? id)
    {
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i].Id == id)
            {
                return [i];
            }
        }

        return null;
    }

    /// <summary>
    /// JavaScript's <c>String(number)</c> for the only case that can match a scale option (a whole number); any other
    /// number gives a text that is no option id, here null.
    /// </summary>
    private static string? AsJavaScriptString(double value) =>
        Math.Floor(value) == value && Math.Abs(value) < 1e15 && !(value == 0 && double.IsNegative(value))
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : null;
}
