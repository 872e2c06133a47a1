using System.Text.RegularExpressions;
using Kennisbank.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kennisbank.Browser.Tests;

/// <summary>The digital SDG circle board (issue 15, part 2) in Chromium: by keyboard only, through its form (WCAG 2.5.7),
/// the link that keeps the board reproducing it in a fresh browser, a damaged link saying what it dropped, and dragging.</summary>
public sealed partial class SdgBoardTests(SiteFixture site)
{
    const string Board = "/nl/sdg-cirkeloefening/bord/";

    async Task<(IPage Page, PageProbe Probe)> Open(IBrowserContext context, string fragment = "")
    {
        await PageProbe.PrepareAsync(context, site.BaseUrl!);
        var page = await context.NewPageAsync();
        var probe = PageProbe.Attach(page, site.BaseUrl!);
        var response = await page.GotoAsync(site.Url(Board) + fragment);
        Assert.Equal(200, response?.Status);
        await Assertions.Expect(page.Locator(".board-form")).ToBeVisibleAsync();
        return (page, probe);
    }

    static async Task AssertClean(IPage page, PageProbe probe)
    {
        await probe.CollectAsync(page);
        var problems = probe.ConsoleErrors.Concat(probe.CspViolations).Concat(probe.FailedRequests).Concat(probe.ForeignRequests).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    const string Focused = "() => { const a = document.activeElement; return a ? (a.id || a.getAttribute('name') || a.className || a.tagName) + '|' + (a.type || '') : ''; }";

    /// <summary>Tab until the element with this id (or radio group name) has focus.</summary>
    static async Task TabTo(IPage page, string target)
    {
        for (var i = 0; i < 300; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if ((await page.EvaluateAsync<string>(Focused)).Split('|')[0] == target) return;
        }
        Assert.Fail($"Tab never reached {target}");
    }

    [Fact]
    public async Task A_group_fills_the_board_by_keyboard_only_and_its_link_brings_it_back()
    {
        await using var context = await site.NewContextAsync();
        var (page, probe) = await Open(context);

        await TabTo(page, "board-choice-1");              // the radio group of the three boards (the checked one)
        await page.Keyboard.PressAsync("ArrowDown");       // board 2
        await page.Keyboard.PressAsync("ArrowDown");       // board 3: the levels
        await TabTo(page, "board-text");
        await page.Keyboard.TypeAsync("Speelplaatsen vergroenen");
        foreach (var sdg in new[] { "board-sdg-6", "board-sdg-11", "board-sdg-13" })
        {
            await TabTo(page, sdg);
            await page.Keyboard.PressAsync("Space");
        }
        await TabTo(page, "board-level");
        await page.Keyboard.PressAsync("ArrowDown");       // intern
        await page.Keyboard.PressAsync("ArrowDown");       // lokaal
        await TabTo(page, "board-submit");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("#v=1&b=3&a=Speelplaatsen%20vergroenen:6,11,13:2", await page.EvaluateAsync<string>("() => location.hash"));
        Assert.Equal("board-text", (await page.EvaluateAsync<string>(Focused)).Split('|')[0]);
        await AssertBoard(page);
        await AssertClean(page, probe);

        // The link is the board: a fresh browser (nothing stored) shows the same.
        var link = page.Url;
        await using var other = await site.NewContextAsync();
        var fresh = await other.NewPageAsync();
        await fresh.GotoAsync(link);
        await AssertBoard(fresh);
        Assert.True(await fresh.Locator(".board-notice").IsHiddenAsync());
    }

    static async Task AssertBoard(IPage page)
    {
        Assert.Equal("3", await page.Locator(".kb-board").GetAttributeAsync("data-board"));
        Assert.Equal(["Speelplaatsen vergroenen"], await page.Locator(".board-activities .board-chip").AllTextContentsAsync());
        foreach (var n in new[] { 6, 11, 13 })
        {
            Assert.Equal("1", await page.Locator($".board-counts tr[data-sdg='{n}'] .board-total").TextContentAsync());
            Assert.Equal("1", await page.Locator($".board-counts tr[data-sdg='{n}'] [data-level='2']").TextContentAsync());
            Assert.True(await page.Locator($".board-reflex li[data-sdg='{n}']").IsHiddenAsync());
            Assert.Equal("1", await page.Locator($".board-svg-3 .board-count[data-sdg='{n}'][data-level='2'] text").TextContentAsync());
        }
        Assert.Equal(14, await page.Locator(".board-reflex li:visible").CountAsync());
        Assert.True(await page.Locator(".board-svg-3").IsVisibleAsync());
        Assert.True(await page.Locator(".board-svg-1").IsHiddenAsync());
    }

    [Fact]
    public async Task A_damaged_link_shows_what_could_be_read_and_says_what_was_dropped()
    {
        await using var context = await site.NewContextAsync();
        var fragment = "#v=1&b=2&t=Water&a=Leesbaar:1,99&a=%E0%A4:3&a=" + new string('x', 130) + ":4:9&junk";
        var (page, probe) = await Open(context, fragment);

        var notice = page.Locator(".board-notice");
        await Assertions.Expect(notice).ToBeVisibleAsync();
        var items = await notice.Locator("li").AllTextContentsAsync();
        Assert.Contains(items, i => i.StartsWith("onleesbare delen weggelaten: 2", StringComparison.Ordinal));
        Assert.Contains(items, i => i.StartsWith("nummers die geen SDG zijn weggelaten: 1", StringComparison.Ordinal));
        Assert.Contains(items, i => i.StartsWith("onbekende niveaus weggelaten: 1", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Contains("ingekort tot 120 tekens: 1", StringComparison.Ordinal));
        Assert.Equal(["Leesbaar", new string('x', 120)], await page.Locator(".board-activities .board-chip").AllTextContentsAsync());
        Assert.Equal("Water", await page.Locator(".board-svg-2 .board-theme").TextContentAsync());
        await AssertClean(page, probe);
    }

    [Fact]
    public async Task Dragging_an_activity_onto_a_goal_places_it_there()
    {
        await using var context = await site.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 1400 } });
        var (page, probe) = await Open(context, "#v=1&b=3&a=Herbebossing:");

