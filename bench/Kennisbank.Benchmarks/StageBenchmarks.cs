using BenchmarkDotNet.Attributes;
using Kennisbank.Cli;
using Kennisbank.Site;
using Kennisbank.Site.Data;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Loading;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Rendering;
using Kennisbank.Theme;

namespace Kennisbank.Benchmarks;

/// <summary>The build's stages one at a time, on the real site in input/. GlobalSetup runs load → parse → link once,
/// exactly as <see cref="SiteBuilder.Build"/> does (with the CLI's extensions, i.e. the self-assessments), so each
/// benchmark measures only its own stage.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    /// <summary>A long, typical lesson: headings, lists, callouts, links.</summary>
    const string PageId = "lessen/spreek-dezelfde-taal";
    const string PageLang = Languages.Dutch;

    SourceDocument document = null!;
    IReadOnlyList<ParsedPage> parsed = null!;
    IReadOnlyList<Asset> assets = null!;
    SiteData data = null!;
    IReadOnlyList<VirtualPage> extraPages = null!;
    SiteContext context = null!;
    LinkedPage page = null!;
    ThemeRenderer theme = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = Commands.Options(new Settings(Repository.Input, Repository.Theme, Defaults.BaseUrl, Strict: false));
        var (source, _) = Loader.Load(options.InputDir, "input");
        document = source.Documents.Single(d => d.Id == PageId && d.Lang == PageLang);
        parsed = PageParser.ParseAll(source.Documents).Pages;
        assets = source.Assets;
        data = DataParser.Parse(source.Data).Data;
        extraPages = options.Extensions.SelectMany(e => e.Pages(parsed)).ToList();
        var (site, _) = Linker.Link(parsed, assets, data, extraPages);
        var strings = Languages.All.ToDictionary(lang => lang, lang => UiStrings.Load(options.ThemeDir, lang));
        context = new SiteContext(site, data, strings, options.BaseUrl);
        page = site.Find(PageId, PageLang) ?? throw new InvalidOperationException($"{PageId} ({PageLang}) is not in the linked site");
        theme = new ThemeRenderer();
    }

    [GlobalCleanup]
    public void Cleanup() => theme.Dispose();

    /// <summary>Stage 2 for one page: front matter (YAML) + Markdown (Markdig) + the page's checks.</summary>
    [Benchmark]
    public ParsedPage ParsePage() => PageParser.Parse(document).Page;

    /// <summary>Stage 4 for one page: the Markdown body to HTML (links rewritten) and the Razor layout around it.</summary>
    [Benchmark]
    public string RenderPage()
    {
        var body = ContentRenderer.Render(page, context.Strings[page.Lang]);
        var output = new StringWriter();
        theme.RenderPage(new PageView(page, body, context), output);
        return output.ToString();
    }

    /// <summary>Stage 3 for the whole site: URLs, translations, navigation, every link resolved.</summary>
    [Benchmark]
    public LinkedSite LinkSite() => Linker.Link(parsed, assets, data, extraPages).Site;
}
