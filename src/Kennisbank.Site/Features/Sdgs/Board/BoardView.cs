using System.Collections.Immutable;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Features.Sdgs.Board;

/// <summary>The board page's view data: the three drawings, the goals for the form and the tables, and the limits the
/// script enforces (made here, in C#, so the page and the script share them: data-max-* attributes).</summary>
public sealed record BoardView(ImmutableArray<string> Drawings, ImmutableArray<BoardGoalView> Goals, ImmutableArray<string> Levels, IReadOnlyList<string> Scripts)
{
    /// <summary>The link format (window.kbBoard, what <see cref="BoardFormat"/> is proved against), then the page's
    /// script that uses it: both deferred, so they run in this order.</summary>
    public const string FormatScript = "/assets/js/board-format.js", Script = "/assets/js/sdg-board.js";
    public int MaxText => BoardFormat.MaxText;
    public int MaxTheme => BoardFormat.MaxTheme;
    public int MaxActivities => BoardFormat.MaxActivities;

    public static object Of(PageView view)
    {
        var strings = view.Strings;
        var goals = (view.Context.Data.Get<SdgList>()?.Goals ?? [])
            .Select(g => new BoardDrawing.Goal(g.Number, g.Name.For(view.Lang), g.Colour, BoardDrawing.InkOn(g.Colour), g.Pillar)).ToList();
        var pillars = SdgList.Pillars.ToDictionary(p => p, p => strings["board.pillar-" + p]);
        ImmutableArray<string> levels = [.. Enumerable.Range(1, BoardFormat.Levels).Select(l => strings[$"board.level-{l}"])];
        var rings = Enumerable.Range(1, BoardFormat.Levels).Select(l => strings[$"board.ring-{l}"]).ToList();
        var drawings = Enumerable.Range(1, BoardFormat.Boards).Select(b => BoardDrawing.Draw(b, goals,
                new BoardDrawing.Texts(strings[$"board.label-{b}"], pillars, rings, strings[b == 2 ? "board.theme" : "board.centre-pillars"]))
            .ToString(System.Xml.Linq.SaveOptions.DisableFormatting));
        return new BoardView([.. drawings], [.. goals.Select(g => new BoardGoalView(g.Number, strings.Format("sdg.label", g.Number, g.Name)))], levels, [FormatScript, Script]);
    }
}

/// <param name="Label">"SDG 11: Duurzame steden en gemeenschappen", in the page's language.</param>
public sealed record BoardGoalView(int Number, string Label);
