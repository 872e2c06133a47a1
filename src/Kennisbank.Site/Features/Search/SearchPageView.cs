using System.Collections.Immutable;
using System.Text;
using Kennisbank.Site.Features.Glossary;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Features.Search;

/// <summary>The search page without JavaScript is no dead end: every page of the language from A to Z (fallback
/// pages too: they are pages a reader of this language can open, their titles marked with their language), and the
/// glossary.</summary>
public sealed record SearchPageView(ImmutableArray<LetterGroup> Letters, NavLink? Glossary)
{
    public static object Of(PageView view)
    {
        var pages = view.Context.Site.Pages
            .Where(p => p.Lang == view.Lang && !p.IsNested && p.Layout != SearchFeature.Layout)
            .Select(p => (Key: SortKey(p.Title), Link: p.Link))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Link.Url, StringComparer.Ordinal);
        var letters = pages.GroupBy(p => p.Key.Length > 0 && char.IsAsciiLetterLower(p.Key[0]) ? char.ToUpperInvariant(p.Key[0]).ToString() : "#")
            .Select(g => new LetterGroup(g.Key, [.. g.Select(p => p.Link)]))
            .OrderBy(g => g.Letter == "#" ? 1 : 0).ThenBy(g => g.Letter, StringComparer.Ordinal);
        var glossary = view.Context.Site.IndexesWithLayout(GlossaryFeature.Layout).FirstOrDefault(p => p.Lang == view.Lang);
        return new SearchPageView([.. letters], glossary?.Link);
    }

    /// <summary>Folded as the search folds ("Édegem" sorts with E), words kept apart.</summary>
    static string SortKey(string title)
    {
        var key = new StringBuilder();
        foreach (var c in title)
            key.Append(Folding.Kind(c) == CharKind.Letter ? Folding.Fold(c) : Folding.Kind(c) == CharKind.Separator ? " " : "");
        return key.ToString().Trim();
    }
}

/// <summary>The pages whose titles begin with one letter ("#" for digits and the rest).</summary>
public sealed record LetterGroup(string Letter, ImmutableArray<NavLink> Pages);
