using System.Globalization;
using System.Xml.Linq;
using Kennisbank.Site.Rendering;
using static Kennisbank.Site.Rendering.Svg;

namespace Kennisbank.Site.Features.Sdgs.Board;

/// <summary>The three boards of the SDG circle exercise (seed 001), drawn at build time from <c>_data/sdgs.yml</c>: the
/// 17 goals in a circle in their UN colours, each with its number and its short name in the page's language. The first
/// board groups them by the five pillars, the second has the core theme in its centre, the third has three rings:
/// internal, local, global. Each place an activity can go is a cell (<c>data-sdg</c>, <c>data-level</c>) that
/// sdg-board.js fills with counts and takes drops on; the page's form does the same without dragging (WCAG 2.5.7).</summary>
public static class BoardDrawing
{
    /// <param name="Ink">Black or white, whichever reads better on <paramref name="Colour"/>.</param>
    public sealed record Goal(int Number, string Name, string Colour, string Ink, string? Pillar);

    /// <param name="Pillars">The pillars' names, by key.</param>
    /// <param name="Levels">Internal, local, global.</param>
    public sealed record Texts(string Label, IReadOnlyDictionary<string, string> Pillars, IReadOnlyList<string> Levels, string Centre);

    const double Width = 1300, Height = 1100, Cx = 650, Cy = 550, Core = 118, Inner = 320, Band = 385, PillarRing = 432;
    const double NameFont = 20, NameLine = 23;

    public static XElement Draw(int board, IReadOnlyList<Goal> goals, Texts texts)
    {
        // The first board sits the goals of one pillar side by side; the others keep the numbers' order.
        var order = board == 1
            ? [.. goals.OrderBy(g => g.Pillar is null ? int.MaxValue : SdgList.Pillars.IndexOf(g.Pillar)).ThenBy(g => g.Number)]
            : goals.ToList();
        var step = 360.0 / Math.Max(1, order.Count);
        var svg = El("svg", A("class", $"board-svg board-svg-{board}"), A("data-board", board.ToString(CultureInfo.InvariantCulture)),
            A("viewBox", $"0 0 {Width:0} {Height:0}"), A("role", "img"), A("aria-label", texts.Label));
        var levels = board == 3 ? BoardFormat.Levels : 1;
        var ring = (Inner - Core) / levels;
        for (var i = 0; i < order.Count; i++)
        {
            var (goal, from, to) = (order[i], i * step, (i + 1) * step);
            var sector = El("g", A("class", "board-sector"), A("data-sdg", goal.Number));
            for (var level = 0; level < levels; level++)
            {
                var (r1, r2) = (Core + level * ring, Core + (level + 1) * ring);
                var cell = board == 3 ? level + 1 : 0;
                var (bx, by) = Point((r1 + r2) / 2, (from + to) / 2);
                sector.Add(El("path", A("class", "board-cell"), A("data-sdg", goal.Number), A("data-level", cell), A("d", Segment(r1, r2, from, to))),
                    El("g", A("class", "board-count is-zero"), A("data-sdg", goal.Number), A("data-level", cell),
                        El("circle", A("cx", bx), A("cy", by), A("r", 19)),
                        // Size and anchor come from sdg-board.css: a count shows only with the script, and the board
                        // pages carry a hundred of them (PageWeightTests).
                        El("text", A("x", bx), A("y", by + 7), "0")));
            }
            var (nx, ny) = Point((Inner + Band) / 2, (from + to) / 2);
            sector.Add(El("path", A("class", "board-band"), A("fill", goal.Colour), A("d", Segment(Inner, Band, from, to))),
                El("text", A("class", "board-number"), A("x", nx), A("y", ny + 11), A("font-size", 31), A("text-anchor", "middle"), A("fill", goal.Ink),
                    goal.Number.ToString(CultureInfo.InvariantCulture)),
                Name(goal.Name, board == 1 ? PillarRing + 14 : Band + 14, (from + to) / 2));
            svg.Add(sector);
        }
        if (board == 1) svg.Add(PillarArcs(order, step, texts));
        svg.Add(Centre(board, texts));
        return svg;
    }

    /// <summary>The name outside the circle, level, on the side its goal is: no text is upside down.</summary>
    static XElement Name(string name, double r, double angle)
    {
        var (x, y) = Point(r, angle);
        var (sin, cos) = (Math.Sin(angle * Math.PI / 180), Math.Cos(angle * Math.PI / 180));
        var anchor = sin > 0.2 ? "start" : sin < -0.2 ? "end" : "middle";
        var lines = Wrap(name, anchor == "middle" ? 200 : 215, NameFont);
        var top = cos > 0.3 ? y - NameLine * (lines.Count - 1) : cos < -0.3 ? y + NameFont : y + NameFont / 3 - NameLine * (lines.Count - 1) / 2;
        return Text("board-name", x, top, lines, NameFont, NameLine, anchor);
    }

