using Kennisbank.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kennisbank.Browser.Tests;

/// <summary>Screenshots of what issue 15 added, in the light and the dark scheme, for people to look at
/// (artifacts/screenshots/, git-ignored): the roadmap, a step page, the SDG board, a glossary term with its definition
/// open, and the narrow (320 px) roadmap.</summary>
public sealed class SchemeScreenshots(SiteFixture site)
{
    public static TheoryData<string, string> Shots() => new()
    {
        { "roadmap", "/nl/stappenplan/" },
        { "step", "/nl/stappenplan/stap-4/" },
        { "board", "/nl/sdg-cirkeloefening/bord/#v=1&b=3&t=Water&a=Speelplaatsen%20vergroenen:6,11,13:2&a=Waterbronnen%20beschermen:6:3&a=Herbebossing:13,15:2" },
        { "term", "/nl/lessen/durf-bijsturen/" },
        { "print", "/nl/stappenplan/afdrukken/" },
    };

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task Screenshot_in_both_colour_schemes(string name, string path)
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var context = await site.NewContextAsync(new() { ColorScheme = scheme, ViewportSize = new() { Width = 1280, Height = 900 } });
            var page = await context.NewPageAsync();
            Assert.Equal(200, (await page.GotoAsync(site.Url(path).ToString()))?.Status);
            var file = Path.Combine(Tooling.ArtifactsDir, "screenshots", $"issue15_{name}_{scheme.ToString().ToLowerInvariant()}");
            if (name == "term")
            {
                // The first term's link focused by keyboard, and its definition opened with its button.
                var info = page.Locator("main .term-info").First;
                await info.ScrollIntoViewIfNeededAsync();
                await info.ClickAsync();
                await Assertions.Expect(page.Locator("main .term-popover").First).ToBeVisibleAsync();
                await page.ScreenshotAsync(new() { Path = file + ".png" });
                await page.Keyboard.PressAsync("Escape");
                await page.Locator("main a.term").First.FocusAsync();
                await page.ScreenshotAsync(new() { Path = file + "_focus.png" });
                continue;
            }
            if (name == "roadmap")
            {
                await page.Locator(".roadmap-diagram--wide a.rm-step").Nth(3).FocusAsync();
                await page.Locator(".roadmap-figure").ScreenshotAsync(new() { Path = file + "_figure.png" });
                await page.SetViewportSizeAsync(320, 900);
                await page.Locator(".roadmap-figure").ScreenshotAsync(new() { Path = file + "_320.png" });
                continue;
            }
            if (name == "board")
            {
                await page.Locator(".board-figure").ScreenshotAsync(new() { Path = file + "_figure.png" });
                await page.Locator(".board-list").ScreenshotAsync(new() { Path = file + "_list.png" });
            }
            if (name == "print") await page.EmulateMediaAsync(new() { Media = Media.Print, ColorScheme = scheme });
            await page.ScreenshotAsync(new() { Path = file + ".png", FullPage = name != "step" });
        }
    }
}
