using Kennisbank.Assessments.Definitions;
using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Sharing;
using Kennisbank.Assessments.Tests.Support;

namespace Kennisbank.Assessments.Tests.Personas;

/// <summary>
/// The persona table (<see cref="PersonaCatalog"/>): each persona gets the outcome, the cautions, the deciding
/// conditions and the runner-up the seeds lead to, from the C# evaluator and from the compiled script alike. The table
/// in docs/assessments.md is generated from the same data, so it cannot drift.
/// </summary>
public sealed class PersonaTests
{
    public static TheoryData<string> CityLinkPersonas() => [.. PersonaCatalog.All.Where(p => p.CityLink is not null).Select(p => p.Name)];

    public static TheoryData<string> ReadinessPersonas() => [.. PersonaCatalog.All.Where(p => p.Readiness is not null).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(CityLinkPersonas))]
    public void Stedenband_of_alternatief_advises_what_the_seeds_advise(string name) =>
        AssertAdvice(CityLinkOrAlternative.Assessment, Find(name).CityLink!);

    [Theory]
    [MemberData(nameof(ReadinessPersonas))]
    public void Hoe_klaar_zijn_we_advises_what_the_seeds_advise(string name) =>
        AssertAdvice(HowReadyAreWe.Assessment, Find(name).Readiness!);

    [Fact]
    public void The_table_has_at_least_twelve_personas_including_the_ones_the_issue_asks_for()
    {
        Assert.True(PersonaCatalog.All.Count >= 12);
        string[] required =
        [
            "Toegewijde gemeente", "Lichte leerder met een thema en twee jaar", "Thematische netwerker", "Gemeente die nog niet klaar is",
            "Donorreflex", "Stedenband van lang geleden die wil vernieuwen", "Beleidsverklaring, maar steun van één partij",
        ];
        Assert.All(required, r => Assert.Contains(PersonaCatalog.All, p => p.Name == r));
        // Every outcome of both assessments is some persona's advice.
        Assert.All(CityLinkOrAlternative.Assessment.Outcomes, o => Assert.Contains(PersonaCatalog.All, p => p.CityLink?.Outcome == o.Id));
        Assert.All(HowReadyAreWe.Assessment.Outcomes, o => Assert.Contains(PersonaCatalog.All, p => p.Readiness?.Outcome == o.Id));
    }

    [Fact]
    public void The_persona_table_in_the_docs_is_generated_from_this_data()
    {
        var docs = File.ReadAllText(RepoPaths.Docs).ReplaceLineEndings("\n");
        var table = PersonaTable.Markdown();
        Assert.True(docs.Contains(table, StringComparison.Ordinal),
            $"docs/assessments.md does not contain the current persona table; put this between {PersonaTable.Start} and {PersonaTable.End}:\n{table}");
    }

    private static Persona Find(string name) => PersonaCatalog.All.Single(p => p.Name == name);

    private static void AssertAdvice(Assessment a, Expectation expected)
    {
        var read = ShareCodes.Read(a, expected.Answers);
        Assert.True(read.Answers is not null, $"the persona's answers are not a result link the site writes ({read.Error})");
        var result = AssessmentEvaluator.Evaluate(a, read.Answers);
        Assert.True(result.Complete);

        Assert.Equal(expected.Outcome, result.OutcomeId);
        Assert.Equal(expected.Cautions.Order(), result.Cautions.Order());
        Assert.Equal(expected.Decided, result.Reasons.Select(r => r.ConditionId));
        // For a failed gate the reasons are what failed; for an outcome, its conditions, which all hold.
        Assert.All(result.Reasons, r => Assert.Equal(result.FailedGates.Count == 0, r.Holds));
        Assert.Equal(expected.RunnerUp, result.Contrast?.OutcomeId);
        Assert.Equal(expected.Against, result.Contrast?.Reasons.Select(r => r.ConditionId) ?? []);
        Assert.All(result.Contrast?.Reasons ?? [], r => Assert.False(r.Holds));

        // The page computes this in the browser: the compiled script must say the same.
        new Differential(a).AssertAgrees(System.Text.Json.JsonSerializer.Serialize(AnswerJson.Write(read.Answers)));
    }
}
