using System.Collections.Immutable;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Features;
using Kennisbank.Site.Features.Search;
using Kennisbank.Site.Loading;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Tests.Support;
using Kennisbank.Theme;

namespace Kennisbank.Site.Tests.Features.Search.Support;

/// <summary>A site's search as both sides see it: the C# index of each language (the reference), and the built files
/// the browser's script reads. The real site's is made once for all tests.</summary>
public sealed class SearchSite
{
    public SiteContext Context { get; }
    public IReadOnlyDictionary<string, byte[]> Files { get; }
    readonly Dictionary<string, LanguageIndex> indexes = [];

    SearchSite(SiteContext context, IReadOnlyDictionary<string, byte[]> files) => (Context, Files) = (context, files);

    static readonly Lazy<SearchSite> Real = new(() => new(ContextOf(Repository.Input),
        RealSite.Result.Files.Where(f => f.Content is not null).ToDictionary(f => f.Path, f => f.Content!)));

    public static SearchSite RealOne => Real.Value;

    /// <summary>Builds a test site (as `kb build` does, every file made) and its C# indexes.</summary>
    public static SearchSite Of(TestSite site)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return new(ContextOf(site.Input), result.Files.Where(f => f.CopyFrom is null).ToDictionary(f => f.Path, f => f.Content!));
    }

    public LanguageIndex Index(string lang)
    {
        lock (indexes)
        {
            if (!indexes.TryGetValue(lang, out var index))
                indexes[lang] = index = new LanguageIndex(lang, SearchFeature.Rules(Context, lang), SearchDocs.For(Context, lang, SearchFeature.Rules(Context, lang)));
            return index;
        }
    }

    public byte[] File(string path) => Files.TryGetValue(path, out var bytes) ? bytes : throw new KeyNotFoundException(path);

    /// <summary>The built script, as browsers get it.</summary>
    public string Script => System.Text.Encoding.UTF8.GetString(File(SearchFeature.ScriptPath.TrimStart('/')));

    /// <summary>The site through the pipeline's own stage functions, up to the render stage's context.</summary>
    static readonly ThemeRenderer Theme = new();

    static SiteContext ContextOf(string input)
    {
        var schema = new ContentSchema(SiteFeatures.All());
        var (source, _) = Loader.Load(input, "input");
        var (config, _) = SiteBuilder.Configure(source, Theme, schema, "input");
        var ((pages, data, strings), _) = SiteBuilder.Parse(source, config, Repository.Theme, schema, null);
        var (site, _) = SiteBuilder.Link(pages, source, data, config, schema, strings);
        return new SiteContext(site, data, strings, schema, TestSite.BaseUrl);
    }

    public ImmutableArray<string> Languages => [.. Context.Config.Codes];
}
