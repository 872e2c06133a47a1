using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Site.Publishing;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Publishing;

/// <summary>The theme's stylesheets are served without comments and indentation; nothing else may change.</summary>
public class CssCompactorTests
{
    [Theory]
    [InlineData("/* why */\na { color: red; }\n", "a { color: red; }\n")]
    [InlineData("@media print {\n  .x { display: none; }\n\n}\n", "@media print {\n.x { display: none; }\n}\n")]
    [InlineData("a::after { content: \"/* kept */\"; }", "a::after { content: \"/* kept */\"; }\n")]
    [InlineData("a::after { content: '\\' /* kept'; }", "a::after { content: '\\' /* kept'; }\n")]
    [InlineData("a/* between */b { }", "a b { }\n")]
    [InlineData("a { } /* unclosed", "a { }\n")]
    [InlineData("/* only a comment */\n", "")]
    public void Drops_comments_indentation_and_blank_lines_and_keeps_strings(string css, string expected) =>
        Assert.Equal(expected, CssCompactor.Compact(css));

    /// <summary>Over generated stylesheets made of known pieces: what is left, whitespace aside, is exactly the pieces
    /// that are not comments, in order (strings with comment marks in them included), and compacting twice changes
    /// nothing.</summary>
    [Fact]
    public void Keeps_every_piece_but_the_comments_in_order()
    {
        string[] code = ["a", ".b", "{", "}", ":", ";", "#c0ffee", "\"/*x*/\"", "'*/y'", "\"q\\\"/*\"", "@media", "(", ")", ">", "*"];
        string[] space = [" ", "  ", "\n", "\n    ", "\t", "\r\n", ""];
        string[] comments = ["/* c */", "/**/", "/* a\n  b */", "/* \"x\" */"];
        var piece = Gen.OneOf(Gen.Elements(code).Select(p => (Text: p, Kept: true)), Gen.Elements(space).Select(p => (Text: p, Kept: true)),
            Gen.Elements(comments).Select(p => (Text: p, Kept: false)));
        var sheet = Gen.Choose(0, 60).SelectMany(n => piece.ArrayOf(n));
        var property = Prop.ForAll(sheet.ToArbitrary(), pieces =>
        {
            // A lone '*' next to a '/' would make a comment; the pieces never put a '/' outside comments and strings.
            var css = string.Concat(pieces.Select(p => p.Text));
            var compact = CssCompactor.Compact(css);
            var expected = string.Concat(pieces.Where(p => p.Kept).Select(p => p.Text));
            Assert.Equal(Regex.Replace(expected, @"\s", ""), Regex.Replace(compact, @"\s", ""));
            Assert.Equal(compact, CssCompactor.Compact(compact));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), property);
    }

    public static TheoryData<string> ThemeStylesheets() =>
        [.. Directory.GetFiles(Path.Combine(Repository.Theme, "assets", "css"), "*.css").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ThemeStylesheets))]
    public void The_site_serves_each_theme_stylesheet_compacted_with_all_its_rules(string name)
    {
        var source = File.ReadAllText(Path.Combine(Repository.Theme, "assets", "css", name));
        var served = System.Text.Encoding.UTF8.GetString(RealSite.File($"assets/css/{name}"));
        Assert.Equal(CssCompactor.Compact(source), served);
        Assert.DoesNotContain("/*", served, StringComparison.Ordinal);
        var uncommented = Regex.Replace(source, @"/\*.*?\*/", "", RegexOptions.Singleline);
        Assert.Equal(Regex.Replace(uncommented, @"\s", ""), Regex.Replace(served, @"\s", ""));
        Assert.True(served.Length < source.Length, $"{name}: {served.Length} of {source.Length} characters");
    }
}
