using Kennisbank.Diagnostics;
using Kennisbank.Site.Safety;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Safety;

/// <summary>Rules 2 and 3 of the safety contract: what a page loads is same-origin (KB020), and every URL uses an
/// allowed scheme (KB021), in every syntax Markdown and HTML offer.</summary>
public class UrlPolicyTests
{
    /// <summary>Builds the fixture with one extra page whose body is <paramref name="markdown"/>, from line 7 on.</summary>
    static BuildResult Build(string markdown, out TestSite site)
    {
        site = new TestSite();
        site.Write("gids/url.nl.md", TestSite.Page("", markdown));
        return site.Build();
    }

    static Diagnostic OnlyOne(string markdown, string code)
    {
        var result = Build(markdown, out var site);
        using (site)
        {
            var diagnostic = Assert.Single(result.Diagnostics, d => d.Code is DiagnosticCodes.ThirdPartyResource or DiagnosticCodes.ForbiddenUrlScheme);
            Assert.Equal((code, "input/gids/url.nl.md", 7, Severity.Error), (diagnostic.Code, diagnostic.Path, diagnostic.Line, diagnostic.Severity));
            Assert.False(result.Succeeded);
            return diagnostic;
        }
    }

    [Theory]
    [InlineData("![logo](https://example.org/logo.png)")]
    [InlineData("![logo](//example.org/logo.png)")]
    [InlineData("![logo](http://example.org/logo.png \"titel\")")]
    [InlineData("![logo][ref]\n\n[ref]: https://example.org/logo.png")]
    [InlineData("<img src=\"https://example.org/a.png\" alt=\"a\">")]
    [InlineData("<img src=\"\\\\example.org/a.png\" alt=\"a\">")]
    [InlineData("<img src=\"/\\example.org/a.png\" alt=\"a\">")]
    [InlineData("<img src=\"diagram.png\" srcset=\"diagram.png 1x, https://example.org/b.png 2x\" alt=\"a\">")]
    [InlineData("<picture><source srcset=\"https://example.org/b.webp\"><img src=\"diagram.png\" alt=\"a\"></picture>")]
    [InlineData("<link rel=\"stylesheet\" href=\"https://example.org/x.css\">")]
    [InlineData("<link rel=\"icon\" href=\"HTTPS://example.org/x.ico\">")]
    [InlineData("<link rel=\"stylesheet\" href=\"data:text/css,body{}\">")]
    [InlineData("<video src=\"film.mp4\" poster=\"https://example.org/p.png\"></video>")]
    [InlineData("<audio src=\"https://example.org/a.mp3\"></audio>")]
    [InlineData("<video src=\"film.mp4\"><track src=\"https://example.org/t.vtt\"></video>")]
    [InlineData("<input type=\"image\" src=\"https://example.org/knop.png\" alt=\"knop\">")]
    [InlineData("<table background=\"https://example.org/bg.png\"><tr><td>x</td></tr></table>")]
    [InlineData("<form action=\"https://example.org/post\"><button>x</button></form>")]
    [InlineData("<a href=\"tweede.md\" ping=\"/teller https://example.org/p\">x</a>")]
    [InlineData("<svg><image href=\"https://example.org/a.png\"/></svg>")]
    [InlineData("<svg><use xlink:href=\"https://example.org/s.svg#a\"/></svg>")]
    [InlineData("<svg><rect fill=\"url(https://example.org/p.svg#p)\"/></svg>")]
    [InlineData("<svg><rect filter=\"u\\72l('//example.org/f.svg#f')\"/></svg>")]
    public void A_resource_from_another_origin_is_an_error(string markdown)
    {
        OnlyOne(markdown, DiagnosticCodes.ThirdPartyResource);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JavaScript:alert(1)>")]
    [InlineData("[klik](javascript:go())")]
    [InlineData("[klik](JaVaScRiPt:go())")]
    [InlineData("[klik](<java\tscript:go()>)")]
    [InlineData("[klik](&#106;avascript:go())")]
    [InlineData("[klik](vbscript:msgbox)")]
    [InlineData("[klik](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[klik](file:///etc/passwd)")]
    [InlineData("[klik](onbekend:iets)")]
    [InlineData("<a href=\" javascript:go()\">x</a>")]
    [InlineData("<a href=\"&#x6A;avascript:go()\">x</a>")]
    [InlineData("<a href=\"java&#9;script:go()\">x</a>")]
    [InlineData("<a href=\"&#1;javascript:go()\">x</a>")]
    [InlineData("<blockquote cite=\"javascript:go()\">x</blockquote>")]
    [InlineData("<img src=\"javascript:go()\" alt=\"x\">")]
    [InlineData("<button formaction=\"javascript:go()\">x</button>")]
    [InlineData("<svg><a xlink:href=\"javascript:go()\"><text>x</text></a></svg>")]
    [InlineData("<svg><a><set attributeName=\"href\" to=\"javascript:go()\"/><text>x</text></a></svg>")]
    [InlineData("<math href=\"javascript:go()\"><mi>x</mi></math>")]
    public void A_url_with_a_scheme_outside_the_allowlist_is_an_error(string markdown)
    {
        OnlyOne(markdown, DiagnosticCodes.ForbiddenUrlScheme);
    }

    [Fact]
    public void A_reference_link_and_its_definition_are_each_checked_where_they_are_written()
    {
        var result = Build("[klik][ref]\n\n[ref]: javascript:go()", out var site);
        using (site)
        {
            var lines = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ForbiddenUrlScheme).Select(d => d.Line);
            Assert.Equal([7, 9], lines);
        }
    }

