using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Tests.Support;

namespace Kennisbank.Assessments.Tests.Evaluation;

public sealed class AssessmentEvaluatorTests
{
    private static readonly Assessment Small = SmallAssessment.Valid();

    private static EvaluationResult Evaluate(params (string Id, Answer? Answer)[] answers) =>
        AssessmentEvaluator.Evaluate(Small, answers.ToDictionary(a => a.Id, a => a.Answer));

    [Fact]
    public void A_hidden_question_is_not_visible_and_its_answer_is_ignored()
    {
        var result = Evaluate(("steun", new Answer.Choice("ja")), ("vorm", new Answer.Choice("a")), ("schaal", new Answer.Number(5)), ("meer", new Answer.Choices([])));
        Assert.Equal(["steun", "vorm", "meer"], result.Visible);
        Assert.True(result.Complete);
        var basis = result.Dimensions.Single(d => d.DimensionId == "basis");
        Assert.Equal((2, 3), (basis.Raw, basis.Max));
    }

    [Fact]
    public void Scores_outcome_reasons_and_recommendations()
    {
        var result = Evaluate(("steun", new Answer.Choice("ja")), ("vorm", new Answer.Choice("b")), ("schaal", new Answer.Number(3)), ("meer", new Answer.Choices(["x", "x", "onbekend"])));
        Assert.Equal(["steun", "vorm", "schaal", "meer"], result.Visible);
        Assert.Equal([new DimensionScore("basis", 4, 7, 57), new DimensionScore("extra", 3, 3, 100)], result.Dimensions);
        Assert.Equal(71, result.Score); // (57·2 + 100) / 3 = 71.3
        Assert.Equal("goed", result.OutcomeId);
        // steun and vorm moved the scores by +2 half points each (ties keep question order); schaal (3 of 5) and
        // meer (+1 on extra, −1 on basis) sit in the middle and explain nothing.
        Assert.Equal(["steun", "vorm"], result.Reasons.Select(r => r.QuestionId));
        Assert.Equal(["lessen/durf-bijsturen"], result.Recommendations.Select(r => r.PageRef));
    }

    [Fact]
    public void Wrong_shapes_are_no_answer()
    {
        var result = Evaluate(("steun", new Answer.Choices(["ja"])), ("vorm", new Answer.Number(1)), ("meer", new Answer.Choice("x")), ("onbekend", new Answer.Choice("ja")), ("steun-2", null));
        Assert.Equal(["steun", "vorm", "meer"], result.Missing);
        Assert.False(result.Complete);
        Assert.Equal("nog-niet", result.OutcomeId);
    }

    [Theory]
    [InlineData(3.0, true)]
    [InlineData(3.5, false)]
    [InlineData(0, false)]
    [InlineData(6, false)]
    [InlineData(1e300, false)]
    public void A_scale_takes_whole_numbers_from_1_to_5(double value, bool accepted)
    {
        var result = Evaluate(("vorm", new Answer.Choice("b")), ("schaal", new Answer.Number(value)));
        Assert.Equal(!accepted, result.Missing.Contains("schaal"));
    }
}
