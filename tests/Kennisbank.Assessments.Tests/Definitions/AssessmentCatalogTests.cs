using Kennisbank.Assessments.Definitions;
using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Tests.Support;
using Kennisbank.Assessments.Validation;

namespace Kennisbank.Assessments.Tests.Definitions;

/// <summary>The published assessments are valid: every answer set has exactly one outcome, every link resolves.</summary>
public sealed class AssessmentCatalogTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Catalog.Ids), MemberType = typeof(Catalog))]
    public void Is_valid_without_warnings(string id)
    {
        var assessment = Catalog.Find(id);
        var diagnostics = AssessmentValidator.Validate(assessment, SitePages.Known);
        output.WriteLine(AnswerSpace.IsEnumerable(assessment)
            ? $"{id}: every complete answer set enumerated ({AnswerSpace.Enumerate(assessment).Count()})"
            : $"{id}: {AnswerSpace.SampleSize} sampled answer sets (upper bound {AnswerSpace.UpperBound(assessment)})");
        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Ids_are_unique() => Assert.Equal(AssessmentCatalog.All.Count, AssessmentCatalog.All.Select(a => a.Id).Distinct().Count());

    [Theory]
    [MemberData(nameof(Catalog.Languages), MemberType = typeof(Catalog))]
    public void Slugs_are_unique_in_each_language(string lang) =>
        Assert.Equal(AssessmentCatalog.All.Count, AssessmentCatalog.All.Select(a => a.Slug.For(lang)).Distinct().Count());

    [Fact]
    public void The_city_link_assessment_uses_conditional_questions()
    {
        var network = AssessmentEvaluator.Evaluate(CityLinkOrAlternative.Assessment, new Dictionary<string, Answer?>
        {
            ["vorm"] = new Answer.Choice("netwerk"),
        });
        Assert.DoesNotContain("werkbezoeken", network.Visible);
    }

    /// <summary>A weak part gives a next step; the parts asked only with or without a partner, in that case.</summary>
    [Theory]
    [InlineData("ja")]
    [InlineData("nee")]
    public void Every_weak_visible_dimension_of_readiness_gives_a_next_step(string partner)
    {
        var assessment = HowReadyAreWe.Assessment;
        var nothing = AssessmentEvaluator.Evaluate(assessment, new Dictionary<string, Answer?> { ["partner"] = new Answer.Choice(partner) });
        var visible = nothing.Dimensions.Where(d => d.Max > 0).Select(d => d.DimensionId).ToList();
        Assert.Equal(4, visible.Count);
        foreach (var dimension in visible)
        {
            Assert.Contains(nothing.Recommendations, r => r.When?.Walk().OfType<Predicate.ScoreAtLeast>().Any(s => s.DimensionId == dimension) == true);
        }
    }
}
