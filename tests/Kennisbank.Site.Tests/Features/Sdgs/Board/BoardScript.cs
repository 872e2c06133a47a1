using System.Text.Json;
using Jint;
using Kennisbank.Site.Features.Sdgs.Board;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Features.Sdgs.Board;

/// <summary>theme/assets/js/board-format.js, the published (minified) link format that browsers run, in Jint without a
/// DOM (window.kbBoard); the page's script, sdg-board.js, is not needed for it. Results come back as JSON and are read
/// into the C# reference's records, so both sides are compared as the same values.</summary>
public sealed class BoardScript
{
    /// <summary>The board's scripts, in the order the page loads them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["board-format.js", "sdg-board.js"];

    /// <summary>A script as written, readable, beside BoardFormat.cs.</summary>
    public static string SourcePath(string name) => Path.Combine(Repository.Root, "src", "Kennisbank.Site", "Features", "Sdgs", "Board", name);

    /// <summary>A script as the build copies it and browsers run it: minified.</summary>
    public static string PublishedPath(string name) => Path.Combine(Repository.Theme, "assets", "js", name);

    public static string Format { get; } = File.ReadAllText(PublishedPath("board-format.js"));

    static readonly Jint.Prepared<Acornima.Ast.Script> Prepared = Engine.PrepareScript(Format, strict: false);

    readonly Engine engine = new(options => options.TimeoutInterval(TimeSpan.FromSeconds(2)).LimitMemory(64L * 1024 * 1024).LimitRecursion(64));

    /// <summary>The limits as the page gives them to the script: from the C# constants (data-max-* attributes).</summary>
    static readonly string Limits = JsonSerializer.Serialize(new { maxText = BoardFormat.MaxText, maxTheme = BoardFormat.MaxTheme, maxActivities = BoardFormat.MaxActivities });

    public BoardScript()
    {
        engine.Execute(Prepared);
        engine.Execute($"var limits = {Limits};");
    }

    static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    sealed record JsActivity(string Text, int[] Sdgs, int Level);
    sealed record JsState(int Board, string Theme, JsActivity[] Activities);
    sealed record JsDecoded(JsState State, BoardProblems Problems);
    sealed record JsCounts(int[] Total, int[][] PerLevel);

    public DecodedBoard Decode(string fragment)
    {
        engine.SetValue("fragment", fragment);
        var json = engine.Evaluate("JSON.stringify(kbBoard.decode(fragment, limits))").AsString();
        var decoded = JsonSerializer.Deserialize<JsDecoded>(json, Json)!;
        return new(State(decoded.State), decoded.Problems);
    }

    public string Encode(BoardState state)
    {
        engine.SetValue("state", engine.Evaluate($"({JsonSerializer.Serialize(Js(state), Json)})"));
        return engine.Evaluate("kbBoard.encode(state)").AsString();
    }

    public (int[] Total, int[][] PerLevel) Count(BoardState state)
    {
        var json = engine.Evaluate($"JSON.stringify(kbBoard.count({JsonSerializer.Serialize(Js(state), Json)}))").AsString();
        var counts = JsonSerializer.Deserialize<JsCounts>(json, Json)!;
        return (counts.Total, counts.PerLevel);
    }

    static BoardState State(JsState s) => new(s.Board, s.Theme, [.. s.Activities.Select(a => new BoardActivity(a.Text, [.. a.Sdgs], a.Level))]);

    static JsState Js(BoardState s) => new(s.Board, s.Theme, [.. s.Activities.Select(a => new JsActivity(a.Text, [.. a.Sdgs], a.Level))]);
}
