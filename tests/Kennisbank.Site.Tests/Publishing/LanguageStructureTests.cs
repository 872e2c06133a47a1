using System.Xml.Linq;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Publishing;

/// <summary>The real site in every language: a translated page is an alternate of each real version (hreflang and
/// sitemap), says it is a translation where its language is marked so, and shows no fallback notice; a page shown in a
/// language it is not translated into carries the notice, marks its content's language, is no alternate, is left out
/// of the sitemap, and points its canonical link at the page it shows.</summary>
public class LanguageStructureTests
{
    static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9", Xhtml = "http://www.w3.org/1999/xhtml";

    static IEnumerable<LinkedPage> Markdown => RealSite.Linked.Pages.Where(p => p.Source is not null);

    static AngleSharp.Dom.IDocument Page(LinkedPage page) => Html.Parse(System.Text.Encoding.UTF8.GetString(RealSite.File(page.OutputPath)));

    [Fact]
    public void Every_language_has_every_page()
    {
        var ids = Markdown.Select(p => p.Id).ToHashSet();
        foreach (var lang in RealSite.Linked.Config.Codes)
            Assert.Equal(ids.Order(StringComparer.Ordinal), Markdown.Where(p => p.Lang == lang).Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_translated_page_names_exactly_its_real_versions_in_hreflang()
    {
        var real = Markdown.Where(p => !p.IsFallback).ToList();
        Assert.Contains(real, p => p.Lang == "fr");
        Assert.Contains(real, p => p.Lang == "es");
        foreach (var page in real)
        {
            var versions = real.Where(p => p.Id == page.Id).Select(p => p.Lang).ToList();
            var hreflang = Page(page).QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")!).ToList();
            var expected = versions.Count < 2 ? [] : RealSite.Linked.Config.Codes.Where(versions.Contains).Append("x-default").ToList();
            Assert.True(expected.SequenceEqual(hreflang), $"{page.OutputPath}: hreflang [{string.Join(", ", hreflang)}], expected [{string.Join(", ", expected)}]");
        }
    }

    [Fact]
    public void The_notices_say_what_a_page_is()
    {
        foreach (var page in Markdown)
        {
            var html = Page(page);
            var fallback = html.QuerySelector(".notice-fallback");
            var translation = html.QuerySelector(".notice-translation");
            var marked = RealSite.Linked.Config.Language(page.Lang).TranslatedFrom is not null;
            Assert.True(page.IsFallback == (fallback is not null), $"{page.OutputPath}: fallback notice {(fallback is null ? "missing" : "on a real page")}");
            Assert.True((!page.IsFallback && marked) == (translation is not null), $"{page.OutputPath}: translation notice wrong");
            if (page.IsFallback)
            {
                Assert.Equal(page.ContentLang, html.QuerySelector("main .content")!.GetAttribute("lang"));
                Assert.Equal(page.Lang, html.DocumentElement.GetAttribute("lang"));
            }
        }
    }

    [Fact]
    public void A_fallback_page_is_no_alternate_and_its_canonical_is_the_page_it_shows()
    {
        var fallbacks = Markdown.Where(p => p.IsFallback).ToList();
        Assert.NotEmpty(fallbacks);
        var sitemap = XDocument.Parse(System.Text.Encoding.UTF8.GetString(RealSite.File("sitemap.xml")));
        var listed = sitemap.Root!.Elements(Sm + "url").Select(u => u.Element(Sm + "loc")!.Value)
            .Concat(sitemap.Root.Descendants(Xhtml + "link").Select(l => l.Attribute("href")!.Value))
            .ToHashSet();
        foreach (var page in fallbacks)
        {
            var html = Page(page);
            var shown = RealSite.Linked.Find(page.Id, page.ContentLang)!;
            Assert.Equal(TestSite.BaseUrl + shown.Url, html.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Empty(html.QuerySelectorAll("link[rel=alternate][hreflang]"));
            Assert.DoesNotContain(TestSite.BaseUrl + page.Url, listed);
        }
    }
}
