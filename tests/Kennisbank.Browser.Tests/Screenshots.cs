using Kennisbank.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kennisbank.Browser.Tests;

/// <summary>Full-page screenshots at 1280 and 375 px into tests/Kennisbank.Browser.Tests/artifacts/ (git-ignored), for review.</summary>
public static class Screenshots
{
    public static readonly int[] Widths = [1280, 375];

    public static async Task Take(IPage page, string path, string suffix = "")
    {
        var name = path.Trim('/').Replace('/', '_') is { Length: > 0 } n ? n : "root";
        if (suffix.Length > 0) name += "_" + suffix;
        var original = page.ViewportSize;
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Tooling.ArtifactsDir, "screenshots", $"{name}_{width}.png"), FullPage = true });
        }
        if (original is not null) await page.SetViewportSizeAsync(original.Width, original.Height);
    }
}

public sealed class ScreenshotTests(SiteFixture site)
{
    [Theory]
    [InlineData("/nl/")]
    [InlineData("/en/")]
    [InlineData("/nl/lessen/durf-bijsturen/")]
    public async Task Screenshot_at_1280_and_375px(string path)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(site.Url(path).ToString());
        Assert.Equal(200, response?.Status);
        await Screenshots.Take(page, path);
    }
}
