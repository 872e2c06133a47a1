using System.Text.Json;
using System.Text.Json.Nodes;
using Kennisbank.Assessments.JavaScript;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Tests.Support;

namespace Kennisbank.Assessments.Tests.JavaScript;

/// <summary>
/// Whatever <c>evaluate</c> is given (answers may come from a tampered link or another script), it never throws: it
/// reads what it can and returns a whole result. Only an answer object that throws itself gives <c>{ error }</c>.
/// Values JSON cannot carry are written as JavaScript, which is why this is not part of the differential tests.
/// </summary>
public sealed class GarbageTests
{
    /// <summary>Not an answer object at all.</summary>
    private static readonly string[] NotAnswers =
        ["undefined", "null", "42", "'text'", "[]", "['ja']", "function () {}", "new Date(0)", "Object.create(null)"];

    /// <summary>Wrong values for any question; <c>{0}</c> is an option id of that question.</summary>
    private static readonly string[] WrongValues =
    [
        "undefined", "{{ toString: function () {{ return {0}; }} }}", "[{0}]", "7", "'3'", "1e400", "NaN", "-Infinity",
        "Object.create({{ length: 1, 0: {0} }})",
    ];

    private static readonly string[] ResultKeys =
        ["complete", "outcome", "score", "dimensions", "visible", "missing", "answers", "failed", "fits", "reasons", "contrast", "cautions", "recommendations"];

    [Theory]
    [MemberData(nameof(Catalog.Ids), MemberType = typeof(Catalog))]
    public void Never_throws_and_gives_a_whole_result(string id)
    {
        var assessment = Catalog.Find(id);
        var host = Host(assessment);
        foreach (var answers in Inputs(assessment))
        {
            var result = JsonNode.Parse(host.EvaluateExpression(answers))!.AsObject();
            Assert.True(ResultKeys.All(result.ContainsKey) && !result.ContainsKey("error"), $"{answers}\n  gave {result.ToJsonString()}");
        }
    }

    [Theory]
    [MemberData(nameof(Catalog.Ids), MemberType = typeof(Catalog))]
    public void A_throwing_getter_gives_an_error_object(string id)
    {
        var assessment = Catalog.Find(id);
        var result = JsonNode.Parse(Host(assessment).EvaluateExpression($"{{ get {Js(assessment.Questions[0].Id)}() {{ throw new Error('boom'); }} }}"))!;
        Assert.Contains("boom", result["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>Everything garbage for this assessment: each wrong value for each question, every answer at once
    /// (so hidden questions are answered too), and an answer object that contains itself.</summary>
    private static IEnumerable<string> Inputs(Assessment assessment)
    {
        var questions = assessment.Questions;
        var wrong = questions.SelectMany(q => WrongValues.Select(v => $"{{ {Js(q.Id)}: {string.Format(System.Globalization.CultureInfo.InvariantCulture, v, Js(q.Options[0].Id))} }}"));
        var everything = "{ " + string.Join(", ", questions.Select(q => $"{Js(q.Id)}: {Js(q.Options[^1].Id)}")) + " }";
        var cyclic = $"(function () {{ var o = {{}}; o[{Js(questions[0].Id)}] = o; return o; }})()";
        return [.. NotAnswers, .. wrong, everything, cyclic];
    }

    private static ScriptHost Host(Assessment assessment) => new(AssessmentScript.Emit(assessment), assessment.Id);

    private static string Js(string s) => JsonSerializer.Serialize(s);
}