    [Fact]
    public void Links_may_leave_the_site_and_images_may_be_data_urls()
    {
        const string pixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
        var result = Build(
            $"[extern](https://example.org/a) [mail](mailto:info@example.org) [bel](tel:+3221234567) <https://example.org/b> <info@example.org>\n\n" +
            $"![pixel]({pixel})\n\n<img src=\"{pixel}\" srcset=\"{pixel} 1x, diagram.png 2x\" alt=\"pixel\"> <a href=\"//example.org/c\">c</a>",
            out var site);
        using (site)
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
            var page = Html.Page(result, "nl/gids/url/index.html");
            var hrefs = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains("https://example.org/a", hrefs);
            Assert.Contains("mailto:info@example.org", hrefs);
            Assert.Contains("tel:+3221234567", hrefs);
            Assert.Contains("https://example.org/b", hrefs);
            Assert.Equal(2, page.QuerySelectorAll($"main img[src='{pixel}']").Length);
        }
    }

    [Theory]
    [InlineData("javascript:x", "javascript")]
    [InlineData("  \u0001JavaScript:x", "javascript")]
    [InlineData("java\tscr\nipt:x", "javascript")]
    [InlineData("a+b-c.d:x", "a+b-c.d")]
    [InlineData("java script:x", null)]
    [InlineData("my page: notes.md", null)]
    [InlineData("1abc:x", null)]
    [InlineData("../pagina.md#kop", null)]
    [InlineData("", null)]
    public void The_scheme_is_read_as_the_url_standard_reads_it(string url, string? scheme)
    {
        Assert.Equal(scheme, UrlPolicy.Scheme(UrlPolicy.Normalize(url)));
    }

    [Theory]
    [InlineData("a.png 1x, b.png 2x", new[] { "a.png", "b.png" })]
    [InlineData("data:image/png;base64,AA,BB 1x,c.png 2x", new[] { "data:image/png;base64,AA,BB", "c.png" })]
    [InlineData("a.png,b.png", new[] { "a.png,b.png" })]
    [InlineData("a.png, b.png 100w", new[] { "a.png", "b.png" })]
    [InlineData(" ,a.png (1x, 2x), b.png", new[] { "a.png", "b.png" })]
    public void Srcset_is_split_as_the_html_standard_splits_it(string srcset, string[] urls)
    {
        Assert.Equal(urls, UrlPolicy.UrlsIn("srcset", srcset));
    }
}
