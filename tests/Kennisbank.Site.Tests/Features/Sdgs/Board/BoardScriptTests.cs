using Kennisbank.Site.Features.Sdgs.Board;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Features.Sdgs.Board;

/// <summary>The board's script: ES5 within the CSP, within its budget, and doing what the C# reference does on
/// thousands of boards and damaged links.</summary>
public class BoardScriptTests
{
    const int Cases = 2_000;

    [Fact]
    public void The_published_script_is_its_source_minified() => PublishedScript.AssertInStep(BoardScript.SourcePath, BoardScript.PublishedPath);

    [Fact]
    public void Both_use_only_ES5_and_nothing_the_CSP_forbids()
    {
        Es5Check.AssertNone(File.ReadAllText(BoardScript.SourcePath));
        Es5Check.AssertNone(BoardScript.Source);
    }

    /// <summary>Issue 15: at most 10 KB gzipped.</summary>
    [Fact]
    public void Stays_within_10_KB_gzipped() => Assert.InRange(Gzip.Size(BoardScript.Source), 1, 10 * 1024);

    [Fact]
    public void Every_board_comes_back_from_its_link_in_both()
    {
        var script = new BoardScript();
        var random = new Fragments(15);
        for (var i = 0; i < Cases; i++)
        {
            var board = random.Board();
            var fragment = BoardFormat.Encode(board);
            Assert.Equal(fragment, script.Encode(board));
            Assert.Equal(new DecodedBoard(board, BoardProblems.None), BoardFormat.Decode(fragment));
            Assert.Equal(new DecodedBoard(board, BoardProblems.None), script.Decode(fragment));
        }
    }

    [Fact]
    public void Damaged_links_read_the_same_in_both()
    {
        var script = new BoardScript();
        var random = new Fragments(2015);
        for (var i = 0; i < Cases; i++)
        {
            var fragment = random.Damaged(BoardFormat.Encode(random.Board(maxActivities: i % 50 == 0 ? 70 : 6, maxText: i % 7 == 0 ? 200 : 40)));
            var reference = BoardFormat.Decode(fragment);
            Assert.True(reference == script.Decode(fragment), $"case {i}: the script reads '{(fragment.Length > 300 ? fragment[..300] + "…" : fragment)}' differently from BoardFormat.Decode");
            Assert.True(BoardFormat.Count(reference.State).Total.SequenceEqual(script.Count(reference.State).Total), $"case {i}: counts differ");
        }
    }
}
