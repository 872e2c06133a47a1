using Kennisbank.Assessments.Evaluation;

namespace Kennisbank.Assessments.Tests.Evaluation;

public sealed class ScoringTests
{
    [Theory]
    [InlineData(0, 9, 0)]
    [InlineData(9, 9, 100)]
    [InlineData(1, 8, 13)] // 12.5 rounds up, where C#'s Math.Round would give 12
    [InlineData(1, 200, 1)] // 0.5 rounds up
    [InlineData(5, 9, 56)]
    [InlineData(3, 0, 0)] // nothing to score
    public void Percent_rounds_halves_up_in_integers(int raw, int max, int expected) =>
        Assert.Equal(expected, Scoring.Percent(raw, max));

    [Fact]
    public void Weighted_is_the_rounded_weighted_mean() =>
        Assert.Equal(67, Scoring.Weighted([(50, 1), (75, 2)])); // 66.67
}
