using System.Xml.Linq;
using static Kennisbank.Site.Rendering.Svg;

namespace Kennisbank.Site.Features.Roadmap.Diagram;

/// <summary>The roadmap as a picture (issue 15, part 1), drawn at build time from the timeline (the step pages'
/// <c>step</c>/<c>period</c> and <c>_data/periods.yml</c>), never by hand. Two shapes: <see cref="Wide"/> puts the
/// periods side by side; <see cref="Narrow"/> stacks them, for screens down to 320 px (WCAG 1.4.10), where the wide
/// drawing would shrink its text too far. The page shows one of them (site.css). Every step is a link to its page,
/// named by its full title; the periods carry their names in words, and nothing is said by colour alone (WCAG 1.4.1),
/// so the drawing keeps its meaning printed in black and white.</summary>
public static class RoadmapDiagram
{
    /// <param name="Label">What the drawing shows, for assistive technology.</param>
    /// <param name="Here">"Je bent hier": the words beside the current step of <see cref="Here(TimelineView,int,string,Texts)"/>.</param>
    public sealed record Texts(string Label, string Here);

    public const string Wide = "wide";
    public const string Narrow = "narrow";

    const double StepFont = 15, StepLine = 19, HeadFont = 15, HeadLine = 19;

    /// <summary>The whole roadmap, for the overview and the printed roadmap: periods as bands, steps with their titles.</summary>
    public static XElement Full(TimelineView timeline, string shape, Texts texts) =>
        shape == Wide ? FullWide(timeline, texts) : FullNarrow(timeline, texts);

    static XElement FullWide(TimelineView timeline, Texts texts)
    {
        const double width = 960;
        var bands = Bands(timeline, width, HeadFont, 24);
        var heads = bands.Select(b => Wrap(b.Period.Title, b.Width - 22, HeadFont)).ToList();
        var lineY = 30 + HeadLine * heads.Select(h => h.Count).DefaultIfEmpty(1).Max() + 36;
        var steps = bands.SelectMany(b => b.Period.Steps.Select((step, j) => (Step: step, X: b.Centre(j), b.Slot, Lines: Wrap(step.ShortTitle, b.Slot - 16, StepFont)))).ToList();
        var titleY = lineY + 20 + 26;
        var height = titleY + StepLine * (steps.Select(s => s.Lines.Count).DefaultIfEmpty(1).Max() - 1) + 18;

        var svg = Root(Wide, width, height, texts.Label);
        for (var i = 0; i < bands.Count; i++)
            svg.Add(El("g", A("class", $"rm-period rm-period-{bands[i].Period.Number}"),
                El("rect", A("class", $"rm-band rm-band-{bands[i].Period.Number}"), A("x", bands[i].X + 4), A("y", 2), A("width", bands[i].Width - 8), A("height", height - 4), A("rx", 8)),
                Text("rm-years", bands[i].X + 12, 28, [bands[i].Period.Years], HeadFont, HeadLine),
                Text("rm-period-title", bands[i].X + 12, 28 + HeadLine, heads[i], HeadFont, HeadLine)));
        if (steps.Count > 1) svg.Add(Line(steps[0].X, lineY, steps[^1].X, lineY));
        foreach (var (step, cx, slot, lines) in steps)
            svg.Add(StepLink(step, null, named: false,
                El("rect", A("class", "rm-focus"), A("x", cx - slot / 2 + 8), A("y", lineY - 28), A("width", slot - 16), A("height", height - lineY + 22), A("rx", 6)),
                Dot(cx, lineY, 20, step.Number, 18), " ",   // "4 Identificatie …", not "4Identificatie …"
                Text("rm-title", cx, titleY, lines, StepFont, StepLine, "middle")));
        return svg;
    }

    static XElement FullNarrow(TimelineView timeline, Texts texts)
    {
        // The period's name sits beside the line, in the titles' column, so the line never crosses it.
        const double width = 300, cx = 30;
        var content = new List<XElement>();
        var centres = new List<double>();
        double y = 2;
        foreach (var period in timeline.Periods)
        {
            var top = y;
            var head = Wrap(period.Title, width - 72, HeadFont);
            var group = El("g", A("class", $"rm-period rm-period-{period.Number}"),
                Text("rm-years", 60, top + 26, [period.Years], HeadFont, HeadLine),
                Text("rm-period-title", 60, top + 26 + HeadLine, head, HeadFont, HeadLine));
            y = top + 26 + HeadLine * head.Count + 10;
            var steps = new List<XElement>();
            foreach (var step in period.Steps)
            {
                var lines = Wrap(step.ShortTitle, width - 72, StepFont);
                var row = Math.Max(50, 26 + StepLine * (lines.Count - 1) + 24);
                centres.Add(y + 24);
                steps.Add(StepLink(step, null, named: false,
                    El("rect", A("class", "rm-focus"), A("x", 8), A("y", y + 2), A("width", width - 16), A("height", row - 4), A("rx", 6)),
                    Dot(cx, y + 24, 17, step.Number, 16), " ",
                    Text("rm-title", 60, y + 29, lines, StepFont, StepLine)));
                y += row;
            }
            y += 6;
            group.AddFirst(El("rect", A("class", $"rm-band rm-band-{period.Number}"), A("x", 2), A("y", top), A("width", width - 4), A("height", y - top), A("rx", 8)));
            content.Add(group);
            content.AddRange(steps);
            y += 10;
        }
        var svg = Root(Narrow, width, y, texts.Label);
        svg.Add(content.Where(e => e.Name.LocalName == "g"));
        if (centres.Count > 1) svg.Add(Line(cx, centres[0], cx, centres[^1]));
        svg.Add(content.Where(e => e.Name.LocalName != "g"));
        return svg;
    }

