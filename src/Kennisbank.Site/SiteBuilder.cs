using System.Collections.Immutable;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Configuration;
using Kennisbank.Site.Data;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.History;
using Kennisbank.Site.Incremental;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Loading;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Publishing;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site;

/// <summary>The pipeline, in order: load → configure → parse → link → check → render → publish. Writing is the
/// caller's choice (build writes, check doesn't). Each stage is a plain function over immutable records; a fault
/// inside one becomes a diagnostic, never a stack trace (see <see cref="Stages"/>).</summary>
public static class SiteBuilder
{
    /// <summary>The link stage's steps after <see cref="PlacePages"/>, in order. The benchmarks run these same steps.</summary>
    public static readonly IReadOnlyList<(string Name, LinkStep Run)> LinkSteps =
    [
        ("order sections", OrderSections.Run),
        ("pair translations", PairTranslations.Run),
        ("add navigation", AddNavigation.Run),
        ("resolve links", ResolveLinks.Run),
        ("copy assets", CopyAssets.Run),
        ("date pages", LastUpdated.Run),
    ];

    /// <param name="cache">Given by `serve`, so a rebuild re-does only what changed (see <see cref="BuildCache"/>).</param>
    public static BuildResult Build(BuildOptions options, IPageRenderer renderer, BuildCache? cache = null)
    {
        var stages = new Stages(options.Progress);
        try
        {
            return Build(options, renderer, cache, stages);
        }
        catch (Stages.Aborted)
        {
            return stages.Result([], new Dictionary<string, int>(), options.Strict);
        }
    }

    // The stages below are public so that the benchmarks run exactly these, one at a time.
    static BuildResult Build(BuildOptions options, IPageRenderer renderer, BuildCache? cache, Stages stages)
    {
        var schema = new ContentSchema(options.Features);

        // git runs beside the load and parse stages (it is another process; its time is mostly hidden behind theirs).
        var reading = options.ReadHistory ? Task.Run(() => GitLog.Read(options.InputDir)) : Task.FromResult(SourceHistory.Off);
        var source = stages.Run<SiteSource>("load", () => Loader.Load(options.InputDir, options.DisplayRoot));
        var config = stages.Run("configure", () => Configure(source, renderer, schema, options.DisplayRoot));
        var (pages, data, strings) = stages.Run("parse", () => Parse(source, config, options.ThemeDir, schema, cache));
        // Git history feeds the pages' dates; a build outside a repository (a test's temporary copy) dates from front matter.
        var history = stages.Run("history (waiting for git)", () => (reading.GetAwaiter().GetResult(), (IEnumerable<Diagnostic>)[]));
        var site = stages.Run("link", () => Link(pages, source, data, config, schema, strings, history));
        stages.Run("check", () => Check(site, data, config, schema, options.Thorough, strings));

        var context = new SiteContext(site, data, strings, schema, options.BaseUrl ?? config.BaseUrl) { History = history, Cache = cache };
        var pageFiles = stages.Run<IReadOnlyList<OutputFile>>("render (pages render when written)", () =>
        {
            cache?.BeginRender(site, source.Data.Select(d => d.Text).Concat(strings.Values.Select(s => string.Join('\n', s.Keys.Select(k => k + s[k])))));
            return (Renderer.Render(context, renderer, cache).ToList(), []);
        });
        var others = stages.Run<IReadOnlyList<OutputFile>>("publish", () => Publisher.Publish(context, renderer, options.ThemeDir));
        stages.Run("check outputs", () => (0, DuplicateOutputs.Check(pageFiles, others)));

        var files = pageFiles.Concat(others).OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray();
        var perLanguage = config.Codes.ToDictionary(lang => lang, lang => site.Pages.Count(p => p.Lang == lang));
        var markdown = site.Pages.Where(p => p.Source is not null).ToList();
        var total = markdown.Select(p => p.Id).Distinct().Count();
        var coverage = config.Codes.Select(lang => new LanguageCoverage(lang, markdown.Count(p => p.Lang == lang && !p.IsFallback), total)).ToList();
        return stages.Result(files, perLanguage, options.Strict, coverage) with { History = history };
    }

