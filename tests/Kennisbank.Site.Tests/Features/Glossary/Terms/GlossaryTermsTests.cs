using Kennisbank.Site.Features.Glossary.Terms;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Tests.Support;
using Markdig;
using Markdig.Renderers;

namespace Kennisbank.Site.Tests.Features.Glossary.Terms;

/// <summary>Glossary terms in the text (issue 15, part 3): the Markdig extension rendering a spec document, approved
/// as a file; then on built pages: once per term, never on the glossary page, and a page can opt out.</summary>
public class GlossaryTermsTests
{
    static TermLink Term(string term, string anchor, params string[] forms) =>
        new(term, forms.Length > 0 ? forms : [term], TermMatcher.ExactCase(term), $"/nl/woordenlijst/#{anchor}", "def-" + anchor, $"De uitleg van {term}.", null);

    static readonly PageTerms Terms = new(
    [
        Term("GROS", "term-gros"),
        Term("Draagvlak", "term-draagvlak"),
        Term("Kerngroep", "term-kerngroep"),
        Term("Werkbezoek", "term-werkbezoek"),
        Term("Stedenband", "term-stedenband"),
        Term("Stedenbandcoördinator", "term-stedenbandcoordinator"),
        Term("City link (stedenband)", "term-city-link-stedenband", "City link (stedenband)", "City link"),
        Term("SDG-reflex", "term-sdg-reflex"),
    ], "Wat betekent {0}?", ["en", "s"]);

    static string Render(string markdown, IMarkdownExtension? extension)
    {
        var pipeline = MarkdownPipelineFactory.RenderPipeline;
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        extension?.Setup(pipeline, renderer);
        extension?.Setup(pipeline, renderer);   // twice, as Markdig allows: still one renderer for the text
        renderer.Render(Markdown.Parse(markdown, pipeline));
        return writer.ToString();
    }

    static string Spec => File.ReadAllText(Path.Combine(Repository.TestSource, "Features", "Glossary", "Terms", "terms.spec.md"));

    [Fact]
    public void The_spec_document_renders_as_approved() =>
        Approval.Verify(Render(Spec, new GlossaryTermsExtension(Terms)), "terms", "html");

    [Fact]
    public void Each_term_links_once_outside_headings_links_and_code()
    {
        var html = Html.Parse(Render(Spec, new GlossaryTermsExtension(Terms)));

        Assert.Equal(["GROS", "draagvlak", "Kerngroep", "werkbezoeken", "stedenbandcoördinator", "City link", "SDG-reflex"],
            html.QuerySelectorAll("a.term").Select(a => a.TextContent));
        Assert.Empty(html.QuerySelectorAll("h1 a, h1 button, a a, code a, pre a"));
        Assert.All(html.QuerySelectorAll("a.term"), a =>
        {
            var id = a.GetAttribute("aria-describedby")!;
            var popover = html.GetElementById(id)!;
            Assert.True(popover.HasAttribute("popover"));
            Assert.Equal(id, a.NextElementSibling!.GetAttribute("popovertarget"));
            Assert.Equal("button", a.NextElementSibling!.GetAttribute("type"));
        });
    }

    [Fact]
    public void Without_the_extension_the_text_is_what_Markdig_writes() =>
        Assert.Equal(Render(Spec, null), Render(Spec, new GlossaryTermsExtension(new PageTerms([], "{0}", []))));

    [Theory]
    [InlineData("GROS", true)]
    [InlineData("GloBe", true)]
    [InlineData("SDG-reflex", true)]
    [InlineData("Draagvlak", false)]
    [InlineData("Agenda 2030", false)]
    public void Abbreviations_and_names_match_only_as_written(string term, bool exact) =>
        Assert.Equal(exact, TermMatcher.ExactCase(term));

    static TestSite SiteWithTerms() => new TestSite()
        .Write("gids/derde.nl.md", "---\ntitle: Derde pagina\ndescription: Over de stedenband.\norder: 3\n---\n\n## Stedenband\n\nEen stedenband begint thuis. Elke stedenband is anders.\n")
        .Write("gids/vierde.nl.md", "---\ntitle: Vierde pagina\ndescription: Zonder links.\norder: 4\nglossary-terms: false\n---\n\nEen stedenband zonder link.\n")
        .Write("woorden/index.nl.md", "---\ntitle: Woordenlijst\ndescription: De begrippen.\norder: 5\nlayout: glossary\n---\n\nDe stedenband en andere woorden.\n");

    [Fact]
    public void A_page_links_its_first_mention_to_the_entry_in_its_language()
    {
        using var site = SiteWithTerms();
        var page = Html.Page(site.Build(), "nl/gids/derde/index.html");

        var link = Assert.Single(page.QuerySelectorAll("main a.term"));
        Assert.Equal("/nl/woorden/#term-stedenband", link.GetAttribute("href"));
        Assert.Equal("stedenband", link.TextContent);
        Assert.Equal("Stedenband: Een samenwerking tussen twee gemeenten.", page.GetElementById(link.GetAttribute("aria-describedby")!)!.TextContent);
        Assert.Equal("Wat betekent Stedenband?", link.NextElementSibling!.GetAttribute("aria-label"));
        Assert.Null(page.QuerySelector("h2 a.term"));
    }

    [Fact]
    public void The_glossary_page_and_a_page_that_opts_out_link_no_terms()
    {
        using var site = SiteWithTerms();
        var result = site.Build();

        Assert.Empty(Html.Page(result, "nl/woorden/index.html").QuerySelectorAll("a.term, .term-info, [popover]"));
        Assert.Empty(Html.Page(result, "nl/gids/vierde/index.html").QuerySelectorAll("a.term, .term-info, [popover]"));
    }

    [Fact]
    public void A_page_not_translated_yet_links_its_terms_to_the_readers_glossary_and_says_the_definitions_language()
    {
        using var site = SiteWithTerms();
        var page = Html.Page(site.Build(), "en/guide/derde/index.html");

        var link = Assert.Single(page.QuerySelectorAll("main a.term"));
        Assert.Equal("/en/glossary/#term-city-link", link.GetAttribute("href"));
        var definition = page.GetElementById(link.GetAttribute("aria-describedby")!)!;
        Assert.Equal("en", definition.GetAttribute("lang"));
        Assert.Equal("City link: A partnership between two municipalities.", definition.TextContent);
    }
}
