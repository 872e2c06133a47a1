using System.Text.Json.Nodes;
using Kennisbank.Assessments.Evaluation;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>The C# result in the shape the script returns, for a structural comparison (key order does not matter).</summary>
public static class ResultJson
{
    public static JsonNode Write(EvaluationResult r, string lang, Func<string, string> resolveUrl)
    {
        var dimensions = new JsonObject();
        foreach (var d in r.Dimensions)
        {
            dimensions[d.DimensionId] = new JsonObject { ["raw"] = d.Raw, ["max"] = d.Max, ["score"] = d.Score };
        }

        return new JsonObject
        {
            ["complete"] = r.Complete,
            ["outcome"] = r.OutcomeId,
            ["score"] = r.Score,
            ["dimensions"] = dimensions,
            ["visible"] = Strings(r.Visible),
            ["missing"] = Strings(r.Missing),
            ["reasons"] = new JsonArray([.. r.Reasons.Select(x => (JsonNode)new JsonObject
            {
                ["question"] = x.QuestionId,
                ["options"] = Strings(x.OptionIds),
                ["effect"] = x.Effect,
            })]),
            ["recommendations"] = new JsonArray([.. r.Recommendations.Select(x => (JsonNode)new JsonObject
            {
                ["title"] = x.Title.For(lang),
                ["url"] = resolveUrl(x.PageRef),
            })]),
        };
    }

    private static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)JsonValue.Create(i)!)]);
}
