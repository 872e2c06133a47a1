using System.Collections.Immutable;
using Kennisbank.Site.Configuration;
using Kennisbank.Site.Linking;

namespace Kennisbank.Site.Rendering;

/// <summary>Everything a layout needs to render one page, ready-made: templates do no queries.</summary>
/// <param name="Model">The view data of the page's layout, made by the feature that declares the layout.</param>
public sealed record PageView(LinkedPage Page, string ContentHtml, SiteContext Context, object? Model = null)
{
    public string Lang => Page.Lang;
    public LanguageInfo Language => Context.Site.Config.Language(Page.Lang);
    public UiStrings Strings => Context.Strings[Page.Lang];
    public ImmutableArray<SectionEntry> Sections => Context.Site.Sections.GetValueOrDefault(Page.Lang, []);
    public ImmutableArray<NavLink> Footer => Context.Site.Footer.GetValueOrDefault(Page.Lang, []);
    public string AbsoluteUrl(string url) => Context.BaseUrl + url;
    public LinkedPage? Home => Context.Site.SectionIndex("", Page.Lang);

    /// <summary>Every language of the site, with where the switcher leads in each and whether that is a real translation.</summary>
    public IEnumerable<(LanguageInfo Language, LanguageVersion Version)> Languages =>
        Page.Versions.Select(v => (Context.Site.Config.Language(v.Lang), v));

    /// <summary>The content's language where it is not the page's (a fallback page), for a lang attribute; else null.</summary>
    public string? OtherLang => Page.IsFallback ? Page.ContentLang : null;

    /// <summary>The language of a title shown on this page, when it is not the page's own (WCAG 3.1.2); else null.</summary>
    public string? LangOf(NavLink link) => link.Lang == Page.Lang ? null : link.Lang;

    /// <summary>On a fallback page: the language it is shown in instead, and the languages it really exists in.</summary>
    public (LanguageInfo Shown, IReadOnlyList<(LanguageInfo Language, string Url)> Available)? Fallback => Page.IsFallback
        ? (Context.Site.Config.Language(Page.ContentLang),
           [.. Page.Translations.Select(v => (Context.Site.Config.Language(v.Lang), v.Url))])
        : null;

    /// <summary>On a translated page of a language that says it is translated (input/site.yml, 'translated-from'):
    /// the authoritative language and its page.</summary>
    public (LanguageInfo Original, string Url)? TranslatedFrom =>
        !Page.IsFallback && Language.TranslatedFrom is { } from && Page.Versions.FirstOrDefault(v => v.Lang == from && v.Exists) is { } original
            ? (Context.Site.Config.Language(from), original.Url)
            : null;

    /// <summary>The pages of this page's section, in reading order.</summary>
    public IEnumerable<LinkedPage> Children() => Context.Site.SectionPages(Page.Section, Page.Lang);

    /// <summary>The layout's view data as the type its feature made it.</summary>
    public T ModelAs<T>() where T : class =>
        Model as T ?? throw new InvalidOperationException($"the layout '{Page.Layout}' expected view data of type {typeof(T).Name}");
}
