using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Parsing;

public class HtmlSafetyTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<style>p { color: red }</style>", "<style>")]
    [InlineData("<div onclick=\"go()\">x</div>", "'onclick'")]
    [InlineData("Tekst <span ONMOUSEOVER=go()>x</span>", "'onmouseover'")]
    [InlineData("<p style=\"color:red\">x</p>", "style attribute")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=https://example.org\">", "<meta>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", "<iframe>")]
    public void Html_the_csp_would_block_is_an_error_at_its_line(string markdown, string expected)
    {
        using var site = new TestSite();
        site.Write("gids/html.nl.md", TestSite.Page("", "Eerste alinea.\n\n" + markdown));

        var diagnostic = Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.ForbiddenHtml);

        Assert.Equal(("input/gids/html.nl.md", 9), (diagnostic.Path, diagnostic.Line));
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Harmless_raw_html_is_allowed()
    {
        using var site = new TestSite();
        site.Write("gids/html.nl.md", TestSite.Page("", "<details><summary>Meer</summary>\n\nTekst met <abbr title=\"Vereniging\">VVSG</abbr>.\n\n</details>"));

        Assert.DoesNotContain(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.ForbiddenHtml);
    }

    [Fact]
    public void An_unknown_callout_and_an_image_without_alt_are_errors()
    {
        using var site = new TestSite();
        site.Write("gids/blok.nl.md", TestSite.Page("", "::: waarschuwing\nx\n:::\n\n![](diagram.png)"));

        var result = site.Build();

        Assert.Equal(7, TestSite.Single(result, DiagnosticCodes.UnknownCallout).Line);
        Assert.Equal(11, TestSite.Single(result, DiagnosticCodes.MissingAltText).Line);
    }
}