        var chip = page.Locator(".board-chip").First;
        var cell = page.Locator(".board-svg-3 path.board-cell[data-sdg='15'][data-level='3']");
        await chip.ScrollIntoViewIfNeededAsync();
        var from = (await chip.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await cell.ScrollIntoViewIfNeededAsync();
        var to = (await cell.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + to.Height / 2, new() { Steps = 8 });
        await page.Mouse.UpAsync();

        Assert.Equal("#v=1&b=3&a=Herbebossing:15:3", await page.EvaluateAsync<string>("() => location.hash"));
        Assert.Equal("1", await page.Locator(".board-counts tr[data-sdg='15'] [data-level='3']").TextContentAsync());
        await AssertClean(page, probe);
    }

    [GeneratedRegex(@"/Type\s*/Page\b")]
    internal static partial Regex PdfPage();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();

    /// <summary>Issue 15: the board prints on one A4 landscape sheet, with the activities per goal.</summary>
    [Fact]
    public async Task The_board_prints_on_one_landscape_sheet_with_the_activities_per_goal()
    {
        await using var context = await site.NewContextAsync();
        var (page, _) = await Open(context, "#v=1&b=1&a=Speelplaatsen%20vergroenen:6,11,13&a=Waterbronnen:6");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await page.Locator(".board-per-sdg li[data-sdg='6']").IsVisibleAsync());
        Assert.True(await page.Locator(".board-form").IsHiddenAsync());

        var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = false }));
        Assert.Single(PdfPage().Matches(pdf));
        var box = MediaBox().Match(pdf);
        Assert.True(double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
            $"not landscape: {box.Value}");
    }
}
