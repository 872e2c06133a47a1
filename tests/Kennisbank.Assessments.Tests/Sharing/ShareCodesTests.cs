using System.Text.RegularExpressions;
using Kennisbank.Assessments.Definitions;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Sharing;
using Kennisbank.Assessments.Tests.Support;
using Kennisbank.Assessments.Validation;

namespace Kennisbank.Assessments.Tests.Sharing;

/// <summary>
/// A member's share code and result link: what the facilitator pastes must come back as exactly those answers, and
/// anything else (another assessment's code, a tampered or truncated one) must be refused, never half-read.
/// </summary>
public sealed class ShareCodesTests
{
    private static readonly Assessment CityLink = CityLinkOrAlternative.Assessment, Readiness = HowReadyAreWe.Assessment;

    private const string Session = "k7p3qx", Member = "8f2m";

    [Theory]
    [MemberData(nameof(Catalog.Ids), MemberType = typeof(Catalog))]
    public void Links_and_codes_bring_back_exactly_the_answers(string id)
    {
        var a = Catalog.Find(id);
        foreach (var answers in AnswerSpace.Sample(a, 5_000))
        {
            var shared = ShareCodes.Share(a, answers, Session, Member)!;
            foreach (var text in new[] { shared.Link, shared.Code! })
            {
                var read = ShareCodes.Read(a, text);
                Assert.Equal((Session, Member), (read.Session, read.Member));
                Assert.Equal(Describe(answers), Describe(read.Answers!));
            }
        }
    }

    [Fact]
    public void A_code_is_short_and_says_which_assessment_session_and_member_it_is()
    {
        var answers = AnswerSpace.Enumerate(CityLink).First();
        var code = ShareCodes.Share(CityLink, answers, Session, Member)!.Code!;
        Assert.Matches(new Regex("^soa-k7p3qx-8f2m-[1-9a-z0]{11}-[0-9a-z]{2}$"), code);
        Assert.StartsWith("hkzw-", ShareCodes.Share(Readiness, AnswerSpace.Enumerate(Readiness).First(), Session, Member)!.Code, StringComparison.Ordinal);
    }

    /// <summary>The example in docs/assessments.md: the committed persona's answers in session K7P3QX.</summary>
    [Fact]
    public void The_documented_example_is_what_share_writes()
    {
        var committed = Personas.PersonaCatalog.All.Single(p => p.Name == "Toegewijde gemeente").CityLink!.Answers;
        var answers = ShareCodes.Read(CityLink, committed).Answers!;
        Assert.Equal("soa-k7p3qx-8f2m-21111111115-89", ShareCodes.Share(CityLink, answers, Session, Member)!.Code);
        Assert.Contains("`soa-k7p3qx-8f2m-21111111115-89`", File.ReadAllText(RepoPaths.Docs), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_member_there_is_no_code_and_the_link_says_so()
    {
        var answers = AnswerSpace.Enumerate(CityLink).First();
        var personal = ShareCodes.Share(CityLink, answers, null, null)!;
        Assert.Null(personal.Code);
        Assert.DoesNotContain("&s=", personal.Link, StringComparison.Ordinal);
        var read = ShareCodes.Read(CityLink, "https://example.org/nl/zelftest/stedenband-of-alternatief/#" + personal.Link);
        Assert.NotNull(read.Answers);
        Assert.Null(read.Session);
    }

    [Fact]
    public void Incomplete_answers_or_a_malformed_session_cannot_be_shared()
    {
        var answers = new Dictionary<string, Answer?>(AnswerSpace.Enumerate(CityLink).First());
        Assert.Null(ShareCodes.Share(CityLink, answers, "K7P3QX", Member));   // codes are written in lower case
        Assert.Null(ShareCodes.Share(CityLink, answers, Session, "8f2"));
        Assert.Null(ShareCodes.Share(CityLink, answers, null, Member));
        answers.Remove("vorm");
        Assert.Null(ShareCodes.Share(CityLink, answers, Session, Member));
    }

    [Fact]
    public void A_pasted_code_may_be_upper_case_and_padded_with_white_space()
    {
        var code = ShareCodes.Share(CityLink, AnswerSpace.Enumerate(CityLink).First(), Session, Member)!.Code!;
        Assert.NotNull(ShareCodes.Read(CityLink, "  \t" + code.ToUpperInvariant() + "\n").Answers);
    }

    [Fact]
    public void A_code_of_the_other_assessment_is_recognised_as_such()
    {
        var code = ShareCodes.Share(Readiness, AnswerSpace.Enumerate(Readiness).First(), Session, Member)!.Code!;
        Assert.Equal("other", ShareCodes.Read(CityLink, code).Error);
        Assert.Equal("damaged", ShareCodes.Read(CityLink, ShareCodes.Share(Readiness, AnswerSpace.Enumerate(Readiness).First(), Session, Member)!.Link).Error);
    }

    /// <summary>The check is a running hash modulo a prime, so changing any one character is always caught.</summary>
    [Fact]
    public void Every_single_character_change_and_every_truncation_is_refused()
    {
        foreach (var answers in AnswerSpace.Sample(CityLink, 20))
        {
            var code = ShareCodes.Share(CityLink, answers, Session, Member)!.Code!;
            for (var i = 0; i < code.Length; i++)
            {
                foreach (var c in ShareCodes.Digits + "-")
                {
                    if (c != code[i])
                    {
                        var changed = code[..i] + c + code[(i + 1)..];
                        Assert.True(ShareCodes.Read(CityLink, changed).Error is "damaged" or "other", $"{changed} was read as valid");
                    }
                }

                Assert.NotNull(ShareCodes.Read(CityLink, code[..i]).Error);
            }

            // A link cut short is refused, or (cut before "&m=") reads as a link without a member, which the
            // facilitator's page refuses as "no session code".
            var link = ShareCodes.Share(CityLink, answers, Session, Member)!.Link;
            for (var i = 0; i < link.Length; i++)
            {
                var read = ShareCodes.Read(CityLink, link[..i]);
                Assert.True(read.Error is not null || read.Member is null, $"{link[..i]} was read as a member's link");
            }
        }
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("r=", "damaged")]
    [InlineData("r=vorm:netwerk", "damaged")]
    [InlineData("%E0%A4%A", "damaged")]
    [InlineData("soa-k7p3qx-8f2m-", "damaged")]
    [InlineData("xyz-k7p3qx-8f2m-11111111111-00", "other")]
    [InlineData("<img src=x onerror=alert(1)>", "damaged")]
    public void Anything_else_is_refused_with_a_reason(string text, string error) =>
        Assert.Equal(error, ShareCodes.Read(CityLink, text).Error);

    private static string Describe(IReadOnlyDictionary<string, Answer?> answers) =>
        string.Join(",", answers.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}:{Properties.EveryAnswerSet.Id(answers, kv.Key)}"));
}
