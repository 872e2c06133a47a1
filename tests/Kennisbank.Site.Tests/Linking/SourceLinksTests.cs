using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Site.Linking;

namespace Kennisbank.Site.Tests.Linking;

public partial class SourceLinksTests
{
    /// <summary>The definition SourceLinks replaced: what a link to a source file is.</summary>
    [GeneratedRegex(@"^(?<id>.+?)(\.(?<lang>[a-z]{2}))?\.md$")]
    private static partial Regex Definition();

    [Theory]
    [InlineData("gids/eerste.md", "gids/eerste", null)]
    [InlineData("gids/eerste.en.md", "gids/eerste", "en")]
    [InlineData("x.nl.md", "x", "nl")]
    [InlineData(".nl.md", ".nl", null)]
    [InlineData("a.b.nl.md", "a.b", "nl")]
    [InlineData("gids/eerste.EN.md", "gids/eerste.EN", null)]
    [InlineData("eerste.md\n", "eerste", null)]
    public void A_source_file_names_its_page_and_maybe_its_language(string path, string id, string? lang)
    {
        Assert.True(SourceLinks.TryParse(path, out var foundId, out var foundLang));
        Assert.Equal((id, lang), (foundId, foundLang));
    }

    [Theory]
    [InlineData(".md")]
    [InlineData("gids/diagram.png")]
    [InlineData("a\nb.md")]
    [InlineData("eerste.md\n\n")]
    [InlineData("eerste.mdx")]
    public void Anything_else_is_no_source_file(string path) => Assert.False(SourceLinks.TryParse(path, out _, out _));

    [Fact]
    public void Equal_to_the_regular_expression_on_generated_paths()
    {
        var piece = Gen.Elements("a", "nl", "en", ".", ".md", "md", "/", "\n", "é", "X", "-", "..", ".nl", ".m");
        var paths = Gen.Choose(0, 8).SelectMany(n => piece.ArrayOf(n)).Select(string.Concat);
        Prop.ForAll(paths.ToArbitrary(), path =>
        {
            var match = Definition().Match(path);
            var expected = match.Success ? (true, match.Groups["id"].Value, match.Groups["lang"].Success ? match.Groups["lang"].Value : null) : (false, "", null);
            var ok = SourceLinks.TryParse(path, out var id, out var lang);
            return expected == (ok, ok ? id : "", ok ? lang : null);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5_000));
    }
}
