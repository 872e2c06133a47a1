using System.Text.Json;
using Kennisbank.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kennisbank.Browser.Tests;

/// <summary>Keyboard use: the skip link, and a visible focus indicator on every interactive element.</summary>
public sealed class KeyboardTests(SiteFixture site)
{
    [Theory]
    [InlineData("/nl/lessen/durf-bijsturen/")]
    [InlineData("/en/lessons/dare-to-adjust/")]
    public async Task First_Tab_focuses_the_skip_link_and_Enter_moves_focus_to_main(string path)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(path).ToString());

        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<JsonElement>("""
            () => { const a = document.activeElement, r = a.getBoundingClientRect();
              return { html: a.outerHTML.slice(0, 120), skip: a.matches('a.skip-link'), href: a.getAttribute('href') || '',
                       onScreen: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight }; }
            """);
        Assert.True(first.GetProperty("skip").GetBoolean(), $"{path}: the first Tab focused {first.GetProperty("html")}, not a.skip-link");
        Assert.Equal("#main", first.GetProperty("href").GetString());
        Assert.True(first.GetProperty("onScreen").GetBoolean(), $"{path}: the focused skip link is not visible in the viewport");

        await page.Keyboard.PressAsync("Enter");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 80)");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement === document.querySelector('main#main')"),
            $"{path}: after Enter on the skip link, focus is on {focused}, not main#main");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            $"{path}: the Tab after the skip link does not continue inside main");
    }

    const string SnapshotScript = """
        (mode) => {
          const props = ['outlineStyle', 'outlineWidth', 'outlineColor', 'boxShadow', 'backgroundColor', 'borderTopColor',
                         'borderBottomColor', 'borderBottomWidth', 'textDecorationLine', 'textDecorationThickness'];
          const style = el => { const s = getComputedStyle(el); const o = {}; for (const p of props) o[p] = s[p]; return o; };
          const snap = el => {
            const label = el.id ? document.querySelector('label[for="' + CSS.escape(el.id) + '"]') : null;
            return { self: style(el), label: label ? style(label) : null };
          };
          const describe = el => {
            let s = el.tagName.toLowerCase();
            if (el.id) s += '#' + el.id; else if (el.className && typeof el.className === 'string') s += '.' + el.className.trim().split(/\s+/).join('.');
            if (el.getAttribute('href')) s += '[href="' + el.getAttribute('href') + '"]';
            const text = (el.textContent || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 30);
            return text ? s + ' "' + text + '"' : s;
          };
          if (mode === 'init') {
            const visible = el => { const r = el.getBoundingClientRect(); return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[hidden],[inert]') && !el.disabled; };
            window.__kbEls = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
              .filter(el => visible(el) || el.matches('.skip-link'));
            if (document.activeElement) document.activeElement.blur();
            window.__kbBefore = window.__kbEls.map(snap);
            return window.__kbEls.map(el => ({ name: describe(el), radio: el.type === 'radio' }));
          }
          const a = document.activeElement, i = window.__kbEls.indexOf(a);
          if (i < 0) return { index: -1, name: a ? describe(a) : 'none' };
          const after = snap(a), before = window.__kbBefore[i];
          const differs = (x, y) => {
            if (!x || !y) return [];
            const d = [];
            if (x.outlineStyle !== 'none' && parseFloat(x.outlineWidth) >= 1 && (x.outlineStyle !== y.outlineStyle || x.outlineWidth !== y.outlineWidth || x.outlineColor !== y.outlineColor)) d.push('outline');
            if (x.boxShadow !== 'none' && x.boxShadow !== y.boxShadow) d.push('box-shadow');
            if (x.backgroundColor !== y.backgroundColor) d.push('background');
            if (x.borderTopColor !== y.borderTopColor || x.borderBottomColor !== y.borderBottomColor || x.borderBottomWidth !== y.borderBottomWidth) d.push('border');
            if (x.textDecorationLine !== y.textDecorationLine || x.textDecorationThickness !== y.textDecorationThickness) d.push('text-decoration');
            return d;
          };
          return { index: i, name: describe(a), changes: [...differs(after.self, before.self), ...differs(after.label, before.label).map(c => 'label ' + c)] };
        }
        """;

    [Fact]
    public async Task Every_interactive_element_shows_a_visible_focus_indicator()
    {
        // The roadmap's drawing (links inside SVG) and the SDG board (its form) since issue 15.
        string[] pages = ["/nl/lessen/durf-bijsturen/", "/en/", "/nl/woordenlijst/", "/en/self-assessment/how-ready-are-we/", "/nl/zelftest/stedenband-of-alternatief/",
            "/nl/stappenplan/", "/nl/sdg-cirkeloefening/bord/", SiteFixture.MissingPath];
        var problems = new List<string>();
        await using var context = await site.NewContextAsync();
        foreach (var path in pages)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.Url(path).ToString());
            var elements = (await page.EvaluateAsync<JsonElement>(SnapshotScript, "init")).EnumerateArray()
                .Select(e => (Name: e.GetProperty("name").GetString()!, Radio: e.GetProperty("radio").GetBoolean())).ToList();
            var reached = new HashSet<int>();
            for (var i = 0; i < elements.Count + 20; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var now = await page.EvaluateAsync<JsonElement>(SnapshotScript, "check");
                var index = now.GetProperty("index").GetInt32();
                if (index < 0)
                {
                    if (reached.Count > 0 && now.GetProperty("name").GetString() is "body" or "none") break;   // back to the start
                    continue;
                }
                if (!reached.Add(index)) break;
                if (now.GetProperty("changes").GetArrayLength() == 0)
                    problems.Add($"{path}: {elements[index].Name} looks the same focused and unfocused (outline, box-shadow, background, border, text-decoration)");
            }
            // Radios are one Tab stop per group (arrow keys move inside it); the others must all be reachable with Tab.
            problems.AddRange(elements.Select((e, i) => (e, i)).Where(x => !x.e.Radio && !reached.Contains(x.i))
                .Select(x => $"{path}: {x.e.Name} is never focused with Tab"));
            await page.CloseAsync();
        }
        Assert.True(problems.Count == 0, $"{problems.Count} focus problem(s):\n  " + string.Join("\n  ", problems));
    }
}
