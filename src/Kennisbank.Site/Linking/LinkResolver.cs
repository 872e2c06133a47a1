using System.Text.RegularExpressions;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Parsing;

namespace Kennisbank.Site.Linking;

/// <summary>Turns a link as written in Markdown (a source file, an anchor, a file beside the page) into its output URL,
/// or says precisely why it can't.</summary>
public sealed partial class LinkResolver(LinkedSite site, IReadOnlySet<string> assets)
{
    readonly Dictionary<string, LinkedPage> byUrl = site.Pages.GroupBy(p => p.Url).ToDictionary(g => g.Key, g => g.First());

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    public readonly record struct Result(string? Url, string? Code, string? Problem);

    public Result Resolve(LinkedPage from, LinkReference link)
    {
        var url = link.Url;
        if (Scheme().IsMatch(url) || url.StartsWith("//", StringComparison.Ordinal)) return new(url, null, null);
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? null : url[(hash + 1)..];

        if (path.Length == 0)
            return Anchor(from, from, fragment, "");
        if (path.StartsWith('/'))
        {
            var target = byUrl.GetValueOrDefault(path) ?? byUrl.GetValueOrDefault(path + "/");
            return target is null
                ? Fail(DiagnosticCodes.BrokenLink, $"'{url}' is not a page of this site; link to the source file instead, e.g. ../section/page.md")
                : Anchor(from, target, fragment, target.Url);
        }

        var folder = from.Section;
        var combined = UrlPaths.Combine(folder, Uri.UnescapeDataString(path));
        if (combined is null)
            return Fail(link.IsImage ? DiagnosticCodes.MissingFile : DiagnosticCodes.BrokenLink, $"'{url}' points outside the input folder");

        if (SourceLinks.TryParse(combined, out var id, out var explicitLang))
        {
            var lang = explicitLang ?? from.Lang;
            var target = site.Find(id, lang);
            // An explicit language means that file: a fallback standing in for it is not it.
            if (explicitLang is not null && target is { IsFallback: true }) target = null;
            // Without an explicit language, a page missing in this language is found in the nearest other language; the missing
            // translation is reported on its own (KB011).
            if (target is null && explicitLang is null)
                target = site.Config.OthersNearestFirst(lang).Select(l => site.Find(id, l)).FirstOrDefault(p => p is not null);
            if (target is null)
            {
                var known = site.Pages.Select(p => p.Id).Distinct();
                var hint = Suggestions.Closest(id, known, 4) is { } s ? $"; did you mean '{s}.md'?" : "";
                return Fail(DiagnosticCodes.BrokenLink, $"the link '{url}' leads to no page (looked for input/{id}.{lang}.md){hint}");
            }
            return Anchor(from, target, fragment, target.Url);
        }

        if (assets.Contains(combined))
            return new(UrlPaths.Relative(from.Url, SectionUrls.OfAsset(site, combined, from.Lang)) + (fragment is null ? "" : "#" + fragment), null, null);
        return link.IsImage
            ? Fail(DiagnosticCodes.MissingFile, $"the image '{url}' does not exist (looked for input/{combined})")
            : Fail(DiagnosticCodes.MissingFile, $"the file '{url}' does not exist (looked for input/{combined}); link to pages as .md files");
    }

    static Result Anchor(LinkedPage from, LinkedPage target, string? fragment, string url)
    {
        if (fragment is null) return new(url, null, null);
        if (fragment.Length == 0) return new(url, null, null);
        var ids = target.Source?.Headings.Select(h => h.Id) ?? [];
        if (ids.Contains(fragment) || target.Source is null) return new(url + "#" + fragment, null, null);
        var hint = Suggestions.Closest(fragment, ids, 4) is { } s ? $"; did you mean '#{s}'?" : "";
        var where = target == from ? "this page" : $"'{target.Source.Source.DisplayPath}'";
        return Fail(DiagnosticCodes.MissingAnchor, $"there is no heading '#{fragment}' on {where}{hint}");
    }

    static Result Fail(string code, string problem) => new(null, code, problem);
}
