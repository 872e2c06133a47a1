using System.Collections.Immutable;
using Kennisbank.Diagnostics;

namespace Kennisbank.Site.Linking;

/// <summary>Link step 5: every link and image written in a page, resolved once against the final pages into the
/// page's link map, or reported with its line and column.</summary>
public static class ResolveLinks
{
    public static (LinkedSite Site, IEnumerable<Diagnostic> Diagnostics) Run(LinkedSite site, LinkContext context)
    {
        var diagnostics = new List<Diagnostic>();
        var assets = context.Assets.Select(a => a.RelativePath).ToHashSet(StringComparer.Ordinal);
        var resolver = new LinkResolver(site, assets);
        var pages = site.Pages.Select(page =>
        {
            if (page.Source is null) return page;
            var map = ImmutableDictionary.CreateBuilder<string, string>();
            foreach (var link in page.Source.Links)
            {
                var result = resolver.Resolve(page, link);
                if (result.Url is not null) map[link.Url] = result.Url;
                else diagnostics.Add(Diagnostic.Error(page.Source.Source.DisplayPath, link.Line, link.Column, result.Code!, result.Problem!));
            }
            return page with { LinkMap = map.ToImmutable() };
        });
        return (site with { Pages = [.. pages] }, diagnostics);
    }
}
