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
        RealSite.Result.Files.ToDictionary(f => f.Path, Bytes)));

    public static SearchSite RealOne => Real.Value;

    /// <summary>Builds a test site (as `kb build` does, every file made) and its C# indexes.</summary>
    public static SearchSite Of(TestSite site)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return new(ContextOf(site.Input), result.Files.ToDictionary(f => f.Path, Bytes));
    }

    /// <summary>A file's bytes; theme assets (the script among them) are copied, not made.</summary>
    static byte[] Bytes(Kennisbank.Site.Writing.OutputFile file) => file.Content ?? System.IO.File.ReadAllBytes(file.CopyFrom!);

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
