using AngleSharp.Dom;
using Kennisbank.Site.Features.Search;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Features.Search;

/// <summary>The search field in every page's header, and the search page it leads to without JavaScript.</summary>
public class SearchPageTests
{
    static IEnumerable<(string Path, IDocument Page)> ContentPages() =>
        RealSite.Result.Files.Where(f => f.Path.EndsWith("index.html", StringComparison.Ordinal) && f.Path != "index.html")
            .Select(f => (f.Path, Html.Parse(System.Text.Encoding.UTF8.GetString(f.Content!))));

    [Fact]
    public void Every_page_has_the_search_field_as_a_combobox_in_a_plain_get_form_to_its_languages_search_page()
    {
        var pages = ContentPages().ToList();
        Assert.True(pages.Count > 200);
        foreach (var (path, page) in pages)
        {
            var lang = page.DocumentElement.GetAttribute("lang")!;
            var form = page.QuerySelector("header form.search[role=search]");
            Assert.True(form is not null, $"{path}: no search form in the header");
            Assert.Equal("get", form.GetAttribute("method"));
            Assert.Equal(RealSite.Linked.Find(SearchFeature.PageId, lang)!.Url, form.GetAttribute("action"));
            Assert.Equal(SearchFeature.IndexPath(lang), form.GetAttribute("data-index"));
            var input = form.QuerySelector("input[name=q]")!;
            Assert.Equal("combobox", input.GetAttribute("role"));
            Assert.Equal("false", input.GetAttribute("aria-expanded"));
            Assert.Equal("list", input.GetAttribute("aria-autocomplete"));
            var list = page.GetElementById(input.GetAttribute("aria-controls")!);
            Assert.True(list is { } && list.GetAttribute("role") == "listbox" && list.HasAttribute("hidden") && list.HasAttribute("aria-label"), $"{path}: listbox");
            Assert.Equal(input.Id, form.QuerySelector("label")!.GetAttribute("for"));
            Assert.NotNull(form.QuerySelector("[role=status]"));
            Assert.NotNull(form.QuerySelector("button[type=submit]"));
        }
    }

    [Fact]
    public void A_language_whose_pages_are_not_all_translated_also_searches_its_fallback()
    {
        var config = RealSite.Linked.Config;
        foreach (var (path, page) in ContentPages().Where(p => p.Path.EndsWith("/index.html", StringComparison.Ordinal)))
        {
            var language = config.Language(page.DocumentElement.GetAttribute("lang")!);
            var form = page.QuerySelector("form.search")!;
            if (language.Required) { Assert.False(form.HasAttribute("data-also-index"), path); continue; }
            Assert.Equal(SearchFeature.IndexPath(language.Fallback!), form.GetAttribute("data-also-index"));
            Assert.Contains("{0}", form.GetAttribute("data-text-also"), StringComparison.Ordinal);
        }
    }

    public static TheoryData<string> Languages => [.. RealSite.Linked.Config.Codes];

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_search_page_says_search_needs_javascript_and_lists_every_page_from_a_to_z_and_the_glossary(string lang)
    {
        var url = RealSite.Linked.Find(SearchFeature.PageId, lang)!.Url;
        var page = Html.Page(RealSite.Result, url.TrimStart('/') + "index.html");
        Assert.NotNull(page.QuerySelector("[data-search-page] noscript"));
        var listed = page.QuerySelectorAll("main .az-list a").Select(a => a.GetAttribute("href")).ToHashSet();
        var expected = RealSite.Linked.Pages.Where(p => p.Lang == lang && !p.IsNested && p.Url != url).Select(p => p.Url).ToList();
        Assert.Equal(expected.Order(), listed.Order());
        var glossary = RealSite.Linked.IndexesWithLayout(Kennisbank.Site.Features.Glossary.GlossaryFeature.Layout).Single(p => p.Lang == lang);
        Assert.Equal(glossary.Url, page.QuerySelector("main .search-glossary a")!.GetAttribute("href"));
        // Every letter's link leads to its heading.
        Assert.All(page.QuerySelectorAll(".az-letters a"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")!.TrimStart('#'))));
        // Under the home page only, not twice.
        Assert.Single(page.QuerySelectorAll(".breadcrumbs li a"));
    }

    [Fact]
    public void Titles_in_another_language_on_the_a_to_z_list_say_so()
    {
        var lang = RealSite.Linked.Config.Languages.First(l => !l.Required).Code;
        var url = RealSite.Linked.Find(SearchFeature.PageId, lang)!.Url;
        var page = Html.Page(RealSite.Result, url.TrimStart('/') + "index.html");
        var fallbacks = RealSite.Linked.Pages.Where(p => p.Lang == lang && p.IsFallback && !p.IsNested).ToList();
        Assert.NotEmpty(fallbacks);
        foreach (var fallback in fallbacks)
            Assert.Equal(fallback.ContentLang, page.QuerySelector($".az-list a[href='{fallback.Url}']")!.GetAttribute("lang"));
    }
}
