using System.Text.RegularExpressions;
using Kennisbank.Assessments.Definitions;
using Kennisbank.Assessments.Sharing;
using Kennisbank.Assessments.Validation;
using Kennisbank.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kennisbank.Browser.Tests;

/// <summary>
/// A council takes "Stedenband of alternatief?" together, keyboard only: three members answer in their own browser
/// contexts and share with the facilitator's session; the facilitator pastes their codes and gets the summary, prints
/// it on one A4 page, and reloads it from the address. Axe, the CSP and the network are checked on every page.
/// </summary>
public sealed partial class GroupSessionTests(SiteFixture site)
{
    const string Assessment = "/nl/zelftest/stedenband-of-alternatief/", Group = Assessment + "samen/";

    /// <summary>Option index per question (model order). The three differ on reciprocity (5, 1, 4) and on the budget;
    /// the second shows the donor reflex (seed 003), so the summary must carry the reciprocity caution.</summary>
    static readonly Dictionary<string, int>[] Members =
    [
        new() { ["actieve-stedenband"] = 1, ["wederkerig"] = 4 },
        new() { ["actieve-stedenband"] = 1, ["wederkerig"] = 0 },
        new() { ["actieve-stedenband"] = 1, ["budget"] = 1, ["wederkerig"] = 3 },
    ];

