using Kennisbank.Site.Tests.Features.Search.Support;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Features.Search;

/// <summary>The search script is written readable, with comments, in two parts in src/Kennisbank.Site/Features/Search:
/// search-engine.js (no DOM) and search-field.js (the page), and published as one file minified, theme/assets/js/search.js
/// (3.9 KB gzipped; readable it would be 5.9 KB, over the 4 KB budget). The build only copies the minified file; this
/// test keeps them in step, and the differential tests prove the minified one, which is what browsers run. After
/// editing either part, run with KB_ACCEPT=1 and review the diff.</summary>
public class SearchScriptTests
{
    static readonly string[] Sources =
        [.. new[] { "search-engine.js", "search-field.js" }.Select(f => Path.Combine(Repository.Root, "src", "Kennisbank.Site", "Features", "Search", f))];
    static readonly string Published = Path.Combine(Repository.Theme, "assets", "js", "search.js");

    [Fact]
    public void The_published_script_is_its_source_minified() => PublishedScript.AssertInStep(Published, Sources);

    [Fact]
    public void Both_are_ES5_without_eval_html_injection_or_inline_style()
    {
        foreach (var source in Sources) Es5Check.AssertNone(File.ReadAllText(source));
        Es5Check.AssertNone(File.ReadAllText(Published));
    }
}