    /// <summary>The first board's pillars: an arc over each run of goals of one pillar, its name written along the arc
    /// (reading left to right, also at the bottom) and made smaller where a short arc needs it.</summary>
    static IEnumerable<XElement> PillarArcs(IReadOnlyList<Goal> order, double step, Texts texts)
    {
        for (var start = 0; start < order.Count;)
        {
            var end = start;
            while (end + 1 < order.Count && order[end + 1].Pillar == order[start].Pillar) end++;
            if (order[start].Pillar is { } pillar)
            {
                var (from, to) = (start * step + 1, (end + 1) * step - 1);
                var name = texts.Pillars.GetValueOrDefault(pillar, pillar);
                var middle = (Band + 6 + PillarRing) / 2;
                var font = Math.Min(18, (to - from) * Math.PI / 180 * middle * 0.9 / Math.Max(1, name.Length * 0.62));
                var bottom = (from + to) / 2 is > 90 and < 270;
                var r = bottom ? middle + font * 0.35 : middle - font * 0.35;
                var id = $"board-pillar-{pillar}-{start}";
                yield return El("g", A("class", $"board-pillar board-pillar-{pillar}"),
                    El("path", A("d", Segment(Band + 6, PillarRing, from, to))),
                    El("path", A("id", id), A("class", "board-pillar-line"), A("d", Arc(r, bottom ? to : from, bottom ? from : to))),
                    El("text", A("font-size", font), A("text-anchor", "middle"),
                        El("textPath", A("href", "#" + id), A("startOffset", "50%"), name)));
            }
            start = end + 1;
        }
    }

    /// <summary>An arc for text to follow: clockwise when <paramref name="to"/> is past <paramref name="from"/>.</summary>
    static string Arc(double r, double from, double to)
    {
        var (a, b) = (Point(r, from), Point(r, to));
        // Whole units: on a 1,300-unit board a unit is under a pixel on any screen, and the paths are most of the
        // board page's bytes (PageWeightTests).
        return string.Create(CultureInfo.InvariantCulture, $"M{a.X:0} {a.Y:0}A{r:0} {r:0} 0 {(Math.Abs(to - from) > 180 ? 1 : 0)} {(to > from ? 1 : 0)} {b.X:0} {b.Y:0}");
    }

    static XElement Centre(int board, Texts texts)
    {
        var centre = El("g", A("class", "board-centre"), El("circle", A("cx", Cx), A("cy", Cy), A("r", Core - 6)));
        if (board == 2)
            centre.Add(El("text", A("class", "board-theme"), A("x", Cx), A("y", Cy + 8), A("font-size", 22), A("text-anchor", "middle"), texts.Centre));
        else if (board == 3)
            centre.Add(Text("board-levels", Cx, Cy - 22, [.. texts.Levels], 18, 24, "middle"));
        else
            centre.Add(Text("board-centre-text", Cx, Cy - 10, Wrap(texts.Centre, 190, 19), 19, 23, "middle"));
        return centre;
    }

    static (double X, double Y) Point(double r, double degrees) =>
        (Cx + r * Math.Sin(degrees * Math.PI / 180), Cy - r * Math.Cos(degrees * Math.PI / 180));

    /// <summary>A ring's segment from <paramref name="from"/> to <paramref name="to"/> degrees, clockwise from the top.</summary>
    static string Segment(double inner, double outer, double from, double to)
    {
        var (a, b, c, d) = (Point(outer, from), Point(outer, to), Point(inner, to), Point(inner, from));
        var large = to - from > 180 ? 1 : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"M{a.X:0} {a.Y:0}A{outer:0} {outer:0} 0 {large} 1 {b.X:0} {b.Y:0}L{c.X:0} {c.Y:0}A{inner:0} {inner:0} 0 {large} 0 {d.X:0} {d.Y:0}Z");
    }

    /// <summary>Black or white on a goal's colour: the one with more contrast (WCAG 2.x relative luminance). The number
    /// is large bold text, so 3:1 is enough (WCAG 1.4.3); the tests hold every goal to it.</summary>
    public static string InkOn(string colour)
    {
        var l = Luminance(colour);
        return (1.05) / (l + 0.05) >= (l + 0.05) / 0.05 ? "#fff" : "#000";
    }

    public static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    static double Luminance(string colour)
    {
        var hex = colour.TrimStart('#');
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => $"{c}{c}"));
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb)) return 0;
        double Channel(int shift)
        {
            var c = ((rgb >> shift) & 0xFF) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(16) + 0.7152 * Channel(8) + 0.0722 * Channel(0);
    }
}
