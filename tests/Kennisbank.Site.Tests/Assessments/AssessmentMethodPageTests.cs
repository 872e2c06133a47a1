using Kennisbank.Site.Features.Assessments;
using static Kennisbank.Site.Tests.Assessments.AssessmentSite;

namespace Kennisbank.Site.Tests.Assessments;

/// <summary>"How is this calculated?": every rule as a sentence with its source and its exact form in answers and
/// points, in the order the outcomes are checked; no nested negations, no bare scores.</summary>
public class AssessmentMethodPageTests
{
    public static TheoryData<string, string, string> MethodPages() => Pages(AssessmentPageKind.Method);

    [Theory]
    [MemberData(nameof(MethodPages))]
    public void Every_gate_and_condition_is_a_sentence_with_its_exact_rule_and_source(string path, string id, string lang)
    {
        var assessment = Find(id);
        var page = Parse(path);
        var content = ContentLang(page);
        var rules = page.QuerySelectorAll(".kb-method-rules > li");
        Assert.Equal(assessment.Gates.Count + assessment.Outcomes.Sum(o => o.Requires.Count), rules.Length);
        var expected = assessment.Gates.Concat(assessment.Outcomes.SelectMany(o => o.Requires));
        foreach (var (condition, item) in expected.Zip(rules))
        {
            Assert.Equal(condition.Sentence.For(content), item.QuerySelector("span")!.TextContent);
            var spans = item.QuerySelectorAll("span.meta");
            Assert.Equal(2, spans.Length);
            Assert.Equal(Url(condition.PageId, lang), spans[1].QuerySelector("a")!.GetAttribute("href"));
            // Rules are said as answers and points: never "not (…)", never a bare "score ≥ 50".
            Assert.DoesNotContain("(", spans[0].TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("≥", spans[0].TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(MethodPages))]
    public void The_outcomes_come_in_the_order_they_are_checked_and_the_questions_with_their_options(string path, string id, string lang)
    {
        var assessment = Find(id);
        var page = Parse(path);
        var content = ContentLang(page);
        Assert.Equal(assessment.Outcomes.Select(o => o.Title.For(content)), page.QuerySelectorAll(".kb-method-outcomes > li > h3").Select(h => h.TextContent));
        var questions = page.QuerySelectorAll(".kb-method-questions > li");
        Assert.Equal(assessment.Questions.Count, questions.Length);
        foreach (var (question, item) in assessment.Questions.Zip(questions))
        {
            Assert.Equal(question.Options.Count, item.QuerySelectorAll("ul > li").Length);
            Assert.Equal(question.About is null ? null : Url(question.About, lang), item.QuerySelector("p.meta a")?.GetAttribute("href"));
        }
        Assert.All(assessment.Cautions, c => Assert.Contains(page.QuerySelectorAll("h3"), h => h.TextContent == c.Title.For(content)));
    }

    /// <summary>Thresholds as points a council can count: "at least 3 of the 5 points".</summary>
    [Fact]
    public void Thresholds_are_written_as_points()
    {
        var page = Parse("en/self-assessment/how-ready-are-we/method/index.html");
        var exact = page.QuerySelectorAll(".kb-method-rules span.meta").Select(s => s.TextContent).ToList();
        Assert.Contains(exact, t => t == "Exactly: ‘Policy and political support’ scores at least 3 of the 5 points and ‘Core group, time and budget’ scores at least 3 of the 6 points and ‘Support in the municipality’ scores at least 2 of the 4 points and ‘Preparation: year 1 of the roadmap’ scores at least 2 of the 4 points.");
        Assert.Contains(exact, t => t == "Exactly: at least 10 of the 19 points in total.");
    }
}