    /// <summary>The small "you are here" roadmap on a step page: the periods, the steps as numbered links (named by
    /// their titles), the current one filled, marked in words and with aria-current="step". The narrow shape names the
    /// periods by their years only.</summary>
    public static XElement Here(TimelineView timeline, int current, string shape, Texts texts)
    {
        var wide = shape == Wide;
        double width = wide ? 700 : 300, r = wide ? 16 : 13, font = wide ? 14 : 12, line = font + 4;
        var bands = Bands(timeline, width, font, 16, wide);
        var heads = bands.Select(b => (Years: Wrap(b.Period.Years, b.Width - 14, font), Title: wide ? Wrap(b.Period.Title, b.Width - 14, font) : [])).ToList();
        var lineY = 20 + line * heads.Select(h => h.Years.Count + h.Title.Count - 1).DefaultIfEmpty(0).Max() + r + 14;
        var height = lineY + r + 30;
        var steps = bands.SelectMany(b => b.Period.Steps.Select((step, j) => (Step: step, X: b.Centre(j)))).ToList();

        var svg = Root((wide ? Wide : Narrow) + "-here", width, height, texts.Label);
        for (var i = 0; i < bands.Count; i++)
            svg.Add(El("g", A("class", $"rm-period rm-period-{bands[i].Period.Number}"),
                El("rect", A("class", $"rm-band rm-band-{bands[i].Period.Number}"), A("x", bands[i].X + 2), A("y", 2), A("width", bands[i].Width - 4), A("height", height - 4), A("rx", 6)),
                Text("rm-years", bands[i].X + 8, 20, heads[i].Years, font, line),
                Text("rm-period-title", bands[i].X + 8, 20 + line * heads[i].Years.Count, heads[i].Title, font, line)));
        if (steps.Count > 1) svg.Add(Line(steps[0].X, lineY, steps[^1].X, lineY));
        foreach (var (step, cx) in steps)
        {
            var here = step.Number == current;
            svg.Add(StepLink(step, here ? "step" : null, named: true,
                El("rect", A("class", "rm-focus"), A("x", cx - r - 6), A("y", lineY - r - 6), A("width", 2 * r + 12), A("height", 2 * r + 12), A("rx", r + 6)),
                Dot(cx, lineY, r, step.Number, font + 2)));
            if (!here) continue;
            // Kept inside the drawing at its edges: centred under the step, or aligned to the near side.
            var anchor = cx < width * 0.2 ? "start" : cx > width * 0.8 ? "end" : "middle";
            var x = anchor == "start" ? cx - r : anchor == "end" ? cx + r : cx;
            svg.Add(El("g", A("aria-hidden", "true"), Text("rm-here", x, lineY + r + 20, [texts.Here], font, font, anchor)));
        }
        return svg;
    }

    /// <summary>A period as a band: its place and width, and the centre of each of its steps.</summary>
    sealed record Band(TimelinePeriod Period, double X, double Width)
    {
        public double Slot => Width / Period.Steps.Length;
        public double Centre(int step) => X + Slot * (step + 0.5);
    }

    /// <summary>Each period's share of the width: a slot per step, widened where the longest word of its name (or of
    /// its years, when only those are shown) would not fit; then all scaled to the width.</summary>
    static List<Band> Bands(TimelineView timeline, double width, double font, double padding, bool withTitles = true)
    {
        var periods = timeline.Periods.Where(p => p.Steps.Length > 0).ToList();
        var slot = width / Math.Max(1, timeline.StepCount);
        var wanted = periods.Select(p => Math.Max(p.Steps.Length * slot, LongestWord(withTitles ? $"{p.Years} {p.Title}" : p.Years, font) + padding)).ToList();
        var scale = width / Math.Max(1, wanted.Sum());
        var bands = new List<Band>();
        double x = 0;
        for (var i = 0; i < periods.Count; i++)
        {
            bands.Add(new Band(periods[i], x, wanted[i] * scale));
            x += wanted[i] * scale;
        }
        return bands;
    }

    static XElement Root(string variant, double width, double height, string label) =>
        El("svg", A("class", $"roadmap-diagram roadmap-diagram--{variant}"), A("viewBox", $"0 0 {width:0} {Math.Ceiling(height):0}"),
            A("role", "group"), A("aria-label", label), A("focusable", "false"));

    static XElement Line(double x1, double y1, double x2, double y2) =>
        El("line", A("class", "rm-line"), A("x1", x1), A("y1", y1), A("x2", x2), A("y2", y2));

    /// <summary>The step's circle and number, part of the link's text ("4 Identificatie van …").</summary>
    static XElement Dot(double cx, double cy, double r, int number, double font) =>
        El("g",
            El("circle", A("class", "rm-dot"), A("cx", cx), A("cy", cy), A("r", r)),
            El("text", A("class", "rm-num"), A("x", cx), A("y", cy + font * 0.35), A("font-size", font), A("text-anchor", "middle"), number.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <param name="named">Whether the link is named by the step's full title (aria-label): where it shows only the
    /// number. Where it shows the title, its text is its name, so what is seen is what is said (WCAG 2.5.3).</param>
    static XElement StepLink(TimelineStep step, string? current, bool named, params object[] content) =>
        El("a", A("class", "rm-step"), A("href", step.Url), named ? A("aria-label", step.Title) : null, step.Lang is null ? null : A("lang", step.Lang),
            current is null ? null : A("aria-current", current), content);
}
