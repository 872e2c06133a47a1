using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Validation;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// FsCheck generators of browser-shaped answers (as JSON text): mostly well-formed, some missing, some garbage of every
/// JSON kind, plus unknown and prototype-like keys.
/// </summary>
public static class AnswerGenerators
{
    /// <summary>Values of the wrong shape for some or all question kinds.</summary>
    public static readonly string[] Garbage =
    [
        "null", "true", "false", "0", "-1", "3.5", "6", "1e308", "-0", "9007199254740993", "\"\"", "\"nonsense\"", "\"3\"",
        "\"ja\"", "[]", "[1,null,\"x\"]", "[\"ja\",\"ja\"]", "[[\"ja\"]]", "{}", "{\"ja\":true}", "{\"length\":1,\"0\":\"ja\"}",
    ];

    private static readonly string[] StrangeKeys = ["onbekend", "constructor", "hasOwnProperty", "__proto__", "toString", ""];

    public static Gen<string> Answers(Assessment assessment)
    {
        var perQuestion = assessment.Questions.Select(q => Value(q).Select(v => v is null ? null : $"{Key(q.Id)}:{v}"));
        var extra = Gen.Frequency(
            (6, Gen.Constant<string?>(null)),
            (1, Gen.Elements(StrangeKeys).SelectMany(k => Gen.Elements(Garbage).Select(v => (string?)$"{Key(k)}:{v}"))));
        return Gen.CollectToList(perQuestion.Append(extra))
            .Select(parts => "{" + string.Join(",", parts.Where(p => p is not null)) + "}");
    }

    /// <summary>Only complete, well-formed answer sets are too regular; this mix also exercises partial and wrong ones.</summary>
    private static Gen<string?> Value(Question q)
    {
        var valid = AnswerSpace.AnswersFor(q).Select(a => JsonSerializer.Serialize(AnswerJson.Write(new Dictionary<string, Answer?> { ["x"] = a })["x"])).ToArray();
        var wrongShapes = q.Options.Select(o => JsonSerializer.Serialize(o.Id))
            .Concat(q.Options.Select(o => $"[{JsonSerializer.Serialize(o.Id)}]"))
            .ToArray();
        return Gen.Frequency(
            (12, Gen.Elements(valid).Select(v => (string?)v)),
            (2, Gen.Constant<string?>(null)),
            (1, Gen.Elements(Garbage).Select(v => (string?)v)),
            (1, Gen.Elements(wrongShapes).Select(v => (string?)v)));
    }

    private static string Key(string key) => JsonSerializer.Serialize(key);
}
