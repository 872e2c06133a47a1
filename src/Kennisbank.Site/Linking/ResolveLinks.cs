using System.Collections.Immutable;
using Kennisbank.Diagnostics;

namespace Kennisbank.Site.Linking;

/// <summary>Link step: every link and image written in a page, resolved once against the final pages into the page's
/// link map, or reported with its line and column. A fallback page resolves its links in its own language (so the
/// reader stays in it); where that fails (an anchor of the content's language on a page that is really translated),
/// it keeps the link its content page has. Its problems are its content page's, reported there once.</summary>
public static class ResolveLinks
{
    public static (LinkedSite Site, IEnumerable<Diagnostic> Diagnostics) Run(LinkedSite site, LinkContext context)
    {
        var diagnostics = new List<Diagnostic>();
        var assets = context.Assets.Select(a => a.RelativePath).ToHashSet(StringComparer.Ordinal);
        var resolver = new LinkResolver(site, assets);
        var maps = new Dictionary<(string, string), IReadOnlyDictionary<string, string>>();
        foreach (var page in site.Pages.Where(p => p.Source is not null && !p.IsFallback))
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var link in page.Source!.Links)
            {
                var result = resolver.Resolve(page, link);
                if (result.Url is not null) map[link.Url] = result.Url;
                else diagnostics.Add(Diagnostic.Error(page.Source.Source.DisplayPath, link.Line, link.Column, result.Code!, result.Problem!));
            }
            maps[(page.Id, page.Lang)] = map;
        }
        foreach (var page in site.Pages.Where(p => p.Source is not null && p.IsFallback))
        {
            var own = maps.GetValueOrDefault((page.Id, page.ContentLang), ImmutableDictionary<string, string>.Empty);
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var link in page.Source!.Links)
                if ((resolver.Resolve(page, link).Url ?? own.GetValueOrDefault(link.Url)) is { } url) map[link.Url] = url;
            maps[(page.Id, page.Lang)] = map;
        }
        var pages = site.Pages.Select(p => maps.TryGetValue((p.Id, p.Lang), out var map) ? p with { LinkMap = map } : p);
        return (site with { Pages = [.. pages] }, diagnostics);
    }
}
