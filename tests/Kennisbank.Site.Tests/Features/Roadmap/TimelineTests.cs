using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Features.Roadmap;

/// <summary>The roadmap's landing page shows its steps grouped by period, each period's steps in step order,
/// whatever the files' names or their 'order:'.</summary>
public class TimelineTests
{
    static string Step(int step, int period, int order) =>
        TestSite.Page($"step: {step}\nperiod: {period}\norder: {order}").Replace("A page", $"Stap {step}", StringComparison.Ordinal);

    [Fact]
    public void Steps_are_grouped_by_period_in_step_order()
    {
        using var site = new TestSite();
        site.Write("_data/periods.yml",
                "- { number: 2, title: { nl: Uitvoering, en: Execution }, years: { nl: Jaar 2, en: Year 2 } }\n" +
                "- { number: 1, title: { nl: Voorbereiding, en: Preparation }, years: { nl: Jaar 1, en: Year 1 } }\n")
            // 'order:' and the file names deliberately disagree with the step numbers.
            .Write("plan/a.nl.md", Step(4, 2, 1))
            .Write("plan/b.nl.md", Step(3, 2, 2))
            .Write("plan/c.nl.md", Step(2, 1, 3));

        var result = site.Build();
        var timeline = Html.Page(result, "nl/plan/index.html").QuerySelector("ol.timeline")!;

        var periods = timeline.Children.Select(period => (
            Years: period.QuerySelector(".timeline-years")!.TextContent,
            Steps: period.QuerySelectorAll(".timeline-steps > li").Select(li => li.GetAttribute("value")).ToList())).ToList();
        Assert.Equal(["Jaar 1", "Jaar 2"], periods.Select(p => p.Years));
        Assert.Equal(["1", "2"], periods[0].Steps);
        Assert.Equal(["3", "4"], periods[1].Steps);
        var links = timeline.QuerySelectorAll(".timeline-steps a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/nl/plan/stap-1/", "/nl/plan/c/", "/nl/plan/b/", "/nl/plan/a/"], links);
    }
}
