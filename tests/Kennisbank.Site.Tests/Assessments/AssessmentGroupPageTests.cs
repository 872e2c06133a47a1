using Kennisbank.Site.Features.Assessments;
using Kennisbank.Site.Tests.Support;
using static Kennisbank.Site.Tests.Assessments.AssessmentSite;

namespace Kennisbank.Site.Tests.Assessments;

/// <summary>The facilitator's page: the session starts in the browser, the QR code is drawn at build time, and without
/// JavaScript the page says what it needs and keeps the questions as a discussion guide.</summary>
public class AssessmentGroupPageTests
{
    public static TheoryData<string, string, string> GroupPages() => Pages(AssessmentPageKind.Group);

    [Theory]
    [MemberData(nameof(GroupPages))]
    public void Loads_the_assessment_the_group_script_and_its_page_script(string path, string id, string lang)
    {
        _ = lang;
        var page = Parse(path);
        Assert.Equal([$"/assets/assessments/{id}.js", "/" + AssessmentFeature.GroupScriptPath, AssessmentFeature.GroupPageScript],
            page.QuerySelectorAll("head script").Select(s => s.GetAttribute("src")));
        // The session interface appears only with JavaScript; without it, the notice and the guide remain.
        Assert.True(page.QuerySelector(".kb-group")!.HasAttribute("hidden"));
        Assert.NotNull(page.QuerySelector("noscript"));
    }

    [Theory]
    [MemberData(nameof(GroupPages))]
    public void The_QR_code_holds_the_assessment_s_address_and_is_drawn_without_styles(string path, string id, string lang)
    {
        var page = Parse(path);
        var address = TestSite.BaseUrl + RealSite.Linked.Pages.Single(p => p.Lang == lang && p.Virtual?.Payload is AssessmentPage { Kind: AssessmentPageKind.Form } x && x.Assessment.Id == id).Url;
        Assert.Equal(address, page.QuerySelector(".kb-group")!.GetAttribute("data-address"));
        var svg = page.QuerySelector(".kb-qr svg")!;
        var qr = QrCode.For(address);
        Assert.Equal($"0 0 {qr.Size} {qr.Size}", svg.GetAttribute("viewBox"));
        Assert.Equal(qr.Path, svg.QuerySelector("path")!.GetAttribute("d"));
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.NotNull(page.GetElementById(svg.GetAttribute("aria-labelledby")!));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [Theory]
    [MemberData(nameof(GroupPages))]
    public void The_guide_has_every_question_and_the_page_knows_every_assessment_s_links(string path, string id, string lang)
    {
        _ = lang;
        var assessment = Find(id);
        var page = Parse(path);
        var items = page.QuerySelectorAll(".kb-guide li[data-question]");
        Assert.Equal(assessment.Questions.Select(q => q.Id), items.Select(i => i.GetAttribute("data-question")));
        foreach (var (question, item) in assessment.Questions.Zip(items))
            Assert.Equal(question.Options.Select(o => o.Id), item.QuerySelectorAll("[data-option]").Select(o => o.GetAttribute("data-option")));
        var known = Texts(page).QuerySelectorAll("[data-tag]");
        Assert.Equal(Kennisbank.Assessments.Definitions.AssessmentCatalog.All.Count, known.Length);
        var self = Assert.Single(known, k => k.HasAttribute("data-self"));
        Assert.Equal(Kennisbank.Assessments.Sharing.ShareCodes.Tag(assessment), self.GetAttribute("data-tag"));
        Assert.All(RealSite.Linked.Pages.Where(p => p.Layout == AssessmentFeature.Layout && ((AssessmentPage)p.Virtual!.Payload).Assessment.Id == id),
            p => Assert.Contains(p.Url, self.GetAttribute("data-paths")!.Split(' ')));
    }
}
