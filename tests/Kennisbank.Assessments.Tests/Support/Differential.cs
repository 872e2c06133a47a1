using System.Text.Json.Nodes;
using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.JavaScript;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>Runs one answer set through the compiled script (in Jint) and through the C# evaluator, and compares.</summary>
public sealed class Differential
{
    private readonly Assessment _assessment;
    private readonly string _lang;
    private readonly ScriptHost _host;

    public Differential(Assessment assessment, string lang)
    {
        _assessment = assessment;
        _lang = lang;
        _host = new ScriptHost(AssessmentScript.Emit(assessment, lang, Urls.For(lang)), assessment.Id);
    }

    /// <summary>Null when both agree; otherwise a message with both results.</summary>
    public string? Disagreement(string answersJson)
    {
        var fromScript = Normalise(_host.Evaluate(answersJson));
        var result = AssessmentEvaluator.Evaluate(_assessment, AnswerJson.Read(JsonNode.Parse(answersJson)));
        var fromCSharp = Normalise(ResultJson.Write(result, _lang, Urls.For(_lang)).ToJsonString());
        return fromScript == fromCSharp ? null : $"answers {answersJson}\n  script: {fromScript}\n  C#:     {fromCSharp}";
    }

    public void AssertAgrees(string answersJson)
    {
        if (Disagreement(answersJson) is { } message)
        {
            Assert.Fail(message);
        }
    }

    private static string Normalise(string json) => JsonNode.Parse(json)!.ToJsonString();
}
