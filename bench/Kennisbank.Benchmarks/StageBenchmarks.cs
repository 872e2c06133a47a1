using BenchmarkDotNet.Attributes;
using Kennisbank.Cli;
using Kennisbank.Site;
using Kennisbank.Site.Configuration;
using Kennisbank.Site.Data;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Features.Search;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Loading;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Rendering;
using Kennisbank.Theme;

namespace Kennisbank.Benchmarks;

/// <summary>The build's stages one at a time, on the real site in input/. GlobalSetup runs load → configure → parse →
/// link once through <see cref="SiteBuilder"/>'s own stage functions (with the CLI's features), so each benchmark
/// measures only its own stage and can never drift from the pipeline.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    /// <summary>A long, typical lesson: headings, lists, callouts, links.</summary>
    const string PageId = "lessen/spreek-dezelfde-taal";

    SourceDocument document = null!;
    SiteSource source = null!;
    IReadOnlyList<ParsedPage> parsed = null!;
    SiteData data = null!;
    SiteConfig config = null!;
    ContentSchema schema = null!;
    SiteContext context = null!;
    LinkedPage page = null!;
    ThemeRenderer theme = null!;
    string bodyHtml = null!;
    RuleSet rules = null!;
    IReadOnlyDictionary<string, UiStrings> strings = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = Commands.Options(new Settings(Repository.Input, Repository.Theme, null, Strict: false));
        theme = new ThemeRenderer();
        schema = new ContentSchema(options.Features);
        (source, _) = Loader.Load(options.InputDir, "input");
        (config, _) = SiteBuilder.Configure(source, theme, schema, "input");
        document = source.Documents.First(d => d.Id == PageId && d.Lang == config.DefaultLanguage);
        var ((pages, siteData, strings), _) = SiteBuilder.Parse(source, config, options.ThemeDir, schema, null);
        (parsed, data) = (pages, siteData);
        var (site, _) = SiteBuilder.Link(parsed, source, data, config, schema, strings);
        this.strings = strings;
        context = new SiteContext(site, data, strings, schema, config.BaseUrl);
        page = site.Find(PageId, config.DefaultLanguage) ?? throw new InvalidOperationException($"{PageId} is not in the linked site");
        bodyHtml = ContentRenderer.Render(page, strings[page.Lang]);
        rules = SearchFeature.Rules(context, page.Lang);
    }

    [GlobalCleanup]
    public void Cleanup() => theme.Dispose();

    /// <summary>Stage 2 for one page: front matter (YAML) + Markdown (Markdig) + the page's checks.</summary>
    [Benchmark]
    public ParsedPage ParsePage() => PageParser.Parse(document, schema).Page;

    /// <summary>Stage 4 for one page: the Markdown body to HTML (links rewritten) and the Razor layout around it.</summary>
    [Benchmark]
    public string RenderPage()
    {
        var output = new StringWriter();
        Renderer.RenderPage(page, context, theme, output);
        return output.ToString();
    }

    /// <summary>Stage 3 for the whole site: every link step (URLs, order, translations, navigation, links, assets).</summary>
    [Benchmark]
    public LinkedSite LinkSite() => SiteBuilder.Link(parsed, source, data, config, schema, strings).Item1;

    /// <summary>What search adds to stage 4 for one page: its text by section from the body HTML, then its terms.</summary>
    [Benchmark]
    public DocTerms SearchEntry()
    {
        var sections = PageText.Sections(bodyHtml);
        return DocTerms.Of(page.Title, page.Description, sections, rules, static s => s);
    }
}
