using System.Text.RegularExpressions;
using Kennisbank.Site.Features.Roadmap;
using Kennisbank.Site.Features.Roadmap.Diagram;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Features.Roadmap;

/// <summary>The roadmap drawn from the step pages (issue 15, part 1): the SVGs approved as files, their structure
/// checked on a built site, and the list below them saying each step's number once.</summary>
public partial class RoadmapDiagramTests
{
    /// <summary>Three periods, four steps, one step not translated yet (its title in another language).</summary>
    static readonly TimelineView Timeline = new(
    [
        new(1, "Jaar 1", "Wroeten in eigen grond", [Step(1, "Concept van de stedenband"), Step(2, "Brede consultatie over doel en uitwerking van de stedenband")]),
        new(2, "Jaar 1–2", "Wie wordt onze partner?", [Step(3, "Identificatie van het profiel van de partner")]),
        new(3, "Jaar 2–3", "Eigenlijke samenwerking", [Step(4, "The actual cooperation", lang: "xx")]),
    ]);

    static TimelineStep Step(int n, string title, string? lang = null) =>
        new(n, $"Stap {n}: {title}", title, "Beschrijving.", $"/nl/stappenplan/stap-{n}/", lang);

    static readonly RoadmapDiagram.Texts Texts = new("Het stappenplan in één beeld", "Je bent hier");

    [Theory]
    [InlineData(RoadmapDiagram.Wide)]
    [InlineData(RoadmapDiagram.Narrow)]
    public void The_whole_roadmap_matches_the_approved_drawing(string shape) =>
        Approval.VerifyIn(Path.Combine(Repository.TestSource, "Features/Roadmap/Approved"), RoadmapDiagram.Full(Timeline, shape, Texts).ToString() + "\n", $"roadmap-{shape}", "svg");

    [Theory]
    [InlineData(RoadmapDiagram.Wide)]
    [InlineData(RoadmapDiagram.Narrow)]
    public void The_small_roadmap_of_step_3_matches_the_approved_drawing(string shape) =>
        Approval.VerifyIn(Path.Combine(Repository.TestSource, "Features/Roadmap/Approved"), RoadmapDiagram.Here(Timeline, 3, shape, Texts).ToString() + "\n", $"roadmap-here-{shape}", "svg");

    [Theory]
    [InlineData("Stap 4: Identificatie van het profiel", "Stap 4", "Identificatie van het profiel")]
    [InlineData("Étape 4 : Identification du profil", "Étape 4", "Identification du profil")]
    [InlineData("Étape 4\u202F: Identification du profil", "Étape 4", "Identification du profil")]
    [InlineData("Stap 41: Iets anders", "Stap 4", "Stap 41: Iets anders")]
    [InlineData("Identificatie van het profiel", "Stap 4", "Identificatie van het profiel")]
    [InlineData("Stap 4:", "Stap 4", "Stap 4:")]
    public void A_title_loses_its_step_label_only_when_it_starts_with_it(string title, string label, string expected) =>
        Assert.Equal(expected, TimelineView.ShortTitle(title, label));

    static TestSite RoadmapSite() => new TestSite()
        .Delete("plan/stap-1.en.md")
        .Write("_data/periods.yml", "- number: 1\n  title: { nl: Voorbereiding, en: Preparation }\n  years: { nl: Jaar 1, en: Year 1 }\n"
            + "- number: 2\n  title: { nl: Uitvoering, en: Cooperation }\n  years: { nl: Jaar 2, en: Year 2 }\n")
        .Write("plan/stap-1.nl.md", "---\ntitle: \"Stap 1: Begin\"\ndescription: Eerste stap.\nstep: 1\nperiod: 1\norder: 1\n---\n\nDoe dit eerst.\n")
        .Write("plan/stap-2.nl.md", "---\ntitle: \"Stap 2: Verder\"\ndescription: Tweede stap.\nstep: 2\nperiod: 2\norder: 2\n---\n\nDan dit.\n")
        .Write("plan/stap-2.en.md", "---\ntitle: \"Step 2: Onwards\"\ndescription: Second step.\nstep: 2\nperiod: 2\norder: 2\nslug: step-2\n---\n\nThen this.\n");

