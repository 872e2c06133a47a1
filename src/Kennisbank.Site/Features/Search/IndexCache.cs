using System.Collections.Immutable;

namespace Kennisbank.Site.Features.Search;

/// <summary>The preview's memory of each language's index: a rebuild whose results for a language are the same as
/// the previous one's (a one-page edit changes one language's) reuses that language's <see cref="IndexFiles"/>
/// instead of making the index again. Kept by `serve`'s session (<c>BuildCache.Keep</c>), never by `build`.</summary>
public sealed class IndexCache
{
    readonly Dictionary<string, (RuleSet Rules, ImmutableArray<IndexDoc> Docs, IndexFiles Files)> last = new(StringComparer.Ordinal);
    int made;

    /// <summary>How many indexes were made rather than reused, over the session (what the tests look at).</summary>
    public int Made => made;

    /// <summary>The index made from these results, the previous one when they are the same.</summary>
    public IndexFiles Get(string lang, RuleSet rules, ImmutableArray<IndexDoc> docs)
    {
        lock (last)
        {
            if (last.TryGetValue(lang, out var known) && known.Rules.Equals(rules) && Same(known.Docs, docs)) return known.Files;
            var files = new IndexFiles(new LanguageIndex(lang, rules, docs));
            made++;
            last[lang] = (rules, docs, files);
            return files;
        }
    }

    /// <summary>The index is made from the results alone (and the rules): equal results, equal files.</summary>
    static bool Same(ImmutableArray<IndexDoc> a, ImmutableArray<IndexDoc> b) =>
        a.Length == b.Length && a.Zip(b).All(pair => Same(pair.First, pair.Second));

    /// <summary>By value: the texts and terms of an unchanged page are the very same instances (its entry is kept per
    /// parsed page), a glossary term's are made again each time. Any other property, the text included (compared by
    /// its bytes), is compared by the record itself, so one added later counts too.</summary>
    internal static bool Same(IndexDoc a, IndexDoc b) =>
        ReferenceEquals(a, b) ||
        ((ReferenceEquals(a.Terms, b.Terms) || (a.Terms.Terms.AsSpan().SequenceEqual(b.Terms.Terms.AsSpan()) && (a.Terms with { Terms = b.Terms.Terms }).Equals(b.Terms)))
         && (a with { Terms = b.Terms }).Equals(b));
}
