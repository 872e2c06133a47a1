using Kennisbank.Site.Features.Sdgs.Board;

namespace Kennisbank.Site.Tests.Features.Sdgs.Board;

/// <summary>The board's link format, by example (issue 15: "a tampered or truncated fragment loads what it can and
/// says what it dropped; a very long text is cut with a notice"). Each example runs in C# and in the page's script.</summary>
public class BoardFormatTests
{
    static readonly BoardScript Script = new();

    static DecodedBoard Both(string fragment)
    {
        var reference = BoardFormat.Decode(fragment);
        Assert.Equal(reference, Script.Decode(fragment));
        return reference;
    }

    static readonly BoardState Example = new(3, "Water",
    [
        new("Speelplaatsen vergroenen", [6, 11, 13], 2),
        new("Waterbronnen: beschermen, & meer", [6], 3),
        new("Nog nergens", [], 0),
    ]);

    [Fact]
    public void A_board_goes_into_its_link_and_comes_back_the_same()
    {
        var fragment = BoardFormat.Encode(Example);

        Assert.Equal("v=1&b=3&t=Water&a=Speelplaatsen%20vergroenen:6,11,13:2&a=Waterbronnen%3A%20beschermen%2C%20%26%20meer:6:3&a=Nog%20nergens:", fragment);
        Assert.Equal(fragment, Script.Encode(Example));
        Assert.Equal(new DecodedBoard(Example, BoardProblems.None), Both("#" + fragment));
    }

    [Fact]
    public void An_empty_link_is_an_empty_first_board() =>
        Assert.Equal(new DecodedBoard(BoardState.Empty, BoardProblems.None), Both(""));

    [Theory]
    [InlineData("v=1&b=3&a=Speelplaatsen%2", "unreadable")]           // cut short inside a % sequence
    [InlineData("v=1&b=3&a=Speelplaatsen%20vergr", "")]               // cut short inside a text: the text is shorter
    [InlineData("v=1&b=7&a=Een:1", "unreadable")]                      // no such board
    [InlineData("v=1&x=1&a=Een:1", "unreadable")]                      // an unknown part
    [InlineData("v=1&a=Een:1:2:3", "unreadable")]                      // too many fields
    [InlineData("v=1&a=%C3:1", "unreadable")]                          // not UTF-8
    [InlineData("v=1&a=%20%20:1", "unreadable")]                       // no text
    [InlineData("v=1&a=Een:1,18,0,abc,003", "sdgs")]                   // not SDGs
    [InlineData("v=1&a=Een:1:4", "levels")]                            // no such level
    public void A_damaged_link_keeps_what_it_can_and_counts_what_it_dropped(string fragment, string problem)
    {
        var (state, problems) = Both(fragment);

        Assert.Equal(problem == "unreadable" ? 1 : 0, problems.Unreadable);
        Assert.Equal(problem == "sdgs" ? 4 : 0, problems.Sdgs);
        Assert.Equal(problem == "levels" ? 1 : 0, problems.Levels);
        Assert.All(state.Activities, a => Assert.All(a.Sdgs, n => Assert.InRange(n, 1, 17)));
        if (problem is "sdgs" or "levels") Assert.Equal(new BoardActivity("Een", [1], 0), Assert.Single(state.Activities));
    }

    [Fact]
    public void A_text_too_long_is_cut_to_the_limit_and_said_so_never_in_half_a_character()
    {
        var text = new string('x', BoardFormat.MaxText - 1) + "😀😀";
        var (state, problems) = Both("a=" + BoardFormat.EncodeComponent(text) + ":3&t=" + new string('t', 500));

        Assert.Equal(2, problems.Cut);
        Assert.Equal(new string('x', BoardFormat.MaxText - 1), Assert.Single(state.Activities).Text);
        Assert.Equal(BoardFormat.MaxTheme, state.Theme.Length);
    }

    [Fact]
    public void Activities_beyond_the_limit_are_left_out_and_counted()
    {
        var (state, problems) = Both(string.Join('&', Enumerable.Range(1, BoardFormat.MaxActivities + 5).Select(i => $"a=n{i}:1")));

        Assert.Equal(BoardFormat.MaxActivities, state.Activities.Length);
        Assert.Equal(5, problems.Extra);
    }

    [Fact]
    public void Counts_are_per_goal_and_per_level_and_the_untouched_goals_are_the_rest()
    {
        var counts = BoardFormat.Count(Example);

        Assert.Equal(2, counts.Total[6]);
        Assert.Equal(1, counts.PerLevel[6][2]);
        Assert.Equal(1, counts.PerLevel[6][3]);
        Assert.Equal([1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 14, 15, 16, 17], counts.Untouched);
        var (total, perLevel) = Script.Count(Example);
        Assert.Equal(counts.Total, total);
        Assert.Equal(counts.PerLevel.Select(l => l.ToArray()), perLevel);
    }
}
