using System.Runtime.CompilerServices;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Features.Glossary.Terms;

/// <summary>The glossary terms a page's text links, and where to: the terms in the language the text is written in,
/// the entries on the glossary page of the reader's language.</summary>
public static class TermLinks
{
    public static PageTerms? For(LinkedPage page, SiteContext context)
    {
        if (GlossaryUrl(context.Site, page.Lang) is not { } glossary) return null;
        var entries = context.Data.Get<GlossaryData>()?.Entries ?? [];
        var terms = entries.Select(entry =>
        {
            var written = entry.Term.For(page.ContentLang);
            var shown = entry.Term.For(page.Lang);
            var anchor = GlossaryFeature.Anchor(shown);
            return new TermLink(shown, Forms(written), TermMatcher.ExactCase(written), $"{glossary}#{anchor}", "def-" + anchor,
                entry.Definition.For(page.Lang), page.Lang == page.ContentLang ? null : page.Lang);
        }).Where(t => t.Forms.Count > 0).ToList();
        var plurals = context.Strings[page.ContentLang]["glossary.plurals"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .OrderByDescending(e => e.Length).ToList();
        return new PageTerms(terms, context.Strings[page.Lang]["glossary.info"], plurals);
    }

    /// <summary>"City link (stedenband)" is mentioned as "City link" too.</summary>
    static IReadOnlyList<string> Forms(string term)
    {
        var bare = term.IndexOf(" (", StringComparison.Ordinal) is var at and > 0 ? term[..at] : term;
        return bare == term ? (term.Length > 0 ? [term] : []) : [term, bare];
    }

    static string? GlossaryUrl(LinkedSite site, string lang) =>
        Urls.GetValue(site, s => s.IndexesWithLayout(GlossaryFeature.Layout).GroupBy(p => p.Lang).ToDictionary(g => g.Key, g => g.First().Url))
            .GetValueOrDefault(lang);

    static readonly ConditionalWeakTable<LinkedSite, Dictionary<string, string>> Urls = new();
}
