using Kennisbank.Diagnostics;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Features.Search;

/// <summary>Site search (issue 11): a search field in every page's header, an index per language written by the
/// build (see <see cref="IndexFiles"/>), read by a small ES5 script (search-engine.js and search-field.js here, published minified as one,
/// <see cref="ScriptPath"/>), and a search page
/// per language where the field leads without JavaScript. See docs/search.md.</summary>
public sealed class SearchFeature : ISiteFeature
{
    public const string Layout = "search";
    public const string PageId = "search";
    public const string ScriptPath = "/assets/js/search.js";
    /// <summary>The interface text that names a language's rules (<see cref="RuleSet.All"/>): "dutch", "english"…</summary>
    public const string RulesKey = "search.rules";

    public static string IndexPath(string lang) => $"/assets/search/{lang}/";

    public IReadOnlyList<LayoutDeclaration> Layouts { get; } = [new(Layout) { Model = SearchPageView.Of }];

    /// <summary>The search page of each language, at its own slug ("/nl/zoeken/").</summary>
    public IEnumerable<VirtualPage> Pages(PageSource source) =>
        source.Config.Codes.Where(source.Strings.ContainsKey).Select(lang =>
        {
            var s = source.Strings[lang];
            return new VirtualPage(PageId, lang, "", s["search.slug"], s["search.title"], s["search.description"], Layout, new SearchPage(lang));
        });

    /// <summary>A language's rules must exist; a misspelt name would silently search without stemming.</summary>
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var (lang, strings) in context.Strings.Where(s => s.Value.Has(RulesKey) && RuleSet.Named(s.Value[RulesKey]) is null))
            yield return Diagnostic.Error($"theme/strings/{lang}.yml", 1, 1, DiagnosticCodes.InvalidValue,
                $"'{RulesKey}: {strings[RulesKey]}' names no search rules; use one of {string.Join(", ", RuleSet.All.Select(r => r.Name))}");
    }

    public static RuleSet Rules(SiteContext context, string lang) =>
        RuleSet.Named(context.Strings[lang][RulesKey]) ?? RuleSet.None;

    public void PageRendered(LinkedPage page, string contentHtml, SiteContext context)
    {
        if (page.Source is not null && SearchDocs.IsIndexed(page)) PageEntries.Remember(page, contentHtml, Rules(context, page.Lang));
    }

    /// <summary>Per language the index files: their paths now, their contents after the pages. (The script is a theme
    /// asset: search-engine.js and search-field.js in this folder, minified into theme/assets/js/search.js.)</summary>
    public IEnumerable<OutputFile> Files(SiteContext context)
    {
        // Each language's index is made when its first file is written, after all the pages, the languages side by side.
        var indexes = new SideBySide<IndexFiles>([.. context.Config.Codes.Select(lang => new Lazy<IndexFiles>(() => Index(context, lang)))]);
        var number = 0;
        foreach (var lang in context.Config.Codes)
        {
            var n = number++;
            IndexFiles Files() => indexes.Get(n);
            // A file's version is what its bytes are made from (see OutputFile.Deferred): the language's index, which the
            // preview keeps while none of the language's results change, and for a fragment file its results.
            var docs = SearchDocs.Count(context, lang);
            var root = IndexPath(lang).TrimStart('/');
            yield return OutputFile.Deferred(root + "meta.json", () => Files().Meta(), version: Files);
            for (var i = 0; i < IndexFiles.DictionaryShards(docs); i++)
            {
                var shard = i;
                yield return OutputFile.Deferred($"{root}d/{shard}.json", () => Files().Dictionary(shard), version: Files);
            }
            for (var i = 0; i < IndexFiles.PostingShards(docs); i++)
            {
                var shard = i;
                yield return OutputFile.Deferred($"{root}p/{shard}.json", () => Files().Postings(shard), version: Files);
            }
            for (var i = 0; i < IndexFiles.FragmentFiles(docs); i++)
            {
                var file = i;
                yield return OutputFile.Deferred($"{root}f/{file}.json", () => Files().FragmentFile(file), version: () => Files().FragmentSource(file));
            }
        }
    }

    static IndexFiles Index(SiteContext context, string lang)
    {
        var rules = Rules(context, lang);
        var docs = SearchDocs.For(context, lang, rules);
        // In the preview, a language none of whose results changed keeps the index it had.
        return context.Cache is { } cache
            ? cache.Keep<IndexCache>().Get(lang, rules, docs)
            : new IndexFiles(new LanguageIndex(lang, rules, docs));
    }
}

/// <summary>The search page's payload: which language's it is.</summary>
public sealed record SearchPage(string Lang);
