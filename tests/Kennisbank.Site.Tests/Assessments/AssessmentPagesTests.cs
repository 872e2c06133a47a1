using Kennisbank.Assessments.Definitions;
using Kennisbank.Site.Features.Assessments;
using Kennisbank.Site.Tests.Support;
using static Kennisbank.Site.Tests.Assessments.AssessmentSite;

namespace Kennisbank.Site.Tests.Assessments;

/// <summary>The self-assessment pages as the build publishes them from the definitions: the questions for use without
/// JavaScript, and every text a result can show, so the compiled script needs none.</summary>
public class AssessmentPagesTests
{
    public static TheoryData<string, string, string> FormPages() => Pages(AssessmentPageKind.Form);

    [Fact]
    public void Every_assessment_has_its_three_pages_in_every_language_of_the_site()
    {
        var languages = RealSite.Linked.Config.Languages.Length;
        foreach (var kind in Enum.GetValues<AssessmentPageKind>())
            Assert.Equal(AssessmentCatalog.All.Count * languages, Pages(kind).Count);
        var real = RealSite.Linked.Pages.Where(p => p.Layout == AssessmentFeature.Layout && !p.IsFallback).ToList();
        Assert.Equal(AssessmentCatalog.All.Sum(a => a.Languages.Count), real.Count);
    }

    [Fact]
    public void The_real_site_builds_strictly_without_problems() =>
        Assert.True(RealSite.Result.Succeeded, string.Join("\n", RealSite.Result.Diagnostics));

    [Theory]
    [MemberData(nameof(FormPages))]
    public void Every_question_is_in_the_html_so_the_page_works_without_javascript(string path, string id, string lang)
    {
        var assessment = Find(id);
        var page = Parse(path);
        var content = ContentLang(page);
        var form = page.QuerySelector($"form.kb-assessment[data-assessment='{id}']")!;
        var fieldsets = form.QuerySelectorAll("fieldset.kb-question");
        Assert.Equal(assessment.Questions.Select(q => q.Id), fieldsets.Select(f => f.GetAttribute("data-question")));
        foreach (var (question, fieldset) in assessment.Questions.Zip(fieldsets))
        {
            Assert.Equal(question.Prompt.For(content), fieldset.QuerySelector("legend")!.TextContent);
            Assert.Equal(question.Options.Select(o => $"q-{question.Id}-{o.Id}"), fieldset.QuerySelectorAll("input").Select(i => i.Id));
            Assert.All(fieldset.QuerySelectorAll("input"), i => Assert.NotNull(fieldset.QuerySelector($"label[for='{i.Id}']")));
            // A scale's ends are on the fieldset, so a reason can say what "3" means.
            Assert.Equal(question.LowLabel?.For(content), fieldset.GetAttribute("data-low"));
        }
        Assert.NotNull(page.QuerySelector(".kb-error-summary[hidden][tabindex='-1']"));
        Assert.NotNull(page.QuerySelector("section#result.kb-result[hidden]"));
        // One script per assessment for every language (a fallback page too), then the form script, in the head;
        // the header's search script is every page's (Features/Search).
        Assert.Equal([$"/assets/assessments/{id}.js", AssessmentFeature.FormScript], page.QuerySelectorAll("head script").Select(s => s.GetAttribute("src")));
        var links = page.QuerySelectorAll("main .kb-links a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(2, links.Count);
        Assert.All(links, href => Assert.Contains(RealSite.Linked.Pages, p => p.Url == href && p.Lang == lang));
    }

    [Theory]
    [MemberData(nameof(FormPages))]
    public void The_page_carries_every_text_a_result_can_show_in_its_content_language(string path, string id, string lang)
    {
        var assessment = Find(id);
        var page = Parse(path);
        var content = ContentLang(page);
        var other = content == lang ? null : content;
        var texts = Texts(page);
        foreach (var o in assessment.Outcomes)
        {
            var block = texts.QuerySelector($"[data-outcome='{o.Id}']")!;
            Assert.Equal(o.Title.For(content), block.QuerySelector("h2")!.TextContent);
            Assert.Equal(other, block.QuerySelector("h2")!.GetAttribute("lang"));
        }
        foreach (var c in assessment.AllConditions)
        {
            var item = texts.QuerySelector($"li[data-condition='{c.Id}']")!;
            Assert.Equal(c.Sentence.For(content), item.QuerySelector("span")!.TextContent);
            Assert.Equal(c.IsSuggestion, item.QuerySelector(".kb-suggestion") is not null);
            Assert.Equal(Url(c.PageId, lang), item.QuerySelector(".kb-source a")!.GetAttribute("href"));
        }
        foreach (var c in assessment.Cautions)
        {
            var block = texts.QuerySelector($"[data-caution='{c.Id}']")!;
            Assert.Equal(c.Title.For(content), block.QuerySelector("h4")!.TextContent);
            Assert.Equal(c.PageRefs.Select(r => Url(r, lang)), block.QuerySelectorAll(".kb-source a").Select(a => a.GetAttribute("href")));
        }
        var recommendations = assessment.AllRecommendations;
        for (var i = 0; i < recommendations.Count; i++)
        {
            var item = texts.QuerySelector($"li[data-rec='{i}']")!;
            Assert.Equal(recommendations[i].Title.For(content), item.QuerySelector("a")!.TextContent);
            Assert.Equal(recommendations[i].IsSuggestion, item.QuerySelector(".kb-suggestion") is not null);
        }
        // The share form a member fills in after the result: a labelled field with its hint.
        var share = texts.QuerySelector("[data-share] form")!;
        Assert.Equal("kb-session-hint", share.QuerySelector("input#kb-session")!.GetAttribute("aria-describedby"));
        Assert.NotNull(share.QuerySelector("label[for='kb-session']"));
    }

    [Fact]
    public void Only_the_readiness_assessment_shows_a_total()
    {
        string? Total(string path) => Parse(path).QuerySelector("form.kb-assessment")!.GetAttribute("data-text-total");
        Assert.Null(Total("nl/zelftest/stedenband-of-alternatief/index.html"));
        Assert.Equal("Total", Total("en/self-assessment/how-ready-are-we/index.html"));
    }

    /// <summary>The scripts hold ids and rules; the pages hold the texts, in their own language.</summary>
    [Fact]
    public void The_compiled_scripts_carry_no_text()
    {
        foreach (var a in AssessmentCatalog.All)
        {
            var script = System.Text.Encoding.UTF8.GetString(RealSite.File(AssessmentFeature.ScriptPath(a.Id)));
            Assert.All(a.Languages, l => Assert.DoesNotContain(a.Title.For(l), script, StringComparison.Ordinal));
            Assert.All(a.Questions, q => Assert.DoesNotContain(q.Prompt.For(a.Languages[0]), script, StringComparison.Ordinal));
        }
    }
}