    [Fact]
    public async Task Three_members_and_a_facilitator_take_it_together_by_keyboard()
    {
        await using var facilitatorContext = await site.NewContextAsync();
        var (facilitator, probe) = await Open(facilitatorContext, Group);
        await TabTo(facilitator, "button.kb-start");
        await facilitator.Keyboard.PressAsync("Enter");
        var session = (await facilitator.Locator(".kb-session-code").InnerTextAsync()).Trim();
        Assert.Matches("^[2-9A-Z]{6}$", session);
        Assert.EndsWith("#s=" + session.ToLowerInvariant(), facilitator.Url, StringComparison.Ordinal);
        Assert.True(await facilitator.Locator(".kb-qr svg path").CountAsync() == 1, "no QR code");
        await SessionScreenshots.Take(facilitator, "facilitator", ".kb-project");

        var codes = new List<string>();
        for (var m = 0; m < Members.Length; m++)
        {
            await using var context = await site.NewContextAsync();
            var (member, memberProbe) = await Open(context, Assessment);
            await AnswerByKeyboard(member, Members[m]);
            await Assertions.Expect(member.Locator("#result")).ToBeVisibleAsync();
            if (m == 1) await SessionScreenshots.Take(member, "result-donor", "#result");
            await TabTo(member, "#kb-session");
            await member.Keyboard.TypeAsync(session);
            await member.Keyboard.PressAsync("Enter");
            var code = member.Locator("#kb-share-code");
            await Assertions.Expect(code).ToBeFocusedAsync();
            codes.Add(await code.InputValueAsync());
            Assert.Contains("&s=" + session.ToLowerInvariant() + "&m=", member.Url, StringComparison.Ordinal);
            await AssertAccessible(member, "a member's result with the share code");
            await AssertClean(member, memberProbe, $"member {m + 1}");
        }

        // The facilitator pastes all three at once, one per line.
        await TabTo(facilitator, "#kb-codes");
        await facilitator.Keyboard.InsertTextAsync(string.Join("\n", codes));
        await facilitator.Keyboard.PressAsync("Tab");
        await facilitator.Keyboard.PressAsync("Enter");
        var summary = facilitator.Locator(".kb-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        Assert.Equal("Deelnemers: 3", await summary.Locator(".kb-summary-body > p").First.InnerTextAsync());
        Assert.Equal("Resultaat van de groep: ‘Een klassieke stedenband’ (2 van 3 deelnemers)", await summary.Locator(".kb-group-outcome").InnerTextAsync());
        // Most disagreement first: reciprocity (three different answers), then the budget.
        var prompts = await summary.Locator(".kb-disagree > li .kb-prompt").AllInnerTextsAsync();
        Assert.Equal(["Willen jullie zelf leren van jullie partners, of vooral helpen?", "Is er een vast werkingsbudget?"], prompts);
        Assert.Equal("/nl/lessen/maak-mentale-fotos/", await summary.Locator(".kb-disagree > li").First.Locator(".kb-about a").GetAttributeAsync("href"));
        Assert.Equal("Samenwerken is ook zelf leren", await summary.Locator(".kb-caution h4").InnerTextAsync());
        Assert.Equal(4, await summary.Locator("table.kb-spread-table tbody tr").CountAsync());
        Assert.Equal(4, await summary.Locator("svg.kb-spread rect.kb-spread-median").CountAsync());
        await SessionScreenshots.Take(facilitator, "summary", ".kb-summary");
        await AssertAccessible(facilitator, "the group summary");
        await AssertReflows(facilitator, "the group summary");

        // The session lives in the address: a reload (or a bookmark) brings the same summary back.
        var address = facilitator.Url;
        Assert.Matches(new Regex("#s=[a-z0-9]{6}&c=[a-z0-9.-]+$"), address);
        await facilitator.ReloadAsync();
        await Assertions.Expect(summary).ToBeVisibleAsync();
        Assert.Equal(prompts, await summary.Locator(".kb-disagree > li .kb-prompt").AllInnerTextsAsync());

        Assert.Equal(1, await PrintedPages(facilitator));
        await AssertClean(facilitator, probe, "the facilitator's page");
    }

    [Fact]
    public async Task Bad_input_gets_a_message_at_the_field_and_nothing_is_counted()
    {
        await using var context = await site.NewContextAsync();
        var (page, probe) = await Open(context, Group);
        await TabTo(page, "button.kb-start");
        await page.Keyboard.PressAsync("Enter");
        var session = (await page.Locator(".kb-session-code").InnerTextAsync()).Trim().ToLowerInvariant();

        var cityLink = CityLinkOrAlternative.Assessment;
        var answers = AnswerSpace.Enumerate(cityLink).First();
        var good = ShareCodes.Share(cityLink, answers, session, "abcd")!.Code!;
        var readiness = HowReadyAreWe.Assessment;
        var foreign = ShareCodes.Share(readiness, AnswerSpace.Enumerate(readiness).First(), session, "efgh")!;
        string[] lines =
        [
            good,
            good[..^1] + (good[^1] == 'a' ? 'b' : 'a'),                                      // tampered
            good[..^6],                                                                      // truncated
            good,                                                                            // the same member twice
            foreign.Code!,                                                                   // a code of the other assessment
            SiteFixture.ProductionBase + "/nl/zelftest/hoe-klaar-zijn-we/#" + foreign.Link,  // a link of the other assessment
            site.Url(Assessment) + "#" + ShareCodes.Share(cityLink, answers, null, null)!.Link, // a personal link, no session
            ShareCodes.Share(cityLink, answers, "zzzzzz", "hjkm")!.Code!,                     // another session's code
        ];
        await TabTo(page, "#kb-codes");
        await page.Keyboard.InsertTextAsync(string.Join("\n", lines));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        var errors = page.Locator(".kb-paste .kb-error-summary");
        await Assertions.Expect(errors).ToBeFocusedAsync();
        string[] expected =
        [
            "Regel 2: deze link of code is onvolledig of beschadigd; vraag het lid om hem opnieuw te kopiëren",
            "Regel 3: deze link of code is onvolledig of beschadigd; vraag het lid om hem opnieuw te kopiëren",
            "Regel 4: dit lid is al meegeteld",
            "Regel 5: dit is een link of code van een andere zelftest, ‘Hoe klaar zijn we?’",
            "Regel 6: dit is een link of code van een andere zelftest, ‘Hoe klaar zijn we?’",
            "Regel 7: deze link heeft geen sessiecode; vraag het lid om ‘Maak mijn deelcode’ te gebruiken",
            "Regel 8: deze code hoort bij een andere sessie (ZZZZZZ)",
        ];
        Assert.Equal(expected, await errors.Locator("li a").AllInnerTextsAsync());
        // GOV.UK: the same messages at the field, which names them in its description; nothing was counted.
        Assert.Equal(expected, await page.Locator(".kb-form-group--error #kb-codes-error span").AllInnerTextsAsync());
        Assert.Equal("kb-codes-hint kb-codes-error", await page.Locator("#kb-codes").GetAttributeAsync("aria-describedby"));
        Assert.True(await page.Locator(".kb-summary").IsHiddenAsync(), "a summary is shown although nothing valid was added");
        await SessionScreenshots.Take(page, "errors", ".kb-collect");
        await AssertAccessible(page, "the error summary");

        // The summary's link takes focus to the field, where the text can be corrected.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#kb-codes")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(good);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".kb-summary")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator(".kb-paste .kb-error-message").CountAsync());
        await AssertClean(page, probe, "the facilitator's page with bad input");
    }

    /// <summary>"Hoe klaar zijn we?" scores parts: the summary shows their spread in percent of each part's points,
    /// over the members a part applies to (with and without a partner).</summary>
    [Fact]
    public async Task A_readiness_session_shows_the_spread_per_part()
    {
        await using var context = await site.NewContextAsync();
        var (page, probe) = await Open(context, "/en/self-assessment/how-ready-are-we/together/");
        await TabTo(page, "button.kb-start");
        await page.Keyboard.PressAsync("Enter");
        var session = (await page.Locator(".kb-session-code").InnerTextAsync()).Trim().ToLowerInvariant();
        var readiness = HowReadyAreWe.Assessment;
        var codes = AnswerSpace.Sample(readiness, 3, seed: 5).Select((a, i) => ShareCodes.Share(readiness, a, session, "mem" + "234"[i])!.Code!);
        await TabTo(page, "#kb-codes");
        await page.Keyboard.InsertTextAsync(string.Join("\n", codes));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        var summary = page.Locator(".kb-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        Assert.Equal("Spread per part", await summary.Locator("table.kb-spread-table caption").InnerTextAsync());
        var parts = await summary.Locator("table.kb-spread-table tbody th").AllInnerTextsAsync();
        Assert.True(parts.Count >= 4 && parts.All(p => readiness.Dimensions.Any(d => d.Name.For("en") == p)), string.Join(", ", parts));
        Assert.All(await summary.Locator("table.kb-spread-table tbody td:nth-child(3)").AllInnerTextsAsync(), v => Assert.Matches("^[0-9]{1,3}%$", v));
        await AssertAccessible(page, "a readiness summary");
        await AssertReflows(page, "a readiness summary");
        await AssertClean(page, probe, "a readiness session");
    }

    [Fact]
    public async Task Without_JavaScript_the_page_says_what_it_needs_and_keeps_the_questions()
    {
        await using var context = await site.NewContextAsync(new() { JavaScriptEnabled = false });
        var (page, _) = await Open(context, Group);
        Assert.True(await page.Locator(".kb-group").IsHiddenAsync(), "the session's controls show without JavaScript");
        Assert.Contains("JavaScript", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(CityLinkOrAlternative.Assessment.Questions.Count, await page.Locator(".kb-guide li[data-question]").CountAsync());
        Assert.True(await page.Locator(".kb-guide li[data-question] .kb-about a").First.IsVisibleAsync());
    }
}
