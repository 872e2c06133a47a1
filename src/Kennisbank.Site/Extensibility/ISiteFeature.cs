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
    /// so the pipeline stays the one shared by every page. Feeds render without them.</summary>
    IEnumerable<Markdig.IMarkdownExtension> ContentExtensions(LinkedPage page, SiteContext context) => [];

    /// <summary>Files besides pages, e.g. compiled scripts or feeds.</summary>
    IEnumerable<OutputFile> Files(SiteContext context) => [];
}

/// <summary>What <see cref="ISiteFeature.Pages"/> sees: the published pages as parsed (fallbacks included), the data,
/// the configuration and the interface texts (for labels that are words of the interface, like "SDG 11").</summary>
public sealed record PageSource(IReadOnlyList<ParsedPage> Pages, SiteData Data, SiteConfig Config, IReadOnlyDictionary<string, UiStrings> Strings);

/// <summary>What <see cref="ISiteFeature.Check"/> sees.</summary>
public sealed record CheckContext(LinkedSite Site, SiteData Data, SiteConfig Config, bool Thorough);

/// <summary>A group of labels on a page, e.g. its SDGs; <paramref name="LabelKey"/> names the group's heading in the
/// interface strings, <paramref name="Class"/> the group's class for the theme. Labels always carry text, so a colour
/// class only decorates (WCAG 1.4.1).</summary>
public sealed record TagList(string LabelKey, string Class, ImmutableArray<Tag> Items);

/// <param name="Url">Where the label leads, or null for plain text.</param>
/// <param name="Class">A class for the theme's styling, e.g. "sdg sdg-11".</param>
public sealed record Tag(string Text, string? Url, string Class);
