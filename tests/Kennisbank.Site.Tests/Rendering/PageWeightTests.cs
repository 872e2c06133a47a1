using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Rendering;

/// <summary>Page weight budgets over the real built site: pages stay light (Starlight budgets ~50 KB; we allow 25 KB).</summary>
public class PageWeightTests
{
    const int PageBudget = 25 * 1024;

    /// <summary>The site search's script (issue 11): the one script a content page loads.</summary>
    const int SearchScriptBudget = 4 * 1024;
    static readonly string SearchScript = Kennisbank.Site.Features.Search.SearchFeature.ScriptPath;

    // A budget over no pages passes whatever the pages weigh: every test first makes sure its pages are there.
    static List<(string Path, AngleSharp.Dom.IDocument Page, byte[] Bytes)> HtmlPages()
    {
        var pages = RealSite.Result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (f.Path, Html.Parse(System.Text.Encoding.UTF8.GetString(f.Content!)), f.Content!)).ToList();
        Assert.Contains(pages, p => p.Path == "nl/index.html");
        Assert.Contains(pages, p => p.Path == "404.html");
        return pages;
    }

    static bool IsAssessment(AngleSharp.Dom.IDocument page) => page.QuerySelector("form.kb-assessment") is not null;

    static bool IsGroupSession(AngleSharp.Dom.IDocument page) => page.QuerySelector(".kb-group") is not null;

    static bool IsPrintDocument(AngleSharp.Dom.IDocument page) => page.QuerySelector(".print-part") is not null;

    static bool IsSdgBoard(AngleSharp.Dom.IDocument page) => page.QuerySelector(".kb-board") is not null;

    static IEnumerable<string> Resources(AngleSharp.Dom.IDocument page, string selector, string attribute) =>
        page.QuerySelectorAll(selector).Select(e => e.GetAttribute(attribute)!.TrimStart('/'));

    [Fact]
    public void Every_page_with_its_css_and_js_stays_under_25_kb_gzipped()
    {
        var over = new List<string>();
        var pages = HtmlPages();
        Assert.Contains(pages, p => IsPrintDocument(p.Page));
        Assert.Contains(pages, p => IsSdgBoard(p.Page));
        foreach (var (path, page, bytes) in pages)
        {
            var css = Resources(page, "link[rel=stylesheet]", "href").Sum(r => Gzip.Size(RealSite.File(r)));
            var js = Resources(page, "script[src]", "src").Sum(r => Gzip.Size(RealSite.File(r)));
            var total = Gzip.Size(bytes) + css + js;
            // Issue 11: every page, tools and printed sections too, with its CSS and JS ≤ 25 KB gzipped before a search.
            if (total > PageBudget) over.Add($"{path}: {total} bytes gzipped (html {Gzip.Size(bytes)}, css {css}, js {js})");
        }
        Assert.True(over.Count == 0, "Over the 25 KB budget:\n" + string.Join("\n", over));
    }

    /// <summary>Content pages load no script but one: the site search's, deferred, at most 4 KB gzipped, and fetching
    /// nothing until its field is focused or typed in (that part is watched in a browser: Kennisbank.Browser.Tests,
    /// SearchTests). The index only counts once a search starts, so it is not part of any page's weight.</summary>
    [Fact]
    public void Content_pages_load_only_the_deferred_search_script_of_at_most_4_kb_and_nothing_blocks_rendering()
    {
        var pages = HtmlPages();
        Assert.Contains(pages, p => !IsAssessment(p.Page) && !IsGroupSession(p.Page) && p.Path.EndsWith("/index.html", StringComparison.Ordinal));
        foreach (var (path, page, _) in pages)
        {
            var scripts = page.QuerySelectorAll("script");
            Assert.All(scripts, s => Assert.True(s.HasAttribute("defer") || s.HasAttribute("async"), $"{path}: render-blocking {s.OuterHtml}"));
            // The assessments have their own budgets, below; the SDG board's is in Features/Sdgs/Board/BoardScriptTests.
            if (IsAssessment(page) || IsGroupSession(page) || IsSdgBoard(page)) continue;
            // The 404 page and the language chooser have no search field (they are in every language at once).
            string[] expected = path is "404.html" or "index.html" ? [] : [SearchScript];
            Assert.Equal(expected, scripts.Select(s => s.GetAttribute("src")));
            // A feature's own styles (assessments.css, sdg-board.css) stay on its pages (an assessment's method page
            // is one of them).
            string[] css = page.QuerySelector(".kb-method-rules") is null ? ["/assets/css/site.css"] : ["/assets/css/site.css", "/assets/css/assessments.css"];
            Assert.Equal(css, page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
            var js = Resources(page, "script[src]", "src").Sum(r => Gzip.Size(RealSite.File(r)));
            Assert.True(js <= SearchScriptBudget, $"{path}: {js} bytes of script");
        }
    }

    [Fact]
    public void An_assessment_page_loads_under_8_kb_of_gzipped_script()
    {
        // One page per assessment and language of the site (in a language an assessment is not written in, the
        // page shows it in its fallback language); none would make the budget below vacuous.
        var assessments = HtmlPages().Where(p => IsAssessment(p.Page)).ToList();
        Assert.Equal(Kennisbank.Assessments.Definitions.AssessmentCatalog.All.Count * RealSite.Linked.Config.Languages.Length, assessments.Count);
        foreach (var (path, page, _) in assessments)
        {
            // The search script is every page's and has its own budget above.
            var js = Resources(page, "script[src]", "src").Where(r => "/" + r != SearchScript).Sum(r => Gzip.Size(RealSite.File(r)));
            Assert.InRange(js, 1, 8 * 1024);
        }
    }

    /// <summary>The facilitator's page of a group session loads the compiled assessment like a member's page, and may
    /// add at most 6 KB gzipped for the group session (issue 12).</summary>
    [Fact]
    public void A_group_session_page_adds_under_6_kb_of_gzipped_script()
    {
        var groups = HtmlPages().Where(p => p.Page.QuerySelector(".kb-group") is not null).ToList();
        Assert.Equal(Kennisbank.Assessments.Definitions.AssessmentCatalog.All.Count * RealSite.Linked.Config.Languages.Length, groups.Count);
        foreach (var (path, page, _) in groups)
        {
            // The search script is every page's and has its own budget above.
            var scripts = Resources(page, "script[src]", "src").Where(r => "/" + r != SearchScript).ToList();
            var added = scripts.Where(r => !r.StartsWith("assets/assessments/", StringComparison.Ordinal) || r.EndsWith("/group.js", StringComparison.Ordinal))
                .Sum(r => Gzip.Size(RealSite.File(r)));
            Assert.True(scripts.Count == 3 && added <= 6 * 1024, $"{path}: {added} bytes of group session script ({string.Join(", ", scripts)})");
        }
    }
}
