using Kennisbank.Site;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Features;
using Kennisbank.Site.Features.Assessments;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Loading;
using Kennisbank.Theme;

namespace Kennisbank.Browser.Tests.Infrastructure;

/// <summary>The real site's pages as the build links them (through the pipeline's own stage functions), so the
/// browser tests take their lists of pages from the content and the catalog, never from a list typed by hand.</summary>
public static class SiteMap
{
    static readonly Lazy<LinkedSite> Site = new(() =>
    {
        using var renderer = new ThemeRenderer();
        var input = Tooling.InputDir;
        var theme = Path.Combine(RepositoryRoot.Path, "theme");
        var schema = new ContentSchema(SiteFeatures.All());
        var (source, _) = Loader.Load(input, "input");
        var (config, _) = SiteBuilder.Configure(source, renderer, schema, "input");
        var ((pages, data, strings), _) = SiteBuilder.Parse(source, config, theme, schema, null);
        return SiteBuilder.Link(pages, source, data, config, schema, strings).Item1;
    });

    /// <summary>Every page's path, in every language.</summary>
    public static IEnumerable<string> AllPaths() => Site.Value.Pages.Select(p => p.Url);

    /// <summary>Pages shown in a language they are not translated into (Starlight-style fallbacks).</summary>
    public static IEnumerable<string> FallbackPaths() => Site.Value.Pages.Where(p => p.IsFallback).Select(p => p.Url);

    /// <summary>Every self-assessment page, with the path of its method page.</summary>
    public static TheoryData<string, string> Assessments()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in Site.Value.Pages.Where(p => p.Layout == AssessmentFeature.Layout))
        {
            var id = ((AssessmentPage)page.Virtual!.Payload).Assessment.Id;
            var method = Site.Value.Pages.Single(p => p.Layout == AssessmentFeature.MethodLayout && p.Lang == page.Lang
                && ((AssessmentPage)p.Virtual!.Payload).Assessment.Id == id);
            data.Add(page.Url, method.Url);
        }
        return data;
    }
}
