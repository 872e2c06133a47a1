using System.Collections.Immutable;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Configuration;
using Kennisbank.Site.Data;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Extensibility;

/// <summary>A feature of the site (updates, the roadmap, SDG pages, the glossary, the self-assessments), kept in a
/// folder of its own the way Markdig keeps an extension. The pipeline calls these hooks and knows nothing else of it.
/// Every hook is optional.</summary>
public interface ISiteFeature
{
    /// <summary>Front-matter keys the feature adds, each with its reading rule.</summary>
    IReadOnlyList<FrontMatterKey> Keys => [];

    /// <summary>The layouts the feature brings; the theme has a component for each (see <see cref="RendersLayoutAttribute"/>).</summary>
    IReadOnlyList<LayoutDeclaration> Layouts => [];

    /// <summary>The files in <c>_data/</c> the feature reads.</summary>
    IReadOnlyList<DataFile> DataFiles => [];

    /// <summary>Pages the feature makes itself, added before linking so they get URLs and navigation like any page.</summary>
    IEnumerable<VirtualPage> Pages(PageSource source) => [];

    /// <summary>Labels shown with a page (e.g. its SDGs), made when the site is linked.</summary>
    IEnumerable<TagList> Tags(LinkedPage page, LinkedSite site, LinkContext context) => [];

    /// <summary>Rules over the linked site, e.g. that every post has a date; thorough adds the slow proofs (`kb check`).</summary>
    IEnumerable<Diagnostic> Check(CheckContext context) => [];

    /// <summary>Markdig extensions made for one page's text (the glossary links its terms). They change how that page
    /// renders only: the renderer calls their <c>Setup(pipeline, renderer)</c>, never the parse-time <c>Setup(builder)</c>,
    /// so the pipeline stays the one shared by every page. Feeds render without them. A page given any is parsed again
    /// to render, instead of rendering from its parse's <see cref="Rendering.BodyTemplate"/>: return none where the
    /// page has nothing for them to do.</summary>
    IEnumerable<Markdig.IMarkdownExtension> ContentExtensions(LinkedPage page, SiteContext context) => [];

    /// <summary>Files besides pages, e.g. compiled scripts or feeds. A file made from the rendered pages is
    /// <see cref="OutputFile.Deferred"/>: it is written after them.</summary>
    IEnumerable<OutputFile> Files(SiteContext context) => [];

    /// <summary>Where an editor changes this Markdown page in the browser, when the feature offers an editor (the CMS).</summary>
    string? EditUrl(LinkedPage page, SiteContext context) => null;
    /// <summary>Called as each page is rendered, with the HTML of its Markdown body, from any thread and in no order:
    /// what a feature takes from the body here (the search index's text) costs no parse of its own. A page the preview
    /// reuses from an earlier build is not rendered again, so keep what is learnt per page source, not per build.</summary>
    void PageRendered(LinkedPage page, string contentHtml, SiteContext context) { }
}

/// <summary>What <see cref="ISiteFeature.Pages"/> sees: the published pages as parsed (fallbacks included), the data,
/// the configuration and the interface texts (for labels that are words of the interface, like "SDG 11").</summary>
public sealed record PageSource(IReadOnlyList<ParsedPage> Pages, SiteData Data, SiteConfig Config, IReadOnlyDictionary<string, UiStrings> Strings);

/// <summary>What <see cref="ISiteFeature.Check"/> sees.</summary>
public sealed record CheckContext(LinkedSite Site, SiteData Data, SiteConfig Config, bool Thorough)
{
    /// <summary>The interface texts, for rules about them (e.g. that a language's search rules exist).</summary>
    public IReadOnlyDictionary<string, UiStrings> Strings { get; init; } = new Dictionary<string, UiStrings>();
}

/// <summary>A group of labels on a page, e.g. its SDGs; <paramref name="LabelKey"/> names the group's heading in the
/// interface strings, <paramref name="Class"/> the group's class for the theme. Labels always carry text, so a colour
/// class only decorates (WCAG 1.4.1).</summary>
public sealed record TagList(string LabelKey, string Class, ImmutableArray<Tag> Items);

/// <param name="Url">Where the label leads, or null for plain text.</param>
/// <param name="Class">A class for the theme's styling, e.g. "sdg sdg-11".</param>
public sealed record Tag(string Text, string? Url, string Class);
