using System.Text.Json;
using Kennisbank.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kennisbank.Browser.Tests;

/// <summary>
/// The self-assessments end to end, in each language, by keyboard only (Tab, Space, Enter; no clicks), against the DOM
/// contract in docs/assessments.md: form.kb-assessment, fieldset.kb-question[data-question], .kb-error-summary, #result.
/// </summary>
public sealed class AssessmentTests(SiteFixture site)
{
    /// <summary>Every assessment page and its method page, from the linked site (a new assessment is covered at once).</summary>
    public static TheoryData<string, string> Assessments() => SiteMap.Assessments();

    /// <summary>Opens an assessment page, failing clearly when the page or its form is not there.</summary>
    async Task<(IPage Page, PageProbe Probe)> Open(IBrowserContext context, string path, string fragment = "")
    {
        await PageProbe.PrepareAsync(context, site.BaseUrl!);
        var page = await context.NewPageAsync();
        var probe = PageProbe.Attach(page, site.BaseUrl!);
        var response = await page.GotoAsync(site.Url(path) + fragment);
        Assert.True(response?.Status == 200,
            $"The self-assessment page {path} answered {response?.Status}: the assessments are not (yet) part of the built site.");
        Assert.True(await page.Locator("form.kb-assessment fieldset.kb-question[data-question]").CountAsync() > 0,
            $"{path} has no form.kb-assessment with fieldset.kb-question[data-question] (docs/assessments.md)");
        return (page, probe);
    }

    static async Task AssertClean(IPage page, PageProbe probe, string what)
    {
        await probe.CollectAsync(page);
        var problems = probe.ConsoleErrors.Concat(probe.CspViolations).Concat(probe.FailedRequests).Concat(probe.ForeignRequests).ToList();
        Assert.True(problems.Count == 0, $"{what}:\n  " + string.Join("\n  ", problems));
    }

    /// <summary>What the focused element is, for the keyboard walk through the form.</summary>
    const string FocusState = """
        () => { const a = document.activeElement;
          if (!a || a === document.body) return 'body';
          if (a.matches('form.kb-assessment [type=submit]')) return 'submit';
          if (a.matches('form.kb-assessment input[type=radio], form.kb-assessment input[type=checkbox]'))
            return a.closest('fieldset').querySelector('input:checked') ? 'answered' : 'unanswered';
          return 'other'; }
        """;

    /// <summary>Tabs through the page; Space answers each unanswered question (its first option), Enter on the submit button.</summary>
    static async Task AnswerAllByKeyboardAndSubmit(IPage page, bool answer = true)
    {
        for (var i = 0; i < 400; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            switch (await page.EvaluateAsync<string>(FocusState))
            {
                case "unanswered" when answer: await page.Keyboard.PressAsync("Space"); break;
                case "submit": await page.Keyboard.PressAsync("Enter"); return;
            }
        }
        Assert.Fail("Tab never reached the form's submit button");
    }

    static Task<string> ResultText(IPage page) =>
        page.EvaluateAsync<string>("() => { const r = document.getElementById('result'); return r.hidden ? '' : [...r.querySelectorAll('h2, dl')].map(e => e.innerText).join('\\n'); }");

    [Theory]
    [MemberData(nameof(Assessments))]
    public async Task Answering_everything_by_keyboard_shows_the_outcome_and_the_copied_link_reproduces_it(string path, string method)
    {
        _ = method;
        await using var context = await site.NewContextAsync(new() { Permissions = ["clipboard-read", "clipboard-write"] });
        var (page, probe) = await Open(context, path);
        await AnswerAllByKeyboardAndSubmit(page);

        var result = page.Locator("#result");
        await Assertions.Expect(result).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement === document.getElementById('result')"), $"{path}: focus did not move to #result");
        Assert.Equal(0, await page.Locator(".kb-error-summary:visible").CountAsync());
        var outcome = await ResultText(page);
        Assert.False(string.IsNullOrWhiteSpace(await result.Locator("h2").InnerTextAsync()), $"{path}: the result has no outcome title (h2)");
        Assert.True(await result.Locator("dl.kb-scores dt").CountAsync() > 0, $"{path}: the result shows no scores (dl.kb-scores)");

        await Screenshots.Take(page, path, "result");

        // "Copy link", by keyboard: Tab from the focused result to the button, Enter.
        for (var i = 0; i < 60 && !await page.EvaluateAsync<bool>("() => document.activeElement.matches('button.kb-copy')"); i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('button.kb-copy')"), $"{path}: Tab never reached button.kb-copy");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('input.kb-copy-url') || (document.querySelector('.kb-copy-status')?.textContent || '').trim()");
        var url = await page.EvaluateAsync<string>("async () => { const f = document.querySelector('input.kb-copy-url'); return f ? f.value : await navigator.clipboard.readText(); }");
        Assert.Contains("#r=", url, StringComparison.Ordinal);
        Assert.Equal(url, page.Url);   // also in the address bar (history.replaceState)
        await AssertClean(page, probe, $"{path}: errors while answering");

        await using var fresh = await site.NewContextAsync();
        var (shared, sharedProbe) = await Open(fresh, path, new Uri(url).Fragment);
        await Assertions.Expect(shared.Locator("#result")).ToBeVisibleAsync();
        Assert.Equal(outcome, await ResultText(shared));
        Assert.Equal(0, await shared.Locator(".kb-notice").CountAsync());
        await AssertClean(shared, sharedProbe, $"{path}: errors when opening the shared link");
    }

