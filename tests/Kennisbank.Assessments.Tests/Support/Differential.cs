using System.Text.Json;
using System.Text.Json.Nodes;
using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.JavaScript;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// Runs one answer set through the compiled script (in Jint) and through the C# evaluator, and compares. Owns a
/// <see cref="ScriptHost"/>, so it belongs to one thread at a time.
/// </summary>
public sealed class Differential
{
    private readonly Assessment _assessment;
    private readonly ScriptHost _host;

    public Differential(Assessment assessment)
    {
        _assessment = assessment;
        _host = new ScriptHost(AssessmentScript.Emit(assessment), assessment.Id);
    }

    public ScriptHost Host => _host;

    /// <summary>Null when both agree; otherwise a message with both results. Both sides read the same JSON text.</summary>
    public string? Disagreement(string answersJson)
    {
        var fromScript = ResultJson.Normalise(_host.Evaluate(answersJson));
        var result = AssessmentEvaluator.Evaluate(_assessment, AnswerJson.Read(JsonNode.Parse(answersJson)));
        var fromCSharp = ResultJson.Write(result, _assessment);
        return fromScript == fromCSharp ? null : $"answers {answersJson}\n  script: {fromScript}\n  C#:     {fromCSharp}";
    }

    public string? Disagreement(IReadOnlyDictionary<string, Answer?> answers) =>
        Disagreement(JsonSerializer.Serialize(AnswerJson.Write(answers)));

    public void AssertAgrees(string answersJson)
    {
        if (Disagreement(answersJson) is { } message)
        {
            Assert.Fail(message);
        }
    }
}
