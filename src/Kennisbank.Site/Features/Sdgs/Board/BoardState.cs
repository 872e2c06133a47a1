using System.Collections.Immutable;

namespace Kennisbank.Site.Features.Sdgs.Board;

/// <summary>An activity or project a group placed on the board (seed 001: the SDG circle exercise).</summary>
/// <param name="Sdgs">The goals it touches, ascending, each once.</param>
/// <param name="Level">On the third board: 1 internal, 2 local, 3 global; 0 when not placed on a level.</param>
public sealed record BoardActivity(string Text, ImmutableArray<int> Sdgs, int Level)
{
    public bool Equals(BoardActivity? other) => other is not null && Text == other.Text && Level == other.Level && Sdgs.SequenceEqual(other.Sdgs);
    public override int GetHashCode() => HashCode.Combine(Text, Level, Sdgs.Length);
}

/// <summary>The whole board: which of the three boards, the core theme (the second board's centre), the activities.</summary>
public sealed record BoardState(int Board, string Theme, ImmutableArray<BoardActivity> Activities)
{
    public static readonly BoardState Empty = new(1, "", []);

    public bool Equals(BoardState? other) => other is not null && Board == other.Board && Theme == other.Theme && Activities.SequenceEqual(other.Activities);
    public override int GetHashCode() => HashCode.Combine(Board, Theme, Activities.Length);
}

/// <summary>What a link held that the board could not use, counted so the page can say so (issue 15: "loads what it
/// can and says what it dropped").</summary>
/// <param name="Unreadable">Parts that could not be read at all (a damaged or unknown part, an activity without text).</param>
/// <param name="Sdgs">SDG numbers that are not 1 to 17.</param>
/// <param name="Levels">Levels that are not 1 to 3.</param>
/// <param name="Cut">Texts longer than allowed, cut to the limit.</param>
/// <param name="Extra">Activities beyond the limit.</param>
public sealed record BoardProblems(int Unreadable, int Sdgs, int Levels, int Cut, int Extra)
{
    public static readonly BoardProblems None = new(0, 0, 0, 0, 0);
}

public sealed record DecodedBoard(BoardState State, BoardProblems Problems);

/// <summary>How often each goal is touched: in all, and per level (third board). Counts, never a score (issue 15).</summary>
public sealed record BoardCounts(ImmutableArray<int> Total, ImmutableArray<ImmutableArray<int>> PerLevel)
{
    /// <summary>The goals no activity touches: the "SDG reflex" conversation of seed 001.</summary>
    public IEnumerable<int> Untouched => Enumerable.Range(1, SdgFeature.Count).Where(n => Total[n] == 0);
}
