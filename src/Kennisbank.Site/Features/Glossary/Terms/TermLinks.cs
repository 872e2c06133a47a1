using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Features.Glossary.Terms;

/// <summary>The glossary terms a page's text links, and where to: the terms in the language the text is written in,
/// the entries on the glossary page of the reader's language.</summary>
public static class TermLinks
{
    /// <summary>They depend on the page's two languages only, so they are made once per pair and build (every page
    /// made its own list: 2 % of the real site's build).</summary>
    public static PageTerms? For(LinkedPage page, SiteContext context) =>
        PerLanguages.GetValue(context, _ => new()).GetOrAdd((page.Lang, page.ContentLang), static (langs, context) => Make(langs.Lang, langs.ContentLang, context), context);

    static readonly ConditionalWeakTable<SiteContext, ConcurrentDictionary<(string Lang, string ContentLang), PageTerms?>> PerLanguages = new();

    static PageTerms? Make(string lang, string contentLang, SiteContext context)
    {
        if (GlossaryUrl(context.Site, lang) is not { } glossary) return null;
        var entries = context.Data.Get<GlossaryData>()?.Entries ?? [];
        var terms = entries.Select(entry =>
        {
            var written = entry.Term.For(contentLang);
            var shown = entry.Term.For(lang);
            var anchor = GlossaryFeature.Anchor(shown);
            return new TermLink(shown, Forms(written), TermMatcher.ExactCase(written), $"{glossary}#{anchor}", "def-" + anchor,
                entry.Definition.For(lang), lang == contentLang ? null : lang);
        }).Where(t => t.Forms.Count > 0).ToList();
        var plurals = context.Strings[contentLang]["glossary.plurals"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .OrderByDescending(e => e.Length).ToList();
        return new PageTerms(terms, context.Strings[lang]["glossary.info"], plurals);
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
