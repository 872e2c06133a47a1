using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Features.Search;

/// <summary>What the header's search field needs, ready-made: where the form goes without JavaScript, the index of
/// the page's language, and for a language whose pages are not all translated (input/site.yml, <c>required: false</c>)
/// the index of the language it falls back to, so the script can say "also found in English (3)".</summary>
public sealed record SearchFieldView(string Action, string Index, string? AlsoIndex, string? AlsoUrl, string? AlsoText)
{
    public static SearchFieldView Of(PageView view)
    {
        var site = view.Context.Site;
        var action = site.Find(SearchFeature.PageId, view.Lang)?.Url ?? "/";
        var fallback = view.Language.Required ? null : view.Language.Fallback;
        if (fallback is null || site.Find(SearchFeature.PageId, fallback) is not { } other)
            return new SearchFieldView(action, SearchFeature.IndexPath(view.Lang), null, null, null);
        var name = view.Strings.Has("language." + fallback) ? view.Strings["language." + fallback] : view.Context.Config.Language(fallback).Name;
        // {0} stays for the script, which fills in the number.
        return new SearchFieldView(action, SearchFeature.IndexPath(view.Lang), SearchFeature.IndexPath(fallback), other.Url,
            view.Strings.Format("search.also", name, "{0}"));
    }
}
