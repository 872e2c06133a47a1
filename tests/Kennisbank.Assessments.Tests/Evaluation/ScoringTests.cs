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

    /// <summary>All points over all points possible, so a council can count it: 1 of 2 and 3 of 4 (weight 2) is 7 of 10.</summary>
    [Fact]
    public void The_total_pools_the_points_each_dimension_counted_weight_times() =>
        Assert.Equal(70, Scoring.Total([(1, 2, 1), (3, 4, 2)]));

    [Theory]
    [InlineData(50, 5, 3)]   // half of 5 points is 2.5: 2 of 5 is 40, 3 of 5 is 60
    [InlineData(50, 6, 3)]
    [InlineData(50, 19, 10)]
    [InlineData(50, 4, 2)]
    [InlineData(101, 4, null)]
    public void Points_needed_is_the_fewest_points_that_reach_a_threshold(int threshold, int max, int? expected) =>
        Assert.Equal(expected, Scoring.PointsNeeded(threshold, max));
}
