using System.Collections.Immutable;
using Kennisbank.Site.Features.Glossary;
using Kennisbank.Site.Features.Roadmap;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Features.Search;

/// <summary>What a language's index holds, in order: the glossary's terms (each a result that opens its anchor), then
/// every page written in that language, by URL: Markdown pages with their text, and the features' own pages (SDG
/// pages, self-assessments) with their title and introduction. Not indexed: drafts (never published), fallback pages
/// (their text is another language's: that language's index has it), pages under another (an assessment's method
/// page), and the search page itself.</summary>
public static class SearchDocs
{
    static readonly ImmutableArray<TextSection> NoText = [new("", "", "")];
    static readonly SectionText NoTextJson = SectionText.Of(NoText);

    public static bool IsIndexed(LinkedPage page) =>
        !page.IsFallback && !page.IsNested && page.Layout != SearchFeature.Layout && (page.Source is not null || page.Virtual is not null);

    /// <summary>How many results the language has, known before any page is rendered (the files' paths depend on it).</summary>
    public static int Count(SiteContext context, string lang) =>
        GlossaryTerms(context, lang).Count() + context.Site.Pages.Count(p => p.Lang == lang && IsIndexed(p));

    public static ImmutableArray<IndexDoc> For(SiteContext context, string lang, RuleSet rules)
    {
        var strings = context.Strings[lang];
        var terms = GlossaryTerms(context, lang).Select(t =>
        {
            var sections = ImmutableArray.Create(new TextSection("", "", t.Entry.Definition.For(lang)));
            return new IndexDoc($"{t.Page.Url}#{GlossaryFeature.Anchor(t.Entry.Term.For(lang))}", t.Entry.Term.For(lang), "", t.Page.Title, "", true,
                sections, DocTerms.Of(t.Entry.Term.For(lang), "", sections, rules));
        });
        var pages = context.Site.Pages.Where(p => p.Lang == lang && IsIndexed(p)).Select(page =>
        {
            var (text, docTerms) = page.Source is not null
                ? PageEntries.Get(page, rules, strings) is var entry ? (entry.Text, entry.Terms) : default
                : (NoTextJson, DocTerms.Of(page.Title, page.Description, NoText, rules));
            return new IndexDoc(page.Url, page.Title, page.Description, SectionOf(page, context), Meta(page, context), false, text, docTerms);
        });
        return [.. terms, .. pages];
    }

    /// <summary>The glossary in a language whose glossary page is written in it (not a fallback).</summary>
    static IEnumerable<(LinkedPage Page, GlossaryEntry Entry)> GlossaryTerms(SiteContext context, string lang)
    {
        var page = context.Site.IndexesWithLayout(GlossaryFeature.Layout).FirstOrDefault(p => p.Lang == lang && !p.IsFallback);
        if (page is null) return [];
        // An entry without a text here was reported when the data was read; it is simply not indexed.
        return (context.Data.Get<GlossaryData>()?.Entries ?? [])
            .Where(e => e.Term.For(lang) is { Length: > 0 } && e.Definition.For(lang) is not null)
            .OrderBy(e => e.Term.For(lang).ToLowerInvariant(), StringComparer.Ordinal)
            .Select(e => (page, e));
    }

    static string SectionOf(LinkedPage page, SiteContext context) =>
        page.IsIndex || page.Section.Length == 0 ? "" : context.Site.SectionIndex(page.Section, page.Lang)?.Title ?? "";

    /// <summary>A roadmap page's step and period ("Stap 4 · Jaar 2: Wie wordt onze partner?").</summary>
    static string Meta(LinkedPage page, SiteContext context)
    {
        if (RoadmapFeature.Step(page) is not { } step) return "";
        var strings = context.Strings[page.Lang];
        var period = context.Data.Get<PeriodList>()?.Periods.FirstOrDefault(p => p.Number == RoadmapFeature.Period(page));
        var text = strings.Format("roadmap.step", step);
        return period is null ? text : $"{text} · {period.Years.For(page.Lang)}: {period.Title.For(page.Lang)}";
    }
}
