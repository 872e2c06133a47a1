using System.Collections.Immutable;
using Kennisbank.Site.Features.Sdgs;
using Kennisbank.Site.Features.Sdgs.Board;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Features.Sdgs.Board;

/// <summary>The board page (issue 15, part 2): the drawings approved as files, the goals readable on their colours,
/// and the page that works by keyboard through its form, with its scripts on that page only.</summary>
public class BoardPageTests
{
    static readonly IReadOnlyList<BoardDrawing.Goal> Goals = [.. Enumerable.Range(1, 17).Select(n => new BoardDrawing.Goal(
        n, $"Doel {n} met een naam van enige lengte", "#19486A", "#fff", n switch { <= 5 => "people", 6 or >= 12 and <= 15 => "planet", <= 11 => "prosperity", 16 => "peace", _ => "partnership" }))];

    static readonly BoardDrawing.Texts Texts = new("Spelbord",
        SdgList.Pillars.ToDictionary(p => p, p => char.ToUpperInvariant(p[0]) + p[1..]), ["binnen: intern", "midden: lokaal", "buiten: mondiaal"], "Kernthema");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Each_board_matches_the_approved_drawing(int board) =>
        Approval.VerifyIn(Path.Combine(Repository.TestSource, "Features/Sdgs/Board/Approved"), BoardDrawing.Draw(board, Goals, Texts).ToString() + "\n", $"board-{board}", "svg");

    [Fact]
    public void Every_goal_number_reads_on_its_UN_colour()
    {
        var goals = SdgColours();
        Assert.Equal(17, goals.Count);
        // Large bold text (31 units, bold): 3:1 (WCAG 1.4.3).
        Assert.All(goals, g => Assert.True(BoardDrawing.Contrast(g.Colour, BoardDrawing.InkOn(g.Colour)) >= 3,
            $"SDG {g.Number} ({g.Colour}): {BoardDrawing.InkOn(g.Colour)} has {BoardDrawing.Contrast(g.Colour, BoardDrawing.InkOn(g.Colour)):0.00}:1"));
    }

    static List<(int Number, string Colour)> SdgColours() =>
        [.. System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(Repository.Input, "_data", "sdgs.yml")), @"- number: (\d+)[\s\S]*?colour: ""(#[0-9A-Fa-f]{6})""")
            .Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value))];

    [Fact]
    public void Each_place_on_each_board_is_a_cell_the_script_can_fill_and_take_drops_on()
    {
        foreach (var board in new[] { 1, 2, 3 })
        {
            var svg = Html.Parse(BoardDrawing.Draw(board, Goals, Texts).ToString());
            var cells = svg.QuerySelectorAll("path.board-cell");
            Assert.Equal(board == 3 ? 17 * 3 : 17, cells.Length);
            Assert.Equal(cells.Length, svg.QuerySelectorAll(".board-count").Length);
            Assert.Equal(Enumerable.Range(1, 17).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), svg.QuerySelectorAll(".board-number").Select(t => t.TextContent).Order());
            // The first board sits each pillar's goals side by side: one arc per pillar, named.
            Assert.Equal(board == 1 ? Texts.Pillars.Values.Order() : [], svg.QuerySelectorAll(".board-pillar textPath").Select(t => t.TextContent).Order());
        }
    }

    [Fact]
    public void The_page_gives_the_script_the_limits_of_the_reference_and_a_form_for_every_placement()
    {
        var html = Html.Parse(System.Text.Encoding.UTF8.GetString(RealSite.File("nl/sdg-cirkeloefening/bord/index.html")));

        var board = html.QuerySelector(".kb-board")!;
        Assert.Equal(BoardFormat.MaxText.ToString(), board.GetAttribute("data-max-text"));
        Assert.Equal(BoardFormat.MaxTheme.ToString(), board.GetAttribute("data-max-theme"));
        Assert.Equal(BoardFormat.MaxActivities.ToString(), board.GetAttribute("data-max-activities"));
        Assert.Equal(BoardFormat.MaxText.ToString(), html.QuerySelector("#board-text")!.GetAttribute("maxlength"));
        Assert.Equal(17, html.QuerySelectorAll(".board-sdgs input[type=checkbox]").Length);
        Assert.All(html.QuerySelectorAll(".board-form input, .board-form select"), input =>
            Assert.NotNull(html.QuerySelector($"label[for='{input.Id}']")));
        Assert.Equal(["0", "1", "2", "3"], html.QuerySelectorAll("#board-level option").Select(o => o.GetAttribute("value")));
        Assert.Equal(3, html.QuerySelectorAll(".board-svg").Length);
        Assert.Equal(17, html.QuerySelectorAll(".board-counts tbody tr").Length);
        // The page says it is an aid and links to the VVSG's own board and manual (seed 001: "DOWNLOAD DE OEFENING").
        Assert.Contains("https://www.vvsg.be/", html.QuerySelectorAll("main .content a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_scripts_are_loaded_on_the_board_pages_only_the_link_format_first()
    {
        var pages = RealSite.Result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (f.Path, Html: Html.Parse(System.Text.Encoding.UTF8.GetString(RealSite.File(f.Path)))))
            .Where(p => p.Html.QuerySelector($"script[src='{BoardView.Script}'], script[src='{BoardView.FormatScript}']") is not null)
            .ToList();

        Assert.Equal(RealSite.Linked.Config.Codes.Count(), pages.Count);
        Assert.All(pages, p =>
        {
            Assert.NotNull(p.Html.QuerySelector(".kb-board"));
            // sdg-board.js uses window.kbBoard from board-format.js: deferred scripts run in document order.
            var scripts = p.Html.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ToList();
            Assert.InRange(scripts.IndexOf(BoardView.FormatScript), 0, scripts.IndexOf(BoardView.Script) - 1);
        });
    }
}