    [Theory]
    [MemberData(nameof(Assessments))]
    public async Task Submitting_with_unanswered_questions_focuses_the_error_summary_whose_links_focus_each_question(string path, string method)
    {
        _ = method;
        await using var context = await site.NewContextAsync();
        var (page, probe) = await Open(context, path);
        // Answer the first question only, then submit.
        await page.Locator("form.kb-assessment").EvaluateAsync("f => f.querySelector('input').scrollIntoView()");
        for (var i = 0; i < 100 && await page.EvaluateAsync<string>(FocusState) != "unanswered"; i++) await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        await AnswerAllByKeyboardAndSubmit(page, answer: false);

        var summary = page.Locator(".kb-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('.kb-error-summary')"), $"{path}: the error summary does not have focus");
        Assert.True(await page.Locator("#result").IsHiddenAsync(), $"{path}: a result is shown although questions are unanswered");
        var expected = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('fieldset.kb-question:not([hidden])')].filter(f => !f.querySelector('input:checked')).map(f => f.id)");
        var links = await summary.Locator("a").CountAsync();
        Assert.True(expected.Length > 0 && links == expected.Length,
            $"{path}: {expected.Length} unanswered visible question(s) ({string.Join(", ", expected)}) but {links} link(s) in the error summary");

        for (var n = 0; n < links; n++)
        {
            // Back to the summary, then Tab n+1 times to the n-th link, and Enter.
            await summary.FocusAsync();
            for (var t = 0; t <= n; t++) await page.Keyboard.PressAsync("Tab");
            var link = await page.EvaluateAsync<string>("() => document.activeElement.textContent");
            Assert.True(await page.EvaluateAsync<bool>("(n) => document.activeElement === document.querySelectorAll('.kb-error-summary a')[n]", n),
                $"{path}: Tab from the summary did not reach its link {n + 1}");
            await page.Keyboard.PressAsync("Enter");
            var focusedIn = await page.EvaluateAsync<string>("() => document.activeElement.closest('fieldset')?.id || document.activeElement.outerHTML.slice(0, 80)");
            Assert.True(focusedIn == expected[n], $"{path}: the error link \"{link}\" moved focus to {focusedIn}, expected an input in #{expected[n]}");
            Assert.True(await page.Locator($"#{expected[n]}.kb-question--error .kb-error-message").IsVisibleAsync(),
                $"{path}: #{expected[n]} shows no .kb-error-message");
        }
        await AssertClean(page, probe, $"{path}: errors in the error flow");
    }

    [Theory]
    [MemberData(nameof(Assessments))]
    public async Task A_tampered_link_shows_the_notice_and_runs_no_script(string path, string method)
    {
        _ = method;
        string[] payloads =
        [
            "#r=<img src=x onerror=window.__pwned=1>",
            "#r=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E",
            "#r=<script>window.__pwned=1</script>",
            "#r=__proto__:x,constructor:<svg/onload=window.__pwned=1>",
            "#r=\"><img src=x onerror=window.__pwned=1>:x",
        ];
        var problems = new List<string>();
        foreach (var payload in payloads)
        {
            await using var context = await site.NewContextAsync();
            var (page, probe) = await Open(context, path, payload);
            await page.WaitForTimeoutAsync(100);
            var state = await page.EvaluateAsync<JsonElement>("""
                () => ({ pwned: typeof window.__pwned !== 'undefined', img: document.querySelectorAll('img[src=x], img[src="x"], svg[onload]').length,
                         notice: (document.querySelector('form.kb-assessment .kb-notice')?.textContent || '').trim(),
                         noticeVisible: !!document.querySelector('form.kb-assessment .kb-notice')?.getClientRects().length,
                         result: !document.getElementById('result').hidden, checked: document.querySelectorAll('form.kb-assessment input:checked').length })
                """);
            if (state.GetProperty("pwned").GetBoolean()) problems.Add($"{payload}: window.__pwned was set (script ran)");
            if (state.GetProperty("img").GetInt32() > 0) problems.Add($"{payload}: an injected img/svg element is in the DOM");
            if (state.GetProperty("notice").GetString() is "" || !state.GetProperty("noticeVisible").GetBoolean()) problems.Add($"{payload}: no visible .kb-notice");
            if (state.GetProperty("result").GetBoolean()) problems.Add($"{payload}: a result is shown");
            if (state.GetProperty("checked").GetInt32() > 0) problems.Add($"{payload}: the form is not empty");
            await probe.CollectAsync(page);
            problems.AddRange(probe.ConsoleErrors.Concat(probe.CspViolations).Select(p => $"{payload}: {p}"));
        }
        Assert.True(problems.Count == 0, $"{path}: {problems.Count} problem(s) with tampered links:\n  " + string.Join("\n  ", problems));
    }

    [Theory]
    [MemberData(nameof(Assessments))]
    public async Task When_printed_the_result_shows_and_the_site_navigation_does_not(string path, string method)
    {
        _ = method;
        await using var context = await site.NewContextAsync();
        var (page, _) = await Open(context, path);
        await AnswerAllByKeyboardAndSubmit(page);
        await Assertions.Expect(page.Locator("#result")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await page.Locator("#result h2").IsVisibleAsync(), $"{path}: the result is not visible in print");
        Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.getElementById('result').getBoundingClientRect(); return r.width > 0 && r.height > 0; }"),
            $"{path}: the result has no size in print");
        Assert.False(await page.Locator("nav.site-nav").IsVisibleAsync(), $"{path}: nav.site-nav is visible in print");
    }

    [Theory]
    [MemberData(nameof(Assessments))]
    public async Task Without_JavaScript_the_questions_and_the_method_are_there(string path, string method)
    {
        await using var context = await site.NewContextAsync(new() { JavaScriptEnabled = false });
        var (page, _) = await Open(context, path);
        var questions = page.Locator("fieldset.kb-question");
        var count = await questions.CountAsync();
        for (var i = 0; i < count; i++)
            Assert.True(await questions.Nth(i).Locator("legend").IsVisibleAsync(), $"{path} without JavaScript: question {i + 1} is not visible");
        Assert.True(await page.Locator("fieldset.kb-question input").First.IsVisibleAsync(), $"{path} without JavaScript: no visible answer options");
        var methodPath = method;
        var link = page.Locator($"main a[href='{methodPath}'], main a[href='{site.Url(methodPath)}']");
        Assert.True(await link.CountAsync() > 0 && await link.First.IsVisibleAsync(), $"{path} without JavaScript: no visible link to the method page {methodPath}");
        var response = await page.GotoAsync(site.Url(methodPath).ToString());
        Assert.True(response?.Status == 200, $"The method page {methodPath} answered {response?.Status}");
        Assert.True((await page.Locator("main").InnerTextAsync()).Length > 200, $"{methodPath} without JavaScript: the method explanation is (almost) empty");
    }

    /// <summary>A result link opens the same result with its reasons: each deciding condition with the answers that
    /// decided it, a scale's value with the meaning of its ends, the runner-up, and a caution for the donor reflex.</summary>
    [Fact]
    public async Task A_result_names_its_deciding_answers_the_runner_up_and_the_cautions()
    {
        await using var context = await site.NewContextAsync();
        // Seed 004: two years, one theme, open to learn (4 of 5): an SDG partnership, and "why not a classic city link".
        var learner = "#r=actieve-stedenband:nee,politieke-steun:breed,kerngroep:werkgroep,tijd:ja,budget:geen,middenveld:ja,tijdshorizon:twee-jaar,vorm:een-partner,inhoud:een-thema,werkbezoeken:ja,wederkerig:4";
        var (page, probe) = await Open(context, "/nl/zelftest/stedenband-of-alternatief/", learner);
        var result = page.Locator("#result");
        await Assertions.Expect(result).ToBeVisibleAsync();
        Assert.Equal("Een SDG-partnerschap", await result.Locator("h2").InnerTextAsync());
        var answers = await result.Locator(".kb-reasons").First.Locator(".kb-reason-answer").AllInnerTextsAsync();
        Assert.Contains("Jullie antwoord op ‘Willen jullie zelf leren van jullie partners, of vooral helpen?’: 4 op een schaal van 1 (Vooral helpen) tot 5 (Evenveel leren als geven).", answers);
        Assert.Equal("Waarom niet ‘Een klassieke stedenband’?", await result.Locator("h3").Nth(1).InnerTextAsync());
        Assert.Equal(0, await result.Locator(".kb-caution").CountAsync());
        await SessionScreenshots.Take(page, "result-sdg", "#result");

        var donor = "#r=actieve-stedenband:nee,politieke-steun:breed,kerngroep:mandaat,tijd:ja,budget:structureel,middenveld:ja,tijdshorizon:lang,vorm:een-partner,inhoud:bestuurskracht,werkbezoeken:ja,wederkerig:1";
        await AssertClean(page, probe, "a result with reasons");
        (page, probe) = await Open(context, "/nl/zelftest/stedenband-of-alternatief/", donor);   // a fragment alone does not reload
        result = page.Locator("#result");
        await Assertions.Expect(result).ToBeVisibleAsync();
        Assert.Equal("Een klassieke stedenband", await result.Locator("h2").InnerTextAsync());
        Assert.Equal("Samenwerken is ook zelf leren", await result.Locator(".kb-caution h4").InnerTextAsync());
        Assert.Equal(["/nl/fiches/essentie-stedenband/", "/nl/lessen/maak-mentale-fotos/"], await result.Locator(".kb-caution .kb-source a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))"));
        await AssertClean(page, probe, "a result with a caution");
    }
}
