using System.Collections.Concurrent;

namespace Kennisbank.Site.Features.Printing;

/// <summary>The preview's memory of each part's nested HTML: a one-page edit renders its section's printed document
/// again, and parsing every part's HTML to nest it was a quarter of each rebuild of the real site
/// (docs/performance.md). A part whose HTML is the same as last time is nested as it was. Kept by `serve`'s session
/// (<c>BuildCache.Keep</c>), never by `build`, which nests each part once.</summary>
public sealed class NestedParts
{
    readonly ConcurrentDictionary<(string Url, string Prefix), (string Html, string Nested)> last = new();

    public string Get(string url, string html, string prefix)
    {
        if (last.TryGetValue((url, prefix), out var known) && known.Html == html) return known.Nested;
        var nested = PrintDocument.Nest(html, prefix);
        last[(url, prefix)] = (html, nested);
        return nested;
    }
}
