using Kennisbank.Browser.Tests.Infrastructure;

namespace Kennisbank.Browser.Tests;

/// <summary>From a page shown in a language it is not translated into, a keyboard user reaches the page in every other
/// language through the switcher, and the notice's links lead to the real versions.</summary>
public sealed class LanguageSwitcherTests(SiteFixture site)
{
    public static TheoryData<string> FallbackPages()
    {
        // One fallback page per language that has any, so each language's switcher is tried.
        var data = new TheoryData<string>();
        foreach (var path in SiteMap.FallbackPaths().GroupBy(p => p.Split('/')[1]).Select(g => g.Order(StringComparer.Ordinal).First()))
            data.Add(path);
        return data;
    }

    [Theory]
    [MemberData(nameof(FallbackPages))]
    public async Task The_switcher_works_by_keyboard_from_a_fallback_page(string path)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(path).ToString());
        Assert.Equal(1, await page.Locator(".notice-fallback").CountAsync());
        var targets = await page.EvaluateAsync<string[][]>("() => Array.from(document.querySelectorAll('.lang-switch a')).map(a => [a.getAttribute('lang'), a.getAttribute('href')])");
        Assert.Equal(await page.Locator(".lang-switch li").CountAsync() - 1, targets.Length);   // every language but the current one

        foreach (var (lang, href) in targets.Select(t => (t[0], t[1])))
        {
            await page.GotoAsync(site.Url(path).ToString());
            // Tab until the switcher's link for this language has focus, then Enter: no mouse.
            for (var i = 0; i < 40 && !await page.EvaluateAsync<bool>("l => document.activeElement?.matches('.lang-switch a[lang=\"' + l + '\"]') ?? false", lang); i++)
                await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.EvaluateAsync<bool>("l => document.activeElement?.matches('.lang-switch a[lang=\"' + l + '\"]') ?? false", lang),
                $"{path}: Tab never reached the {lang} link of the switcher");
            await Task.WhenAll(page.WaitForURLAsync(site.Url(href!).ToString()), page.Keyboard.PressAsync("Enter"));
            Assert.Equal(lang, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        }
    }
}
