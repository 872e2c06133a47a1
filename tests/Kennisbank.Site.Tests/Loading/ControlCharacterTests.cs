using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Loading;

/// <summary>Found by the mutation property: a control character in a post broke the Atom feed (XML 1.0 forbids it)
/// with an internal error. It is now a diagnostic at its position.</summary>
public class ControlCharacterTests
{
    [Theory]
    [InlineData("nieuws/2023-10-03-nieuw.nl.md")]
    [InlineData("_data/glossary.yml")]
    public void A_control_character_is_an_error_at_its_position(string file)
    {
        using var site = new TestSite();
        var path = Path.Combine(site.Input, file);
        var lines = File.ReadAllLines(path);
        lines[1] = lines[1][..3] + "\u0007" + lines[1][3..];
        File.WriteAllLines(path, lines);

        var result = site.Build();

        var diagnostic = TestSite.Single(result, DiagnosticCodes.ControlCharacter);
        Assert.Equal(("input/" + file, 2, 4), (diagnostic.Path, diagnostic.Line, diagnostic.Column));
        Assert.Contains("U+0007", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
    }

    [Fact]
    public void Tabs_and_line_endings_are_fine()
    {
        using var site = new TestSite();
        site.Write("gids/tabs.nl.md", "---\r\ntitle: Tabs\r\ndescription: Met\ttabs.\r\n---\r\n\r\nTekst\tmet tab.\r\n");

        Assert.DoesNotContain(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.ControlCharacter);
    }
}
