using Kennisbank.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kennisbank.Browser.Tests;

/// <summary>A section printed as one document (issue 15, part 1), through Chromium's own print to PDF.</summary>
public sealed class PrintTests(SiteFixture site)
{
    /// <summary>"Print the whole roadmap": the overview, then each step on a sheet of its own.</summary>
    [Theory]
    [InlineData("/nl/stappenplan/afdrukken/", 7)]
    [InlineData("/en/lessons/print/", 9)]
    public async Task A_printed_section_starts_each_page_on_a_new_sheet(string path, int parts)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        Assert.Equal(200, (await page.GotoAsync(site.Url(path).ToString()))?.Status);
        Assert.Equal(parts, await page.Locator("section.print-part").CountAsync());

        var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new() { Format = "A4" }));
        Assert.InRange(SdgBoardTests.PdfPage().Matches(pdf).Count, parts + 1, 80);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.All(await page.Locator("section.print-part").EvaluateAllAsync<string[]>("parts => parts.map(p => getComputedStyle(p).breakBefore)"),
            value => Assert.Equal("page", value));
        Assert.True(await page.Locator(".site-nav").IsHiddenAsync());
    }
}
