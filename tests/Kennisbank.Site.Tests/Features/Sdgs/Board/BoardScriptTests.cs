using Kennisbank.Site.Features.Sdgs.Board;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Features.Sdgs.Board;

/// <summary>The board's scripts (the link format and the page's): ES5 within the CSP, within their budget, and the
/// link format doing what the C# reference does on thousands of boards and damaged links.</summary>
public class BoardScriptTests
{
    const int Cases = 2_000;

    public static TheoryData<string> Names => [.. BoardScript.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void The_published_script_is_its_source_minified(string name) => PublishedScript.AssertInStep(BoardScript.PublishedPath(name), BoardScript.SourcePath(name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Both_use_only_ES5_and_nothing_the_CSP_forbids(string name)
    {
        Es5Check.AssertNone(File.ReadAllText(BoardScript.SourcePath(name)));
        Es5Check.AssertNone(File.ReadAllText(BoardScript.PublishedPath(name)));
    }

    /// <summary>Issue 15: at most 10 KB gzipped, both files together.</summary>
    [Fact]
    public void Stays_within_10_KB_gzipped() =>
        Assert.InRange(BoardScript.Names.Sum(name => Gzip.Size(File.ReadAllBytes(BoardScript.PublishedPath(name)))), 1, 10 * 1024);

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
