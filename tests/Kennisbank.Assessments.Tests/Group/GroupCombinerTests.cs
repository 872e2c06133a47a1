using Kennisbank.Assessments.Definitions;
using Kennisbank.Assessments.Group;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Sharing;
using Kennisbank.Assessments.Tests.Personas;

namespace Kennisbank.Assessments.Tests.Group;

/// <summary>What a group session shows, on three members whose answers the personas give.</summary>
public sealed class GroupCombinerTests
{
    private static readonly Assessment CityLink = CityLinkOrAlternative.Assessment;

    private static IReadOnlyDictionary<string, Answer?> Member(string persona) =>
        ShareCodes.Read(CityLink, PersonaCatalog.All.Single(p => p.Name == persona).CityLink!.Answers).Answers!;

    private static readonly GroupResult ThreeMembers = GroupCombiner.Combine(CityLink,
        [Member("Toegewijde gemeente"), Member("Donorreflex"), Member("Alles behalve een vast budget")]);

    [Fact]
    public void The_group_outcome_is_the_one_most_members_got()
    {
        Assert.Equal(3, ThreeMembers.Count);
        Assert.Equal("stedenband", ThreeMembers.OutcomeId);
        Assert.Equal([new Tally("stedenband", 2), new Tally("eerst-voorbereiden", 1)], ThreeMembers.Outcomes);
    }

    [Fact]
    public void A_tie_has_no_group_outcome_so_the_summary_can_say_the_group_is_divided()
    {
        var divided = GroupCombiner.Combine(CityLink, [Member("Toegewijde gemeente"), Member("Alles behalve een vast budget")]);
        Assert.Null(divided.OutcomeId);
    }

    /// <summary>Of the three pairs, all three differ on reciprocity (5, 1, 4) and two on the budget; all agree on the rest.</summary>
    [Fact]
    public void The_questions_with_most_disagreement_come_first_with_their_answers()
    {
        var disagreeing = ThreeMembers.Questions.Where(q => q.Differing > 0).ToList();
        Assert.Equal(["wederkerig", "budget"], disagreeing.Select(q => q.QuestionId));
        Assert.Equal([3, 2], disagreeing.Select(q => q.Differing));
        Assert.Equal(["structureel:2", "subsidies:1"], disagreeing[1].Answers.Select(x => $"{string.Join("+", x.OptionIds)}:{x.Count}"));
        Assert.All(ThreeMembers.Questions.Skip(2), q => Assert.Equal(0, q.Differing));
    }

    [Fact]
    public void Fits_spread_over_the_members_and_cautions_are_counted()
    {
        var classic = ThreeMembers.Fits.Single(f => f.Id == "stedenband");
        Assert.Equal((3, 6, 7, 7, 7), (classic.N, classic.Min, classic.Median, classic.Max, classic.Of));
        Assert.Equal([new Tally("donorreflex", 1)], ThreeMembers.Cautions);
        Assert.Empty(ThreeMembers.Dimensions);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_middle_two_averaged_halves_up()
    {
        var readiness = HowReadyAreWe.Assessment;
        var members = PersonaCatalog.All.Where(p => p.Readiness?.Answers.StartsWith("r=partner:nee", StringComparison.Ordinal) == true)
            .Take(4).Select(p => ShareCodes.Read(readiness, p.Readiness!.Answers).Answers!).ToList();
        var result = GroupCombiner.Combine(readiness, members);
        var scores = members.Select(m => Kennisbank.Assessments.Evaluation.AssessmentEvaluator.Evaluate(readiness, m).Dimensions[0].Score).Order().ToList();
        var policy = result.Dimensions[0];
        Assert.Equal((scores[0], (scores[1] + scores[2] + 1) / 2, scores[3]), (policy.Min, policy.Median, policy.Max));
    }
}
