using System.Collections.Immutable;
using System.Diagnostics;
using Kennisbank.Site.Data;
using Kennisbank.Site.Diagnostics;
using Kennisbank.Site.Incremental;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Loading;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Publishing;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site;

/// <summary>The result of a build: the files it would write and everything it found wrong.</summary>
public sealed record BuildResult(
    ImmutableArray<OutputFile> Files,
    ImmutableArray<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> PagesPerLanguage,
    TimeSpan Elapsed)
{
    /// <summary>Time per stage, for `kb build --timings` and the performance notes.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> Timings { get; init; } = [];

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
    public int Errors => Diagnostics.Count(d => d.IsError);
    public int Warnings => Diagnostics.Count(d => !d.IsError);
}

/// <summary>The pipeline, in order: load → parse → link → render. Writing is the caller's choice (build writes, check doesn't).</summary>
public static class SiteBuilder
{
    /// <param name="cache">Given by `serve`, so a rebuild re-does only what changed (see <see cref="BuildCache"/>).</param>
    public static BuildResult Build(BuildOptions options, IPageRenderer renderer, BuildCache? cache = null)
    {
        var clock = Stopwatch.StartNew();
        var timings = new List<(string, TimeSpan)>();
        var lap = TimeSpan.Zero;
        void Stage(string name)
        {
            timings.Add((name, clock.Elapsed - lap));
            lap = clock.Elapsed;
        }
        var diagnostics = new List<Diagnostic>();

        var (source, loadDiagnostics) = Loader.Load(options.InputDir, options.DisplayRoot);
        diagnostics.AddRange(loadDiagnostics);
        Stage("load");

        var (pages, parseDiagnostics) = PageParser.ParseAll(source.Documents, cache is null ? null : cache.Parse);
        var (data, dataDiagnostics) = DataParser.Parse(source.Data);
        diagnostics.AddRange(parseDiagnostics);
        diagnostics.AddRange(dataDiagnostics);
        Stage("parse");

        var extraPages = options.Extensions.SelectMany(e => e.Pages(pages)).ToList();
        var (site, linkDiagnostics) = Linker.Link(pages, source.Assets, data, extraPages);
        diagnostics.AddRange(linkDiagnostics);
        diagnostics.AddRange(ContentRules.Check(site, data));
        diagnostics.AddRange(options.Extensions.SelectMany(e => e.Check(site, options.Thorough)));
        Stage("link");

        var strings = Languages.All.ToDictionary(lang => lang, lang => UiStrings.Load(options.ThemeDir, lang));
        var context = new SiteContext(site, data, strings, options.BaseUrl);
        cache?.BeginRender(site, source.Data.Select(d => d.Text).Concat(Languages.All.Select(lang => string.Join('\n', strings[lang].Keys.Select(k => k + strings[lang][k])))));
        var files = Renderer.Render(context, renderer, options.ThemeDir, cache)
            .Concat(options.Extensions.SelectMany(e => e.Files(context)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToImmutableArray();

        Stage("render (site files; pages render when written)");
        var all = options.Strict ? DiagnosticList.Strict(diagnostics) : diagnostics.ToImmutableArray();
        var perLanguage = Languages.All.ToDictionary(lang => lang, lang => site.Pages.Count(p => p.Lang == lang));
        return new BuildResult(files, DiagnosticList.Sorted(all), perLanguage, clock.Elapsed) { Timings = timings };
    }
}
