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
        Assert.False(result.Answers.ContainsKey("schaal"));
    }

    [Fact]
    public void Scores_outcome_reasons_and_recommendations()
    {
        var result = Evaluate(("steun", new Answer.Choice("ja")), ("vorm", new Answer.Choice("b")), ("schaal", new Answer.Number(3)), ("meer", new Answer.Choices(["x", "x", "onbekend"])));
        Assert.Equal(["steun", "vorm", "schaal", "meer"], result.Visible);
        Assert.Equal([new DimensionScore("basis", 4, 7, 57), new DimensionScore("extra", 3, 3, 100)], result.Dimensions);
        Assert.Equal(65, result.Score); // all points, basis counted twice: (2·4 + 3) of (2·7 + 3) = 11 of 17
        Assert.Equal("goed", result.OutcomeId);
        Assert.Equal([new Fit("goed", 2, 2)], result.Fits);
        // The total is explained by the answers that earned most: steun (4 half-points), schaal (4), vorm (2); meer (1) is
        // fourth. Shown in question order.
        Assert.Equal(["helft:True:steun vorm schaal", "vorm-b:True:vorm"], result.Reasons.Select(Describe));
        Assert.Null(result.Contrast);
        Assert.Empty(result.Cautions);
        Assert.Equal(["lessen/durf-bijsturen"], result.Recommendations.Select(r => r.PageRef));
    }

    [Fact]
    public void A_failed_gate_decides_on_its_own_and_the_runner_up_says_what_else_is_missing()
    {
        var result = Evaluate(("steun", new Answer.Choice("nee")), ("vorm", new Answer.Choice("a")), ("meer", new Answer.Choices(["x"])));
        Assert.Equal("nog-niet", result.OutcomeId);
        Assert.Equal(["steun"], result.FailedGates);
        Assert.Equal(["steun:False:steun"], result.Reasons.Select(Describe));
        // goed: 2 of the 9 points (basis counted twice) and form a; the total is explained by the answers that lost most.
        Assert.Equal("goed", result.Contrast!.OutcomeId);
        Assert.Equal(["helft:False:steun vorm meer", "vorm-b:False:vorm"], result.Contrast.Reasons.Select(Describe));
    }

    [Fact]
    public void With_the_gates_passed_an_outcome_whose_conditions_all_hold_is_no_runner_up()
    {
        var result = Evaluate(("steun", new Answer.Choice("weet-niet")), ("vorm", new Answer.Choice("b")), ("schaal", new Answer.Number(5)), ("meer", new Answer.Choices(["x", "y"])));
        Assert.Equal("goed", result.OutcomeId);
        Assert.Null(result.Contrast);
        Assert.Equal(["laag"], result.Cautions);
    }

    [Fact]
    public void Wrong_shapes_are_no_answer()
    {
        var result = Evaluate(("steun", new Answer.Choices(["ja"])), ("vorm", new Answer.Number(1)), ("meer", new Answer.Choice("x")), ("onbekend", new Answer.Choice("ja")), ("steun-2", null));
        Assert.Equal(["steun", "vorm", "meer"], result.Missing);
        Assert.False(result.Complete);
        Assert.Equal("nog-niet", result.OutcomeId);
        Assert.Empty(result.FailedGates);   // an unanswered question does not fail the gate "not answered 'no'"
        Assert.Empty(result.Reasons);
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

    private static string Describe(Reason r) => $"{r.ConditionId}:{r.Holds}:{string.Join(" ", r.QuestionIds)}";
}