    /// <summary>Reads input/site.yml; a page in a language the site does not have is reported and left out.</summary>
    public static (SiteConfig, IEnumerable<Diagnostic>) Configure(SiteSource source, IPageRenderer renderer, ContentSchema schema, string displayRoot)
    {
        var (config, diagnostics) = SiteConfigParser.Parse(source.Config?.Text, source.Config?.DisplayPath ?? $"{displayRoot}/{SiteConfigParser.FileName}");
        var problems = diagnostics.ToList();
        foreach (var document in source.Documents.Where(d => !config.IsKnown(d.Lang)))
            problems.Add(Diagnostic.Error(document.DisplayPath, 1, 1, DiagnosticCodes.UnknownLanguage,
                $"the site has no language '{document.Lang}' (its languages are {string.Join(", ", config.Codes)}, in {displayRoot}/{SiteConfigParser.FileName})"));
        foreach (var layout in schema.LayoutNames.Where(l => !renderer.Layouts.Contains(l)))
            problems.Add(Diagnostic.Error("theme", 1, 1, DiagnosticCodes.UnknownLayout, $"the theme has no component for the layout '{layout}'"));
        return (config, problems);
    }

    public static ((ImmutableArray<ParsedPage>, SiteData, IReadOnlyDictionary<string, UiStrings>), IEnumerable<Diagnostic>) Parse(
        SiteSource source, SiteConfig config, string themeDir, ContentSchema schema, BuildCache? cache)
    {
        var documents = source.Documents.Where(d => config.IsKnown(d.Lang)).ToList();
        var (pages, pageDiagnostics) = PageParser.ParseAll(documents, schema, cache is null ? null : cache.Parse);
        var (data, dataDiagnostics) = cache is null ? DataParser.Parse(source.Data, schema, config)
            : cache.Reuse("data", InputKey.Data(source), () => DataParser.Parse(source.Data, schema, config));
        var (strings, stringDiagnostics) = cache is null ? UiStringsLoader.LoadAll(themeDir, config)
            : cache.Reuse("strings", InputKey.Strings(source, themeDir, config), () => UiStringsLoader.LoadAll(themeDir, config));
        return ((pages, data, strings), [.. pageDiagnostics, .. dataDiagnostics, .. stringDiagnostics]);
    }

    public static (LinkedSite, IEnumerable<Diagnostic>) Link(IReadOnlyList<ParsedPage> pages, SiteSource source, SiteData data, SiteConfig config,
        ContentSchema schema, IReadOnlyDictionary<string, UiStrings> strings, SourceHistory? history = null)
    {
        var context = new LinkContext(config, data, schema, source.Assets, strings) { History = history ?? SourceHistory.Off };
        var published = AddFallbacks.Run([.. pages.Where(p => !p.FrontMatter.Draft)], config);
        var virtualPages = schema.Features.SelectMany(f => f.Pages(new PageSource(published, data, config, strings))).ToList();
        var (site, diagnostics) = PlacePages.Run(published, virtualPages, context);
        var all = diagnostics.ToList();
        foreach (var (_, step) in LinkSteps)
        {
            (site, diagnostics) = step(site, context);
            all.AddRange(diagnostics);
        }
        return (site, all);
    }

    public static (int, IEnumerable<Diagnostic>) Check(LinkedSite site, SiteData data, SiteConfig config, ContentSchema schema, bool thorough,
        IReadOnlyDictionary<string, UiStrings>? strings = null)
    {
        var context = new CheckContext(site, data, config, thorough) { Strings = strings ?? new Dictionary<string, UiStrings>() };
        return (0, schema.Features.SelectMany(f => f.Check(context)).ToList());
    }
}
