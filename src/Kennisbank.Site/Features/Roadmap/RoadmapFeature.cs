using System.Collections.Immutable;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Features.Roadmap;

/// <summary>The roadmap (seed 000: seven steps over three years): a section whose landing page has
/// <c>layout: roadmap</c> shows its step pages as a drawing and a timeline, grouped by period; each step page shows
/// the small drawing with itself marked. Each step page says which step it is
/// and in which period (<c>step:</c>, <c>period:</c>), so the timeline is never written twice.</summary>
public sealed class RoadmapFeature : ISiteFeature
{
    public const string Layout = "roadmap";
    public const string StepKey = "step";
    public const string PeriodKey = "period";

    public IReadOnlyList<FrontMatterKey> Keys { get; } =
    [
        new(StepKey, (reader, node) => reader.Integer(StepKey, node, 1)) { Editor = EditorField.Number(1) },
        new(PeriodKey, (reader, node) => reader.Integer(PeriodKey, node, 1)) { Editor = EditorField.Number(1) },
    ];

    public IReadOnlyList<DataFile> DataFiles { get; } = [PeriodList.File];

    /// <summary>The step pages' layout: a page with the small "you are here" roadmap. The section's landing page
    /// gives it to its pages (<see cref="LayoutDeclaration.PageLayout"/>), so no step page has to name it.</summary>
    public const string StepLayout = "roadmap-step";

    public IReadOnlyList<LayoutDeclaration> Layouts { get; } =
    [
        new(Layout) { Model = Overview, PageLayout = StepLayout },
        new(StepLayout) { Model = StepPage },
    ];

    public static int? Step(LinkedPage page) => page.FrontMatter.Get<int>(StepKey);
    public static int? Period(LinkedPage page) => page.FrontMatter.Get<int>(PeriodKey);

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var periods = context.Data.Get<PeriodList>()?.Periods ?? [];
        foreach (var index in context.Site.IndexesWithLayout(Layout))
            foreach (var page in context.Site.SectionPages(index.Section, index.Lang).Where(p => p.Source is not null))
            {
                var path = page.Source!.Source.DisplayPath;
                if (Step(page) is null || Period(page) is null)
                    yield return Diagnostic.Error(path, 1, 1, DiagnosticCodes.MissingRequiredKey,
                        "a roadmap page needs 'step:' and 'period:' in its front matter: the timeline is built from them");
                else if (!periods.Any(p => p.Number == Period(page)))
                    yield return Diagnostic.Error(path, 1, 1, DiagnosticCodes.InvalidValue,
                        $"period {Period(page)} is not in input/_data/periods.yml");
            }
    }

    static object Overview(PageView view)
    {
        var timeline = TimelineView.Of(view);
        return new RoadmapView(timeline, timeline.Drawings(view.Strings));
    }

    static object StepPage(PageView view) =>
        new RoadmapStepView(TimelineView.Of(view).Here(Step(view.Page) ?? 0, view.Strings), view.Strings["roadmap.here-label"]);
}
