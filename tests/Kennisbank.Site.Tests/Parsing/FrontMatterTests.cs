using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Parsing;

public class FrontMatterTests
{
    [Fact]
    public void Malformed_yaml_is_reported_with_its_position()
    {
        using var site = new TestSite();
        site.Write("gids/kapot.nl.md", "---\ntitle: Kapot\ndescription: [niet gesloten\n---\n\nTekst.\n");

        var diagnostic = TestSite.Single(site.Build(), DiagnosticCodes.MalformedYaml);

        Assert.Equal("input/gids/kapot.nl.md", diagnostic.Path);
        Assert.InRange(diagnostic.Line, 3, 4);
        Assert.StartsWith("the front matter is not valid YAML", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: Alleen titel", "description")]
    [InlineData("description: Alleen beschrijving", "title")]
    public void Title_and_description_are_required(string yaml, string missing)
    {
        using var site = new TestSite();
        site.Write("gids/half.nl.md", $"---\n{yaml}\n---\n\nTekst.\n");

        var diagnostic = TestSite.Single(site.Build(), DiagnosticCodes.MissingRequiredKey);

        Assert.Equal($"missing required key '{missing}'", diagnostic.Message);
    }

    [Fact]
    public void A_page_without_front_matter_is_reported()
    {
        using var site = new TestSite();
        site.Write("gids/kaal.nl.md", "Gewoon tekst.\n");

        Assert.Equal(1, TestSite.Single(site.Build(), DiagnosticCodes.MissingRequiredKey).Line);
    }

    [Fact]
    public void An_unknown_key_suggests_the_likely_typo()
    {
        using var site = new TestSite();
        site.Write("gids/typo.nl.md", TestSite.Page("ordre: 3"));

        var diagnostic = TestSite.Single(site.Build(), DiagnosticCodes.UnknownKey);

        Assert.Equal((4, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("did you mean 'order'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sdgs: [0]", "'0'")]
    [InlineData("sdgs: [3, 18]", "'18'")]
    [InlineData("sdgs: [klimaat]", "'klimaat'")]
    public void An_sdg_outside_1_to_17_is_an_error(string yaml, string value)
    {
        using var site = new TestSite();
        site.Write("gids/sdg.nl.md", TestSite.Page(yaml));

        var diagnostic = TestSite.Single(site.Build(), DiagnosticCodes.SdgOutOfRange);

        Assert.Contains(value, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(4, diagnostic.Line);
    }

    [Theory]
    [InlineData("order: eerste")]
    [InlineData("updated: 3 oktober 2023")]
    [InlineData("draft: misschien")]
    [InlineData("slug: Met Spaties")]
    public void Values_of_the_wrong_type_are_errors(string yaml)
    {
        using var site = new TestSite();
        site.Write("gids/waarde.nl.md", TestSite.Page(yaml));

        Assert.Equal(4, TestSite.Single(site.Build(), DiagnosticCodes.InvalidValue).Line);
    }

    [Fact]
    public void An_unknown_layout_suggests_a_known_one()
    {
        using var site = new TestSite();
        site.Write("gids/layout.nl.md", TestSite.Page("layout: glosary"));

        Assert.Contains("did you mean 'glossary'?", TestSite.Single(site.Build(), DiagnosticCodes.UnknownLayout).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_is_not_published()
    {
        using var site = new TestSite();
        site.Write("gids/klad.nl.md", TestSite.Page("draft: true")).Write("gids/klad.en.md", TestSite.Page("draft: true"));

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("klad", StringComparison.Ordinal));
    }
}
