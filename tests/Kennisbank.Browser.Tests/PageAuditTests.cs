using Kennisbank.Browser.Tests.Infrastructure;

namespace Kennisbank.Browser.Tests;

/// <summary>
/// Every page in both languages (the sitemap, the language chooser "/" and the 404 page), visited once in Chromium. Each
/// check is one test whose failure lists every problem on every page.
/// </summary>
public sealed class PageAuditTests(SiteFixture site)
{
    [Fact]
    public async Task Every_page_loads_and_is_audited()
    {
        var audits = await site.AuditAsync();
        if (Environment.GetEnvironmentVariable("KB_BROWSER_PAGES") is null or "")
            Assert.True(audits.Count >= 20, $"Only {audits.Count} pages were found in sitemap.xml; the build looks incomplete.");
        Report("page(s) could not be audited", audits, a => a.Error is null ? [] : [a.Error]);
    }

    [Fact]
    public async Task No_axe_violations_of_WCAG_2_1_A_and_AA() =>
        Report("axe-core violation(s) (tags " + string.Join(", ", SiteAudit.WcagTags) + ")", await site.AuditAsync(), a => a.AxeViolations);

    /// <summary>The dark scheme (prefers-color-scheme: dark, issue 15): every page again, all of axe's WCAG rules,
    /// contrast above all: the custom properties change, so every pair of colours is checked again.</summary>
    [Fact]
    public async Task No_axe_violations_in_the_dark_colour_scheme() =>
        Report("axe-core violation(s) in the dark colour scheme (tags " + string.Join(", ", SiteAudit.WcagTags) + ")",
            await site.AuditAsync(Microsoft.Playwright.ColorScheme.Dark), a => a.AxeViolations);

    [Fact]
    public async Task No_console_errors() =>
        Report("console error(s)", await site.AuditAsync(), a => a.ConsoleErrors);

    [Fact]
    public async Task No_content_security_policy_violations() =>
        Report("Content Security Policy violation(s)", await site.AuditAsync(), a => a.CspViolations);

    [Fact]
    public async Task No_failed_requests() =>
        Report("failed request(s) or error response(s)", await site.AuditAsync(), a => a.FailedRequests);

    [Fact]
    public async Task No_requests_to_other_origins() =>
        Report("request(s) to another origin than the site's own", await site.AuditAsync(), a => a.ForeignRequests);

    [Fact]
    public async Task No_horizontal_scrolling_at_320px() =>
        Report("page(s) scroll horizontally at 320 px (WCAG 1.4.10 Reflow)", await site.AuditAsync(), a =>
            a.Error is null && a.ScrollWidthAt320 > 320
                ? [$"scrollWidth {a.ScrollWidthAt320}px > 320px; too wide: {string.Join("; ", a.TooWideAt320)}"]
                : []);

    [Fact]
    public async Task Language_switcher_leads_to_the_page_in_each_other_language()
    {
        var audits = await site.AuditAsync();
        var sitemap = site.SitemapPaths.ToHashSet();
        var languages = audits.Where(a => sitemap.Contains(a.Path)).Select(a => a.Lang).Distinct().ToHashSet();
        Assert.True(languages.Count >= 4, $"expected the site's four languages, found [{string.Join(", ", languages)}]");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = true });
        var problems = new Dictionary<PageAudit, List<string>>();
        foreach (var audit in audits.Where(a => a.Error is null && a.Path != "/" && a.Path != SiteFixture.MissingPath))   // they have no switcher
        {
            var list = problems[audit] = [];
            var offered = audit.LangSwitch.Select(l => l[0]).ToHashSet();
            if (!offered.SetEquals(languages.Where(l => l != audit.Lang).OfType<string>()))
                list.Add($"the switcher offers [{string.Join(", ", offered)}], not every other language of the site");
            foreach (var link in audit.LangSwitch)
            {
                var (hreflang, href) = (link[0], link[1]);
                var target = new Uri(site.Url(audit.Path), href);
                if (target.Authority != site.BaseUrl!.Authority) { list.Add($"the {hreflang} link leads off the site to {target}"); continue; }
                using var response = await http.GetAsync(target, TestContext.Current.CancellationToken);
                if (!response.IsSuccessStatusCode) { list.Add($"the {hreflang} link → {target.AbsolutePath} answered {(int)response.StatusCode}"); continue; }
                var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                var lang = System.Text.RegularExpressions.Regex.Match(html, "<html[^>]*\\slang=\"([^\"]*)\"").Groups[1].Value;
                if (lang != hreflang) list.Add($"the {hreflang} link → {target.AbsolutePath} has <html lang=\"{lang}\">");
            }
        }
        Report("language switcher problem(s)", audits, a => problems.GetValueOrDefault(a) ?? []);
    }

    /// <summary>One assertion for all pages: "N problem(s) on M page(s)" and then each page with its problems.</summary>
    internal static void Report(string what, IReadOnlyList<PageAudit> audits, Func<PageAudit, IEnumerable<string>> problems)
    {
        var found = audits.Select(a => (a.Path, Problems: problems(a).ToList())).Where(x => x.Problems.Count > 0).ToList();
        var skipped = audits.Where(a => a.Error is not null).Select(a => a.Path).ToList();
        if (found.Count == 0 && skipped.Count == 0) return;
        var message = new System.Text.StringBuilder();
        message.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{found.Sum(x => x.Problems.Count)} {what} on {found.Count} of {audits.Count} page(s):");
        foreach (var (path, list) in found)
        {
            message.AppendLine($"  {path}");
            foreach (var problem in list) message.AppendLine($"    - {problem}");
        }
        if (skipped.Count > 0) message.AppendLine($"Not checked, the page failed to load: {string.Join(", ", skipped)}");
        Assert.Fail(message.ToString());
    }
}
