using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Tests.Support;
using Markdig;
using Markdig.Syntax;

namespace Kennisbank.Site.Tests.Parsing;

/// <summary><see cref="MarkdownInspector.Nodes"/> is one walk of the tree that replaces Markdig's <c>Descendants()</c>
/// in the parse stage: these prove it gives the very same objects in the very same order, on every page of the real
/// site and on generated Markdown that nests every kind of block and inline the pipeline knows; and that a link's
/// <see cref="LinkReference.HasText"/>, found without making its text, is what its plain text says.</summary>
public class MarkdownInspectorTests
{
    static void Same(string markdown)
    {
        var document = Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline);
        Assert.Equal(document.Descendants().ToList(), MarkdownInspector.Nodes(document), ReferenceEqualityComparer.Instance);
        // A link's HasText, found without making its text, is what its plain text says.
        var links = document.Descendants<Markdig.Syntax.Inlines.LinkInline>().Where(l => l.Url is not null).ToList();
        Assert.Equal(links.Select(l => MarkdownInspector.PlainText(l).Trim().Length > 0), MarkdownInspector.Links(MarkdownInspector.Nodes(document)).Select(l => l.HasText));
    }

    [Fact]
    public void Every_page_of_the_real_site_walks_as_Markdig_walks_it()
    {
        var pages = Directory.EnumerateFiles(Repository.Input, "*.md", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages) Same(FrontMatterParser.SplitText(File.ReadAllText(page)).Body);
    }

    static readonly string[] Inlines =
    [
        "tekst", "*nadruk*", "**sterk**", "_schuin **en sterk**_", "[een link](../gids/eerste.md)", "![een beeld](foto.png)",
        "[**vette** link](https://example.org)", "`code`", "<span>html</span>", "<https://example.org>", "GROS\\", "~~weg~~",
        "[ref][r]", "[^1]", "[ ](leeg.md)", "[` `](spatie.md)", "![](leeg.png)", "[*\u00A0*](nbsp.md)", "[a\\\nb](regel.md)",
    ];

    static readonly string[] Blocks =
    [
        "{0}", "# {0}", "## {0} {{#eigen-id}}", "- {0}\n  - {0}", "1. {0}\n2. {0}", "> {0}\n> > {0}", "```\ncode {0}\n```",
        "| a | b |\n| --- | --- |\n| {0} | {0} |", "::: tip\n{0}\n:::", "<div>\n{0}\n</div>", "[r]: https://example.org", "[^1]: {0}",
        "---", "Term\n: {0}",
    ];

    /// <summary>Markdown that nests every kind of block and inline the pipeline knows (also used by the template's tests).</summary>
    internal static Gen<string> GeneratedMarkdown
    {
        get
        {
            var line = Gen.ListOf(Gen.Elements(Inlines)).Select(parts => string.Join(' ', parts));
            var block = Gen.Zip(Gen.Elements(Blocks), line, (shape, text) => string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, text));
            return Gen.ListOf(block).Select(blocks => string.Join("\n\n", blocks));
        }
    }

    [Fact]
    public void Generated_markdown_walks_as_Markdig_walks_it() =>
        Prop.ForAll(GeneratedMarkdown.ToArbitrary(), markdown => Same(markdown)).QuickCheckThrowOnFailure();
}
