using System.Text.RegularExpressions;
using Kennisbank.Site.Diagnostics;
using Kennisbank.Site.Parsing;

namespace Kennisbank.Site.Linking;

/// <summary>Turns a link as written in Markdown (a source file, an anchor, a file beside the page) into its output URL,
/// or says precisely why it can't.</summary>
public sealed partial class LinkResolver(
    IReadOnlyDictionary<(string Id, string Lang), LinkedPage> pages,
    IReadOnlySet<string> assets,
    Func<string, string, string> assetUrl)
{
    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^(?<id>.+?)(\.(?<lang>nl|en))?\.md$")]
    private static partial Regex SourceLink();

    public readonly record struct Result(string? Url, string? Code, string? Problem);

    public Result Resolve(LinkedPage from, LinkReference link)
    {
        var url = link.Url;
        if (Scheme().IsMatch(url) || url.StartsWith("//", StringComparison.Ordinal)) return new(url, null, null);
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? null : url[(hash + 1)..];

        if (path.Length == 0)
            return Anchor(from, from, fragment, "");
        if (path.StartsWith('/'))
        {
            var byUrl = pages.Values.FirstOrDefault(p => p.Url == path || p.Url == path + "/");
            return byUrl is null
                ? Fail(DiagnosticCodes.BrokenLink, $"'{url}' is not a page of this site; link to the source file instead, e.g. ../section/page.md")
                : Anchor(from, byUrl, fragment, byUrl.Url);
        }

        var folder = from.Section;
        var combined = UrlPaths.Combine(folder, Uri.UnescapeDataString(path));
        if (combined is null)
            return Fail(link.IsImage ? DiagnosticCodes.MissingFile : DiagnosticCodes.BrokenLink, $"'{url}' points outside the input folder");

        var source = SourceLink().Match(combined);
        if (source.Success)
        {
            var id = source.Groups["id"].Value;
            var explicitLang = source.Groups["lang"].Success ? source.Groups["lang"].Value : null;
            var lang = explicitLang ?? from.Lang;
            if (!pages.TryGetValue((id, lang), out var target) && explicitLang is null)
                pages.TryGetValue((id, Languages.Other(lang)), out target);   // the missing translation is reported on its own
            if (target is null)
            {
                var known = pages.Keys.Select(k => k.Id).Distinct();
                var hint = Suggestions.Closest(id, known, 4) is { } s ? $"; did you mean '{s}.md'?" : "";
                return Fail(DiagnosticCodes.BrokenLink, $"the link '{url}' leads to no page (looked for input/{id}.{lang}.md){hint}");
            }
            return Anchor(from, target, fragment, target.Url);
        }

        if (assets.Contains(combined))
            return new(UrlPaths.Relative(from.Url, assetUrl(combined, from.Lang)) + (fragment is null ? "" : "#" + fragment), null, null);
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
