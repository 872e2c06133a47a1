using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Kennisbank.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kennisbank.Browser.Tests;

/// <summary>Keyboard, print and audit helpers of the group session tests.</summary>
public sealed partial class GroupSessionTests
{
    async Task<(IPage Page, PageProbe Probe)> Open(IBrowserContext context, string path)
    {
        await PageProbe.PrepareAsync(context, site.BaseUrl!);
        var page = await context.NewPageAsync();
        var probe = PageProbe.Attach(page, site.BaseUrl!);
        var response = await page.GotoAsync(site.Url(path).ToString());
        Assert.True(response?.Status == 200, $"{path} answered {response?.Status}");
        return (page, probe);
    }

    /// <summary>Tab until the element matching <paramref name="selector"/> has focus.</summary>
    static async Task TabTo(IPage page, string selector)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement && document.activeElement.matches(s)", selector)) return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"Tab never reached {selector}");
    }

    /// <summary>Answers every visible question by keyboard: Tab into its radio group, Space on the first option, then
    /// the arrow keys to the option wanted (index per question, 0 when not given); Enter on the submit button.</summary>
    static async Task AnswerByKeyboard(IPage page, IReadOnlyDictionary<string, int> choices)
    {
        for (var i = 0; i < 400; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string>("""
                () => { const a = document.activeElement;
                  if (a.matches('form.kb-assessment [type=submit]')) return 'submit';
                  if (a.matches('form.kb-assessment input[type=radio]') && !a.closest('fieldset').querySelector('input:checked'))
                    return 'q:' + a.closest('fieldset').getAttribute('data-question');
                  return ''; }
                """);
            if (focus == "submit") { await page.Keyboard.PressAsync("Enter"); return; }
            if (!focus.StartsWith("q:", StringComparison.Ordinal)) continue;
            await page.Keyboard.PressAsync("Space");
            for (var k = 0; k < choices.GetValueOrDefault(focus[2..]); k++) await page.Keyboard.PressAsync("ArrowDown");
        }
        Assert.Fail("Tab never reached the form's submit button");
    }

    /// <summary>Axe (WCAG 2.1 A and AA) on the page as it is now.</summary>
    static async Task AssertAccessible(IPage page, string what)
    {
        var result = await page.RunAxe(SiteAudit.AxeOptions);
        var problems = result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id}: {v.Help} at {string.Join(" ", n.Target)}")).ToList();
        Assert.True(problems.Count == 0, $"{what}: axe found\n  " + string.Join("\n  ", problems));
    }

    /// <summary>WCAG 1.4.10: at 320 px nothing scrolls sideways (a data table may scroll inside itself).</summary>
    static async Task AssertReflows(IPage page, string what)
    {
        var original = page.ViewportSize!;
        await page.SetViewportSizeAsync(320, 800);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        await page.SetViewportSizeAsync(original.Width, original.Height);
        Assert.True(width <= 320, $"{what}: the page is {width} px wide at 320 px");
    }

    static async Task AssertClean(IPage page, PageProbe probe, string what)
    {
        await probe.CollectAsync(page);
        var problems = probe.ConsoleErrors.Concat(probe.CspViolations).Concat(probe.FailedRequests).Concat(probe.ForeignRequests).ToList();
        Assert.True(problems.Count == 0, $"{what}:\n  " + string.Join("\n  ", problems));
    }

    /// <summary>The print preview as Chromium prints it on A4: the number of pages in the PDF.</summary>
    static async Task<int> PrintedPages(IPage page)
    {
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = false });
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        return Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
    }
}

/// <summary>Screenshots of the group session at desktop width and at 320 px (WCAG 1.4.10 reflow), for review.</summary>
public static class SessionScreenshots
{
    /// <param name="part">A selector: that element is also saved on its own, readable at full size.</param>
    public static async Task Take(IPage page, string name, string? part = null)
    {
        var original = page.ViewportSize;
        foreach (var width in new[] { 1280, 320 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Tooling.ArtifactsDir, "screenshots", $"group_{name}_{width}.png"), FullPage = true });
            if (part is not null)
                await page.Locator(part).ScreenshotAsync(new() { Path = Path.Combine(Tooling.ArtifactsDir, "screenshots", $"group_{name}_part_{width}.png") });
        }
        if (original is not null) await page.SetViewportSizeAsync(original.Width, original.Height);
    }
}
