using System.Collections.Concurrent;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Kennisbank.Browser.Tests.Infrastructure;

/// <summary>What one visit of one page found.</summary>
public sealed record PageAudit(string Path)
{
    public string? Lang { get; set; }
    /// <summary>The language switcher's links: (lang, href) per other language.</summary>
    public IReadOnlyList<string[]> LangSwitch { get; set; } = [];
    public string? Error { get; set; }
    public List<string> AxeViolations { get; } = [];
    public List<string> ConsoleErrors { get; } = [];
    public List<string> CspViolations { get; } = [];
    public List<string> FailedRequests { get; } = [];
    public List<string> ForeignRequests { get; } = [];
    public int ScrollWidthAt320 { get; set; }
    public List<string> TooWideAt320 { get; } = [];
}

/// <summary>
/// Visits every page once (two at a time) and records everything the per-page checks need, so the checks are separate
/// tests with one aggregated message each while the site is crawled only once.
/// </summary>
public static class SiteAudit
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
    const int NarrowWidth = 320;

    /// <summary>
    /// The axe-core that Deque.AxeCore.Playwright bundles, added once to the audit context as an init script (Chromium then
    /// injects it into every page itself) instead of being sent with every RunAxe call; KB_AXE=deque uses RunAxe instead.
    /// </summary>
    static bool FastAxe => Environment.GetEnvironmentVariable("KB_AXE") != "deque";

    static readonly Lazy<string> AxeSource = new(() =>
    {
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not embedded in Deque.AxeCore.Commons");
        return new StreamReader(stream).ReadToEnd();
    });

    const string RunAxeScript = """
        async (tags) => {
          const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return result.violations.flatMap(v => v.nodes.map(n => ({
            id: v.id, impact: v.impact || '', help: v.help, target: n.target.map(t => [].concat(t).join(' ')).join(' >>> '), html: n.html || ''
          })));
        }
        """;

    /// <summary>Only violations are returned, which makes axe much faster than collecting passes and inapplicable rules too.</summary>
    public static AxeRunOptions AxeOptions => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        ResultTypes = [ResultType.Violations],
    };

    const string MeasureScript = """
        (limit) => {
          const root = document.documentElement;
          const width = root.scrollWidth;
          const describe = el => {
            let s = el.tagName.toLowerCase();
            if (el.id) s += '#' + el.id;
            if (el.classList.length) s += '.' + [...el.classList].join('.');
            const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
            return s + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + 'px' + (text ? ', "' + text + '"' : '') + ')';
          };
          let offenders = [];
          if (width > limit) {
            const wide = [...document.body.querySelectorAll('*')].filter(el => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && r.right > limit + 0.5;
            });
            offenders = wide.filter(el => !wide.some(o => o !== el && el.contains(o))).slice(0, 5).map(describe);
          }
          return { width, offenders };
        }
        """;

    public static async Task<IReadOnlyList<PageAudit>> RunAsync(SiteFixture site, ColorScheme scheme = ColorScheme.Light)
    {
        var paths = site.PagePaths.ToList();
        // KB_BROWSER_PAGES: a regular expression to audit only some pages (when working on one page).
        if (Environment.GetEnvironmentVariable("KB_BROWSER_PAGES") is { Length: > 0 } only)
            paths = paths.Where(p => System.Text.RegularExpressions.Regex.IsMatch(p, only)).ToList();
        var queue = new ConcurrentQueue<string>(paths);
        var timing = new ConcurrentQueue<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var results = new ConcurrentBag<PageAudit>();
        var workers = Enumerable.Range(0, 2).Select(async _ =>
        {
            // "fr" so that "/" shows the language chooser instead of redirecting to /nl/ or /en/ (as for a French visitor).
            await using var context = await site.NewContextAsync(new() { Locale = "fr-BE", ColorScheme = scheme });
            await PageProbe.PrepareAsync(context, site.BaseUrl!);
            if (FastAxe) await context.AddInitScriptAsync(AxeSource.Value);
            while (queue.TryDequeue(out var path)) results.Add(await AuditPage(site, context, path, timing));
        });
        await Task.WhenAll(workers);
        File.WriteAllLines(Path.Combine(Tooling.ArtifactsDir, scheme == ColorScheme.Light ? "audit-timing.txt" : $"audit-timing-{scheme.ToString().ToLowerInvariant()}.txt"),
            [$"{results.Count} pages in {clock.Elapsed.TotalSeconds:F1} s (load, axe, 320px check in ms)", .. timing]);
        var order = site.PagePaths.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        return results.OrderBy(r => order[r.Path]).ToList();
    }

    static async Task<PageAudit> AuditPage(SiteFixture site, IBrowserContext context, string path, ConcurrentQueue<string> timing)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long loaded = 0, axed = 0;
        var audit = new PageAudit(path);
        var url = site.Url(path);
        var page = await context.NewPageAsync();
        try
        {
            await page.SetViewportSizeAsync(1280, 800);
            var probe = PageProbe.Attach(page, site.BaseUrl!, path == SiteFixture.MissingPath ? url.ToString() : null);
            var response = await page.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.Load });
            var expected = path == SiteFixture.MissingPath ? 404 : 200;
            if (response is null || response.Status != expected)
                audit.FailedRequests.Add($"the page itself answered {response?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}, expected {expected}");
            await probe.CollectAsync(page);
            loaded = clock.ElapsedMilliseconds;
            audit.Lang = await page.EvaluateAsync<string>("() => document.documentElement.getAttribute('lang')");
            audit.LangSwitch = await page.EvaluateAsync<string[][]>("() => Array.from(document.querySelectorAll('.lang-switch a')).map(a => [a.getAttribute('lang') || '', a.getAttribute('href') || ''])");

            // Collected before axe runs, so that nothing axe does to the page is blamed on the site.
            audit.ConsoleErrors.AddRange(probe.ConsoleErrors);
            audit.CspViolations.AddRange(probe.CspViolations.Distinct());
            audit.FailedRequests.AddRange(probe.FailedRequests.Distinct());
            audit.ForeignRequests.AddRange(probe.ForeignRequests.Distinct());

            if (FastAxe)
            {
                var found = await page.EvaluateAsync<JsonElement>(RunAxeScript, WcagTags);
                foreach (var v in found.EnumerateArray())
                    audit.AxeViolations.Add($"{v.GetProperty("id")} ({v.GetProperty("impact")}) at `{v.GetProperty("target")}`: {v.GetProperty("help")}; {Shorten(v.GetProperty("html").GetString())}");
            }
            else
            {
                var axe = await page.RunAxe(AxeOptions);
                foreach (var violation in axe.Violations)
                    foreach (var node in violation.Nodes)
                        audit.AxeViolations.Add($"{violation.Id} ({violation.Impact}) at `{node.Target}`: {violation.Help}; {Shorten(node.Html)}");
            }

            axed = clock.ElapsedMilliseconds;
            await page.SetViewportSizeAsync(NarrowWidth, 800);
            var measured = await page.EvaluateAsync<JsonElement>(MeasureScript, NarrowWidth);
            audit.ScrollWidthAt320 = measured.GetProperty("width").GetInt32();
            audit.TooWideAt320.AddRange(measured.GetProperty("offenders").EnumerateArray().Select(o => o.GetString() ?? ""));
        }
        catch (Exception e)
        {
            audit.Error = $"{e.GetType().Name}: {e.Message.Split('\n')[0]}";
        }
        finally
        {
            await page.CloseAsync();
            timing.Enqueue($"{path}: {loaded} {axed - loaded} {clock.ElapsedMilliseconds - axed}");
        }
        return audit;
    }

    static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 120 ? html : html[..117] + "...";
}
