using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Features;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Loading;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Tests.Parsing;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Rendering;

/// <summary>A page renders from the <see cref="BodyTemplate"/> its parse made exactly as from a second parse of its
/// body: on every page of the real site, with its resolved links, and on generated Markdown with links that resolve to
/// URLs the renderer must escape and callout labels with characters HTML must escape.</summary>
public class BodyTemplateTests
{
    // Labels that only come out right when escaped, in the hole, in the page's language.
    static readonly UiStrings Strings = new("nl", PageParser.CalloutKinds.ToDictionary(kind => "callout." + kind, kind => $"<{kind}> & \"é\""));

    static string FromTemplate(LinkedPage page) => ContentRenderer.Render(page, Strings);

    static string FromSecondParse(LinkedPage page)
    {
        using var writer = new StringWriter();
        ContentRenderer.Parsed(page, Strings, [], writer);
        return writer.ToString();
    }

    [Fact]
    public void Every_page_of_the_real_site_renders_from_its_template_as_from_a_second_parse()
    {
        var pages = RealSite.Linked.Pages.Where(p => p.Source is not null).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            Assert.NotNull(page.Source!.Template);
            Assert.Equal(FromSecondParse(page), FromTemplate(page));
        }
        // Not vacuous: the real site fills both kinds of hole, and its links resolve to other URLs than written.
        var holes = pages.SelectMany(p => p.Source!.Template!.Holes).ToList();
        Assert.Contains(holes, h => h.Kind == BodyTemplate.HoleKind.CalloutLabel);
        Assert.Contains(pages, p => p.Source!.Template!.Holes.Any(h => h.Kind == BodyTemplate.HoleKind.Url && p.LinkMap.TryGetValue(h.Value, out var to) && to != h.Value));
    }

    [Fact]
    public void Generated_markdown_renders_from_its_template_as_from_a_second_parse() =>
        Prop.ForAll(MarkdownInspectorTests.GeneratedMarkdown.ToArbitrary(), markdown =>
        {
            var page = Page(markdown);
            Assert.NotNull(page.Source!.Template);
            Assert.Equal(FromSecondParse(page), FromTemplate(page));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_body_that_is_not_valid_UTF_16_keeps_no_template_and_renders_by_a_second_parse()
    {
        var page = Page("Een \uD800 alleen, en [een link](gids.md).");
        Assert.Null(page.Source!.Template);
        Assert.Contains("\uD800", FromTemplate(page), StringComparison.Ordinal);
        Assert.Equal(FromSecondParse(page), FromTemplate(page));
    }

    /// <summary>A page of this Markdown, every link of it resolved to a URL with characters the renderer escapes.</summary>
    static LinkedPage Page(string markdown)
    {
        var source = new SourceDocument("gids/pagina.nl.md", "input/gids/pagina.nl.md", "gids", "pagina", "nl", "---\ntitle: Pagina\n---\n" + markdown);
        var (parsed, _) = PageParser.Parse(source, Schema);
        var links = parsed.Links.Select(l => l.Url).Distinct().ToDictionary(url => url, url => "/nl/ver der/" + url + "?a=1&b=\"ë\"");
        return new LinkedPage
        {
            Id = parsed.Id, Lang = "nl", ContentLang = "nl", Section = "gids", Title = "Pagina", Description = "", Layout = "page",
            Url = "/nl/gids/pagina/", FrontMatter = parsed.FrontMatter, Source = parsed, LinkMap = links,
        };
    }

    static readonly ContentSchema Schema = new(SiteFeatures.All());
}
