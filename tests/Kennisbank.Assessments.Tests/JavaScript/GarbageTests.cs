using System.Text.Json.Nodes;
using Kennisbank.Assessments.Definitions;
using Kennisbank.Assessments.JavaScript;
using Kennisbank.Assessments.Tests.Support;

namespace Kennisbank.Assessments.Tests.JavaScript;

/// <summary>Whatever <c>evaluate</c> is given, it returns a result or a well-formed error object; it never throws.</summary>
public sealed class GarbageTests
{
    public static TheoryData<string> Inputs() =>
    [
        "undefined", "null", "42", "'text'", "[]", "['ja']", "function () {}", "new Date(0)", "Object.create(null)",
        "{ 'politieke-steun': undefined }", "{ 'politieke-steun': { toString: function () { return 'breed'; } } }",
        "{ 'politieke-steun': ['breed'], 'budget': 7, 'wederkerig': '3' }",
        "{ 'wederkerig': 1e400, 'beleidsverklaring': NaN, 'tijd': -Infinity }",
        "{ 'vorm': 'netwerk', 'werkbezoeken': 'ja', 'wederkerig': 5 }",
        "(function () { var o = {}; o['politieke-steun'] = o; return o; })()",
        "{ get 'politieke-steun'() { throw new Error('boom'); } }",
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Never_throws(string answers)
    {
        foreach (var assessment in AssessmentCatalog.All)
        {
            var host = new ScriptHost(AssessmentScript.Emit(assessment, "nl", Urls.For("nl")), assessment.Id);
            var result = JsonNode.Parse(host.EvaluateExpression(answers))!.AsObject();
            Assert.True(result.ContainsKey("error") || result.ContainsKey("outcome"), result.ToJsonString());
            if (result.ContainsKey("error"))
            {
                Assert.Equal(JsonValueKindString, result["error"]!.GetValueKind().ToString());
            }
        }
    }

    [Fact]
    public void A_throwing_getter_gives_an_error_object()
    {
        var assessment = AssessmentCatalog.All[0];
        var host = new ScriptHost(AssessmentScript.Emit(assessment, "nl", Urls.For("nl")), assessment.Id);
        var result = JsonNode.Parse(host.EvaluateExpression("{ get 'politieke-steun'() { throw new Error('boom'); } }"))!;
        Assert.Contains("boom", result["error"]!.GetValue<string>());
    }

    private const string JsonValueKindString = "String";
}
