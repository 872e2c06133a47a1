using Kennisbank.Diagnostics;
using Kennisbank.Site.Loading;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Loading;

public class LoaderTests
{
    [Fact]
    public void Reads_pages_data_and_assets_in_ordinal_order()
    {
        using var site = new TestSite();
        var (source, diagnostics) = Loader.Load(site.Input, "input");

        Assert.Empty(diagnostics);
        Assert.Equal(source.Documents.Select(d => d.RelativePath).Order(StringComparer.Ordinal), source.Documents.Select(d => d.RelativePath));
        Assert.Contains(source.Documents, d => d is { Id: "gids/eerste", Lang: "nl", Section: "gids", DisplayPath: "input/gids/eerste.nl.md" });
        Assert.Contains(source.Documents, d => d is { Id: "index", Lang: "en", Section: "" });
        Assert.Equal(["glossary", "periods", "sdgs"], source.Data.Select(d => d.Name));
        Assert.Equal("gids/diagram.png", Assert.Single(source.Assets).RelativePath);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_at_the_bad_byte()
    {
        using var site = new TestSite();
        site.WriteBytes("gids/latin1.nl.md", [.. "---\ntitle: Caf"u8, 0xE9, .. "\n---\n"u8]);

        var diagnostic = TestSite.Single(site.Build(), DiagnosticCodes.NotUtf8);

        Assert.Equal(("input/gids/latin1.nl.md", 2, 11), (diagnostic.Path, diagnostic.Line, diagnostic.Column));
        Assert.Contains("not UTF-8", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gids/Hoofdletter.nl.md")]
    [InlineData("gids/diep/pagina.nl.md")]
    [InlineData("gids/zonder-taal.md")]
    public void A_page_file_with_the_wrong_name_or_place_is_an_error(string path)
    {
        using var site = new TestSite();
        site.Write(path, TestSite.Page(""));

        var diagnostic = TestSite.Single(site.Build(), DiagnosticCodes.MisplacedFile);

        Assert.Equal("input/" + path, diagnostic.Path);
    }
}
