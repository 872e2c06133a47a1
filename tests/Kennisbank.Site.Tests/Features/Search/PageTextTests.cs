using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Site.Features.Search;

namespace Kennisbank.Site.Tests.Features.Search;

/// <summary><see cref="PageText.Sections"/> collapses a page's text as it scans it, a word at a time; these prove it
/// gives what the plain definition gives: inline tags dropped, block tags a space, every run of white space (as
/// <see cref="char.IsWhiteSpace"/> says) one space, trimmed, and split at each H2/H3 with its id and heading.</summary>
public class PageTextTests
{
    static string Collapse(string text) =>
        string.Join(' ', text.Split(text.Where(char.IsWhiteSpace).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Sections_split_at_h2_and_h3_with_their_anchor_and_heading()
    {
        var sections = PageText.Sections("<p>Intro  text</p>\n<h2 id=\"budget\">Het <em>budget</em></h2><p>Een\u00a0euro</p><ul><li>a</li><li>b</li></ul>");

        Assert.Equal(
            [new TextSection("", "", "Intro text"), new TextSection("budget", "Het budget", "Een euro a b")],
            sections);
    }

    /// <summary>Generated runs of letters and every kind of white space (tab, line ends, no-break, em and ideographic
    /// spaces), between inline and block tags and H2 headings.</summary>
    [Fact]
    public void Generated_html_collapses_as_defined()
    {
        var chars = Gen.Elements('a', 'é', 'Z', '1', ' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\u2028', '\u0085', '.');
        var run = Gen.ArrayOf(chars).Select(c => new string(c));
        var tag = Gen.Elements("<em>", "</em>", "<p>", "</p>", "<br>", "<li>", "<span class=\"x\">", "</span>", "<td>");
        var part = Gen.OneOf(run, run, tag, run.Select(h => $"<h2 id=\"s\">{h}</h2>"));
        var property = Prop.ForAll(Gen.ListOf(part).Select(p => string.Concat(p)).ToArbitrary(), html =>
        {
            Assert.Equal(Definition(html), PageText.Sections(html));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), property);
    }

    /// <summary>The plain definition: split at each H2, then tags out (a block tag is a space), then collapse.</summary>
    static List<TextSection> Definition(string html)
    {
        var parts = System.Text.RegularExpressions.Regex.Split(html, "(?s)<h2 id=\"s\">(.*?)</h2>");
        var sections = new List<TextSection> { new("", "", Collapse(Text(parts[0]))) };
        for (var i = 1; i < parts.Length; i += 2) sections.Add(new TextSection("s", Collapse(Text(parts[i])), Collapse(Text(parts[i + 1]))));
        return sections;
    }

    static string Text(string html) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(html, "</?(p|br|li|td)>", " "), "<[^>]*>", "");
}