    [Fact]
    public void The_overview_shows_the_drawing_in_two_shapes_with_every_step_a_link_named_by_its_number_and_title()
    {
        using var site = RoadmapSite();
        var page = Html.Page(site.Build(), "nl/plan/index.html");

        var svgs = page.QuerySelectorAll(".roadmap-figure > svg");
        Assert.Equal(["roadmap-diagram roadmap-diagram--wide", "roadmap-diagram roadmap-diagram--narrow"], svgs.Select(s => s.GetAttribute("class")));
        foreach (var svg in svgs)
        {
            // Named by what they show, the number and the title (WCAG 2.5.3, label in name).
            Assert.Equal(
                [("/nl/plan/stap-1/", "1 Begin"), ("/nl/plan/stap-2/", "2 Verder")],
                svg.QuerySelectorAll("a.rm-step").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())));
            Assert.Empty(svg.QuerySelectorAll("a.rm-step[aria-label], a.rm-step [aria-hidden]"));
            // The periods say their names in words (WCAG 1.4.1), and no colour is written into the drawing: site.css
            // colours it, per scheme, and in black and white for print.
            Assert.Equal(["Jaar 1", "Voorbereiding", "Jaar 2", "Uitvoering"], svg.QuerySelectorAll(".rm-years, .rm-period-title").Select(t => t.TextContent));
            Assert.Empty(svg.QuerySelectorAll("[fill], [stroke], [style], [color]"));
            Assert.Empty(svg.QuerySelectorAll("[aria-current]"));
        }
    }

    [Fact]
    public void The_list_below_the_drawing_says_each_step_number_once()
    {
        using var site = RoadmapSite();
        var page = Html.Page(site.Build(), "nl/plan/index.html");

        var items = page.QuerySelectorAll("ol.timeline-steps > li");
        Assert.Equal(["1", "2"], items.Select(li => li.GetAttribute("value")));
        Assert.Equal(["Begin", "Verder"], items.Select(li => li.QuerySelector("a")!.TextContent));
    }

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    /// <summary>On the real site, in every language and on fallback pages too: the list's number, and no number in the
    /// link (no step title has another number in it).</summary>
    [Fact]
    public void On_the_real_site_no_step_in_the_list_repeats_its_number()
    {
        var pages = RealSite.Result.Files.Where(f => f.Path.EndsWith("index.html", StringComparison.Ordinal))
            .Select(f => (f.Path, Html: Html.Parse(System.Text.Encoding.UTF8.GetString(RealSite.File(f.Path)))))
            .Where(p => p.Html.QuerySelector("ol.timeline") is not null).ToList();

        Assert.Equal(RealSite.Linked.Config.Codes.Count(), pages.Count);
        Assert.All(pages, p => Assert.All(p.Html.QuerySelectorAll("ol.timeline-steps > li > a"), a =>
            Assert.False(Digit().IsMatch(a.TextContent), $"{p.Path}: '{a.TextContent}' repeats the step's number")));
    }

    [Fact]
    public void A_step_page_shows_the_small_roadmap_with_itself_marked_in_words()
    {
        using var site = RoadmapSite();
        var result = site.Build();

        var page = Html.Page(result, "en/plan/step-2/index.html");
        var nav = page.QuerySelector("nav.roadmap-here[aria-label]")!;
        Assert.Equal("Where this step is in the roadmap", nav.GetAttribute("aria-label"));
        foreach (var svg in nav.QuerySelectorAll("svg"))
        {
            var current = Assert.Single(svg.QuerySelectorAll("a.rm-step[aria-current=step]"));
            Assert.Equal("/en/plan/step-2/", current.GetAttribute("href"));
            Assert.Equal("You are here", svg.QuerySelector(".rm-here")!.TextContent);
            // The small drawing shows numbers only: each link is named by its step's title.
            Assert.Equal("Step 2: Onwards", current.GetAttribute("aria-label"));
            // Step 1 has no English page yet: its link leads to the fallback and says the title's language.
            Assert.Equal("nl", svg.QuerySelector("a.rm-step[aria-label='Stap 1: Begin']")!.GetAttribute("lang"));
        }
        // The step pages got the step layout from their section (LayoutDeclaration.PageLayout); other pages did not.
        Assert.Null(Html.Page(result, "nl/gids/eerste/index.html").QuerySelector("nav.roadmap-here"));
    }
}
