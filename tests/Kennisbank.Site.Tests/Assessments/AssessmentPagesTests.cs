using Kennisbank.Assessments.Definitions;
using Kennisbank.Site.Features.Assessments;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Assessments;

/// <summary>The self-assessment pages as the build publishes them from the definitions.</summary>
public class AssessmentPagesTests
{
    /// <summary>Every assessment page of the real site, with its method page: from the linked site, so a new
    /// assessment is covered without editing a list.</summary>
    public static TheoryData<string, string, string> Pages()
    {
        var site = RealSite.Linked;
        var data = new TheoryData<string, string, string>();
        // Fallback pages (an assessment in a language it is not written in) show the same form in their content
        // language, so they are checked like the others.
        foreach (var page in site.Pages.Where(p => p.Layout == AssessmentFeature.Layout))
        {
            var id = ((AssessmentPage)page.Virtual!.Payload).Assessment.Id;
            var method = site.Pages.Single(p => p.Layout == AssessmentFeature.MethodLayout && p.Lang == page.Lang
                && ((AssessmentPage)p.Virtual!.Payload).Assessment.Id == id);
            data.Add(page.OutputPath, id, method.OutputPath);
        }
        return data;
    }

    [Fact]
    public void Every_assessment_of_the_catalog_is_published_in_every_language_of_the_site()
    {
        Assert.Equal(AssessmentCatalog.All.Count * RealSite.Linked.Config.Languages.Length, Pages().Count);
        var real = RealSite.Linked.Pages.Where(p => p.Layout == AssessmentFeature.Layout && !p.IsFallback).ToList();
        Assert.Equal(AssessmentCatalog.All.Sum(a => a.Languages.Count), real.Count);
    }

    [Fact]
    public void The_real_site_builds_strictly_without_problems() =>
        Assert.True(RealSite.Result.Succeeded, string.Join("\n", RealSite.Result.Diagnostics));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_question_is_in_the_html_so_the_page_works_without_javascript(string path, string id, string methodPath)
    {
        var assessment = AssessmentCatalog.All.Single(a => a.Id == id);
        var page = Html.Parse(System.Text.Encoding.UTF8.GetString(RealSite.File(path)));
        // The assessment's own language: the page's, or on a fallback page the one its title is marked with.
        var lang = page.QuerySelector("h1")!.GetAttribute("lang") ?? page.DocumentElement.GetAttribute("lang")!;

        var form = page.QuerySelector($"form.kb-assessment[data-assessment='{id}']")!;
        var fieldsets = form.QuerySelectorAll("fieldset.kb-question");
        Assert.Equal(assessment.Questions.Select(q => q.Id), fieldsets.Select(f => f.GetAttribute("data-question")));
        foreach (var (question, fieldset) in assessment.Questions.Zip(fieldsets))
        {
            Assert.Equal(question.Prompt.For(lang), fieldset.QuerySelector("legend")!.TextContent);
            Assert.Equal(question.Options.Select(o => $"q-{question.Id}-{o.Id}"), fieldset.QuerySelectorAll("input").Select(i => i.Id));
            Assert.All(fieldset.QuerySelectorAll("input"), i => Assert.NotNull(fieldset.QuerySelector($"label[for='{i.Id}']")));
        }
        Assert.NotNull(page.QuerySelector(".kb-error-summary[hidden][tabindex='-1']"));
        Assert.NotNull(page.QuerySelector("section#result.kb-result[hidden]"));
        // The assessment's scripts are the head's; the header's search script is every page's (Features/Search).
        var scripts = page.QuerySelectorAll("head script").Select(s => s.GetAttribute("src")).ToList();
        Assert.Equal([$"/assets/assessments/{id}.{lang}.js", "/assets/js/assessment-form.js"], scripts);
        var method = page.QuerySelector($"main a[href='/{methodPath[..^"index.html".Length]}']");
        Assert.NotNull(method);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_method_page_lists_every_question_option_and_outcome(string path, string id, string methodPath)
    {
        var assessment = AssessmentCatalog.All.Single(a => a.Id == id);
        var method = Html.Parse(System.Text.Encoding.UTF8.GetString(RealSite.File(methodPath)));
        var lang = method.QuerySelector("main .content")?.GetAttribute("lang") ?? method.QuerySelector("h1")!.GetAttribute("lang") ?? method.DocumentElement.GetAttribute("lang")!;
        Assert.EndsWith("index.html", path, StringComparison.Ordinal);

        var questions = method.QuerySelectorAll(".kb-method-questions > li");
        Assert.Equal(assessment.Questions.Count, questions.Length);
        foreach (var (question, item) in assessment.Questions.Zip(questions))
            Assert.Equal(question.Options.Count, item.QuerySelectorAll("ul > li").Length);
        var headings = method.QuerySelectorAll("h3").Select(h => h.TextContent).ToList();
        Assert.All(assessment.Outcomes, o => Assert.Contains(o.Title.For(lang), headings));
        Assert.All(assessment.Dimensions, d => Assert.Contains(method.QuerySelectorAll("li"), li => li.TextContent.StartsWith(d.Name.For(lang))));
    }

    [Fact]
    public void Only_the_readiness_assessment_shows_an_overall_score()
    {
        string? ScoreLabel(string path) => Html.Parse(System.Text.Encoding.UTF8.GetString(RealSite.File(path)))
            .QuerySelector("form.kb-assessment")!.GetAttribute("data-text-score");

        Assert.Null(ScoreLabel("nl/zelftest/stedenband-of-alternatief/index.html"));
        Assert.Equal("Overall score", ScoreLabel("en/self-assessment/how-ready-are-we/index.html"));
    }

    [Fact]
    public void Each_script_carries_the_texts_of_one_language_only()
    {
        var nl = System.Text.Encoding.UTF8.GetString(RealSite.File("assets/assessments/hoe-klaar-zijn-we.nl.js"));
        var en = System.Text.Encoding.UTF8.GetString(RealSite.File("assets/assessments/hoe-klaar-zijn-we.en.js"));

        Assert.Contains("Hoe klaar zijn we?", nl);
        Assert.DoesNotContain("How ready are we?", nl);
        Assert.Contains("How ready are we?", en);
        Assert.DoesNotContain("Hoe klaar zijn we?", en);
        Assert.Contains("/nl/stappenplan/", nl);
        Assert.Contains("/en/roadmap/", en);
    }
}
