using System.Collections.Immutable;
using Kennisbank.Site.Features.Roadmap.Diagram;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Features.Roadmap;

/// <summary>The roadmap's periods with their steps in one language, made once from the section's pages and
/// <c>_data/periods.yml</c>: the list, the diagram and the printed roadmap all show this, so they cannot disagree.</summary>
public sealed record TimelineView(ImmutableArray<TimelinePeriod> Periods)
{
    public ImmutableArray<TimelineStep> Steps { get; } = [.. Periods.SelectMany(p => p.Steps)];
    public int StepCount => Steps.Length;

    /// <summary>The timeline of the roadmap section a page is in (its landing page or one of its steps).</summary>
    public static TimelineView Of(PageView view)
    {
        var steps = view.Children().Where(p => RoadmapFeature.Step(p) is not null).OrderBy(RoadmapFeature.Step).ToList();
        var periods = view.Context.Data.Get<PeriodList>()?.Periods ?? [];
        return new([.. periods.Select(period => new TimelinePeriod(period.Number, period.Years.For(view.Lang), period.Title.For(view.Lang),
            [.. steps.Where(s => RoadmapFeature.Period(s) == period.Number).Select(s => Step(s, view))]))]);
    }

    static TimelineStep Step(LinkedPage page, PageView view)
    {
        var number = RoadmapFeature.Step(page) ?? 0;
        return new(number, page.Title, ShortTitle(page.Title, view.Context.Strings[page.ContentLang].Format("roadmap.step", number)), page.Description, page.Url,
            page.ContentLang == view.Lang ? null : page.ContentLang);
    }

    /// <summary>"Stap 4: Identificatie van …" → "Identificatie van …". The step pages' titles carry their number, and
    /// the list and the diagram show it too; said three times it was noise (issue 15: "4. Step 4 Step 4: …"). The
    /// label is the one of the title's own language ('roadmap.step'), so a fallback page's title is shortened too; a
    /// title that does not start with it is kept whole.</summary>
    public static string ShortTitle(string title, string label)
    {
        if (!title.StartsWith(label, StringComparison.Ordinal)) return title;
        var rest = title[label.Length..].TrimStart(' ', '\u00A0', '\u202F');
        return rest.StartsWith(':') && rest[1..].Trim() is { Length: > 0 } shortened ? shortened : title;
    }

    /// <summary>The two shapes of the whole roadmap (site.css shows one), as SVG markup.</summary>
    public RoadmapDrawings Drawings(UiStrings strings) => new(
        RoadmapDiagram.Full(this, RoadmapDiagram.Wide, Texts(strings)).ToString(System.Xml.Linq.SaveOptions.DisableFormatting),
        RoadmapDiagram.Full(this, RoadmapDiagram.Narrow, Texts(strings)).ToString(System.Xml.Linq.SaveOptions.DisableFormatting));

    /// <summary>The two shapes of the small roadmap with <paramref name="current"/> marked.</summary>
    public RoadmapDrawings Here(int current, UiStrings strings) => new(
        RoadmapDiagram.Here(this, current, RoadmapDiagram.Wide, Texts(strings)).ToString(System.Xml.Linq.SaveOptions.DisableFormatting),
        RoadmapDiagram.Here(this, current, RoadmapDiagram.Narrow, Texts(strings)).ToString(System.Xml.Linq.SaveOptions.DisableFormatting));

    RoadmapDiagram.Texts Texts(UiStrings strings) =>
        new(strings["roadmap.diagram-label"], strings["roadmap.here"]);
}

public sealed record TimelinePeriod(int Number, string Years, string Title, ImmutableArray<TimelineStep> Steps);

/// <param name="Title">The page's title, e.g. "Stap 4: Identificatie van het profiel van de partner": the links' names.</param>
/// <param name="ShortTitle">Without the number, where the list or the drawing shows the number itself.</param>
/// <param name="Lang">The language of the title where it is not the page's (a step not translated yet), for a lang
/// attribute (WCAG 3.1.2); else null.</param>
public sealed record TimelineStep(int Number, string Title, string ShortTitle, string Description, string Url, string? Lang = null);

/// <summary>SVG markup of a drawing in its wide and its narrow shape.</summary>
public sealed record RoadmapDrawings(string Wide, string Narrow);

/// <summary>The roadmap's landing page: the drawing, then the list that says the same in text.</summary>
public sealed record RoadmapView(TimelineView Timeline, RoadmapDrawings Drawings);

/// <summary>A step page: the small roadmap with this step marked.</summary>
public sealed record RoadmapStepView(RoadmapDrawings Here, string Label);
