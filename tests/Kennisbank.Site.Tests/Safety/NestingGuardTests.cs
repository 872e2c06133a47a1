using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Incremental;
using Kennisbank.Site.Loading;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Safety;
using Kennisbank.Site.Tests.Support;
using Kennisbank.Theme;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisbank.Site.Tests.Safety;

/// <summary>Rule 5 of the safety contract: deep nesting in Markdown and raw HTML is a diagnostic, never an exception
/// (Markdig throws past 128 levels, in the parse or only when the page is rendered) or a hang (AngleSharp is
/// quadratic in open elements).</summary>
public class NestingGuardTests
{
    static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    /// <summary>Deep inputs, each one that Markdig or AngleSharp fails on (see <see cref="NestingGuard"/>), with the
    /// line the diagnostic names (the body starts on line 7 of a <see cref="TestSite.Page"/>).</summary>
    public static TheoryData<string, string, int> Deep => new()
    {
        { "5,000 block quotes", Repeat(">", 5_000) + " x", 7 },
        { "5,000 block quotes, spaced", Repeat("> ", 5_000) + "x", 7 },
        { "5,000 nested lists on one line", Repeat("- ", 5_000) + "x", 7 },
        { "200 nested lists by indentation", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- x\n")), 7 + 29 },
        { "5,000 numbered lists", Repeat("1. ", 5_000) + "x", 7 },
        { "1,000 callouts", string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(':', 1_003 - i) + " note\n")) + "x", 7 + 58 },
        { "100,000 [", new string('[', 100_000) + "x", 7 },
        { "127 unclosed [ (parses; the render throws)", new string('[', 127) + "x", 7 },
        { "100,000 links", Repeat("[", 100_000) + "x" + Repeat("](u)", 100_000), 7 },
        { "100,000 * (parses; the render throws)", new string('*', 100_000) + "x" + new string('*', 100_000), 7 },
        { "100,000 _", new string('_', 100_000) + "x" + new string('_', 100_000), 7 },
        { "10,000 alternating * and _", Repeat("*a _a ", 5_000) + "x" + Repeat(" b_ b*", 5_000), 7 },
        { "64 quotes around 64 strong (parses; the render throws)", new string('>', 64) + " " + new string('*', 128) + "x" + new string('*', 128), 7 },
        { "a deep paragraph over lines", string.Concat(Enumerable.Range(0, 100).Select(_ => "*a [b\n")) + "x", 7 + 100 },
    };

    [Theory]
    [MemberData(nameof(Deep))]
    public void Deep_markdown_is_one_diagnostic_and_no_exception(string what, string body, int line)
    {
        using var site = new TestSite();
        site.Write("gids/diep.nl.md", TestSite.Page("", body));

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NestedTooDeeply);
        Assert.Equal((what, "input/gids/diep.nl.md", Severity.Error), (what, diagnostic.Path, diagnostic.Severity));
        // The line where the text first gets too deep, or where the tree does (the first too-deep node).
        Assert.InRange(diagnostic.Line, 7, line);
        Assert.Equal("the Markdown is nested too deeply to render (at most 64 levels of quotes, lists, callouts, links and emphasis)", diagnostic.Message);
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData(100_000, "has more than 1,024 tags")]
    [InlineData(100, "nests elements more than 64 levels deep")]
    public void Deeply_nested_raw_html_is_a_diagnostic_and_quick(int divs, string problem)
    {
        using var site = new TestSite();
        site.Write("gids/diep.nl.md", TestSite.Page("", Repeat("<div>", divs)));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = site.Build();

        // AngleSharp alone takes minutes over 100,000 nested elements.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{clock.Elapsed}");
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NestedTooDeeply);
        Assert.Equal(("input/gids/diep.nl.md", 7, 1), (diagnostic.Path, diagnostic.Line, diagnostic.Column));
        Assert.StartsWith($"the raw HTML {problem}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_fine_and_renders()
    {
        using var site = new TestSite();
        // 20 quotes holding 10 nested lists (20 levels) and 10 levels of links and emphasis: about 55 levels.
        var body = new string('>', 20) + " " + Repeat("- ", 10) + Repeat("*a [b ", 5) + "x" + Repeat("](tweede.md) c*", 5);
        site.Write("gids/diep.nl.md", TestSite.Page("", body));

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.NestedTooDeeply);
        var page = Html.Page(result, "nl/gids/diep/index.html");
        Assert.Equal(20, page.QuerySelectorAll("main blockquote").Length);
        Assert.Equal(10, page.QuerySelectorAll("main blockquote ul > li").Length);
    }

    /// <summary>The build and every path that renders a page (writing, the Atom feed of an updates section, which is
    /// rendered during the build, and the preview's cache, which renders every page during the build) must survive a
    /// page that failed the check: the page is kept without its body, so nothing renders it.</summary>
    [Fact]
    public void No_path_renders_a_page_that_failed_the_check()
    {
        using var site = new TestSite();
        var deep = "---\ntitle: Diep\ndescription: Te diep.\nupdated: 2024-01-01\n---\n\n" + new string('>', 100) + " " + new string('*', 200) + "x" + new string('*', 200) + "\n";
        site.Write("nieuws/2024-01-01-diep.nl.md", deep);
        site.Write("nieuws/2024-01-01-diep.en.md", deep);
        using var renderer = new ThemeRenderer();
        var options = new BuildOptions(site.Input, Repository.Theme, "input", TestSite.BaseUrl, false);

        var built = SiteBuilder.Build(options, renderer);
        var previewed = SiteBuilder.Build(options, renderer, new BuildCache());

        foreach (var result in (BuildResult[])[built, previewed])
        {
            Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.NestedTooDeeply));
            foreach (var file in result.Files.Where(f => f.CopyFrom is null)) Assert.NotNull(file.Content);
            var page = Html.Page(result, "nl/nieuws/2024-01-01-diep/index.html");
            Assert.Empty(page.QuerySelectorAll("main blockquote"));
        }
    }

    [Fact]
    public void The_real_pages_are_far_from_the_limit_so_none_is_parsed_twice()
    {
        var (source, _) = Loader.Load(Repository.Input, "input");
        Assert.NotEmpty(source.Documents);
        Assert.All(source.Documents, d =>
            Assert.True(NestingGuard.UpperBound(FrontMatterParser.SplitText(d.Text).Body).Bound <= NestingGuard.MaximumDepth / 2, d.DisplayPath));
    }

    /// <summary>The soundness of the scan: on random nestings of everything that nests (and things that look as if
    /// they did), whenever the guard lets a page through, Markdig parses it, its tree is at most the limit deep, and it
    /// renders. And the guard itself never throws.</summary>
    [Fact]
    public void Whatever_the_guard_lets_through_parses_and_renders()
    {
        string[] pieces =
        [
            ">", "> ", "- ", "* ", "+ ", "1. ", "2) ", "  ", "    ", "\t", "::: note\n", ":::\n", "::", "[", "]", "](u)", "![", "*", "**", "_", "__",
            "a", " ", "b ", "`", "\\", "|", "| a |", "|---|", "<", ">", "<b>", "</b>", "&amp;", "\n", "\n", "\n\n", "\r", "\r\n", "#",
            "<div>", "```\n", "~~~", "-", "=", "x*", "*x", "(", ")", "[x]: u\n", "<https://a>",
        ];
        var piece = Gen.Elements(pieces);
        var markdown = Gen.Choose(1, 400).SelectMany(n => piece.ArrayOf(n)).Select(string.Concat);
        // Nestings deeper than the random pieces make on their own: a piece repeated.
        var deep = Gen.Elements(pieces).SelectMany(p => Gen.Choose(20, 90).Select(n => Repeat(p, n)));
        // Lists and quotes nested by indentation, a line each: "- x", "  - x", "    - x" …
        var stairs = Gen.Elements("- ", "1. ", "> ", "* [", "- *").SelectMany(p => Gen.Choose(1, 4).SelectMany(step => Gen.Choose(20, 90).Select(n =>
            string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', step * i) + p + "x\n")))));
        var text = Gen.OneOf(markdown, markdown.SelectMany(a => Gen.OneOf(deep, stairs).SelectMany(d => markdown.Select(b => a + d + b))));

        var property = Prop.ForAll(text.ToArbitrary(), body =>
        {
            if (NestingGuard.Check(body, "x.md") is not null) return true;
            var document = Markdown.Parse(body, MarkdownPipelineFactory.Pipeline);
            Assert.True(Depth(document) <= NestingGuard.MaximumDepth, $"depth {Depth(document)} > bound {NestingGuard.UpperBound(body).Bound}");
            var render = Markdown.Parse(body, MarkdownPipelineFactory.RenderPipeline);
            var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            MarkdownPipelineFactory.RenderPipeline.Setup(renderer);
            renderer.Render(render);
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3_000), property);
    }

    static int Depth(MarkdownObject root)
    {
        var max = 0;
        var pending = new Stack<(MarkdownObject, int)>([(root, 0)]);
        while (pending.TryPop(out var item))
        {
            var (node, depth) = item;
            max = Math.Max(max, depth);
            if (node is ContainerBlock container) foreach (var child in container) pending.Push((child, depth + 1));
            else if (node is LeafBlock { Inline: { } inline }) pending.Push((inline, depth + 1));
            else if (node is ContainerInline inlines) for (var c = inlines.FirstChild; c is not null; c = c.NextSibling) pending.Push((c, depth + 1));
        }
        return max;
    }

    /// <summary>The count of characters that could open an inline container, as the scan defines it, a character at a
    /// time: '[' always, and a run of '*', '_' or (two or more) ':' not followed by a space, a tab or the line's end.</summary>
    static int Openers(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '[') count++;
            else if (c is '*' or '_' or ':')
            {
                var run = i;
                while (run < line.Length && line[run] == c) run++;
                if ((run == line.Length || line[run] is not (' ' or '\t')) && (c != ':' || run - i >= 2)) count += run - i;
                i = run - 1;
            }
        }
        return count;
    }

    [Fact]
    public void The_inline_openers_are_counted_as_defined()
    {
        foreach (var line in Directory.EnumerateFiles(Repository.Input, "*.md", SearchOption.AllDirectories).SelectMany(File.ReadLines))
            Assert.Equal(Openers(line), NestingGuard.InlineOpeners(line));
        var lines = Gen.ArrayOf(Gen.Elements('[', ']', '*', '_', ':', ' ', '\t', 'a', 'é')).Select(c => new string(c));
        Prop.ForAll(lines.ToArbitrary(), line => Openers(line) == NestingGuard.InlineOpeners(line)).QuickCheckThrowOnFailure();
    }
}
