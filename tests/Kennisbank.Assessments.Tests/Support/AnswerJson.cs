using System.Text.Json.Nodes;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// Reads browser-shaped answers (JSON) into the evaluator's answers, with the same rules the script applies: a string is
/// an option id, an array keeps its strings, a number is a number, anything else is no answer.
/// </summary>
public static class AnswerJson
{
    public static IReadOnlyDictionary<string, Answer?> Read(JsonNode? json)
    {
        var answers = new Dictionary<string, Answer?>(StringComparer.Ordinal);
        if (json is not JsonObject obj)
        {
            return answers;
        }

        foreach (var (key, value) in obj)
        {
            answers[key] = value switch
            {
                JsonValue v when v.TryGetValue<string>(out var s) => new Answer.Choice(s),
                JsonValue v when v.TryGetValue<double>(out var d) => new Answer.Number(d),
                JsonArray a => new Answer.Choices([.. a.OfType<JsonValue>().Select(e => e.TryGetValue<string>(out var s) ? s : null).OfType<string>()]),
                _ => null,
            };
        }

        return answers;
    }

    public static JsonObject Write(IReadOnlyDictionary<string, Answer?> answers)
    {
        var obj = new JsonObject();
        foreach (var (key, answer) in answers)
        {
            obj[key] = answer switch
            {
                Answer.Choice c => JsonValue.Create(c.OptionId),
                Answer.Choices c => new JsonArray([.. c.OptionIds.Select(id => (JsonNode)JsonValue.Create(id)!)]),
                Answer.Number n => JsonValue.Create(n.Value),
                _ => null,
            };
        }

        return obj;
    }
}
