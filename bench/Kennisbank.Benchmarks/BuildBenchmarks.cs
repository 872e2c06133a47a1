using BenchmarkDotNet.Attributes;
using Kennisbank.Cli;
using Kennisbank.Site;
using Kennisbank.Theme;

namespace Kennisbank.Benchmarks;

/// <summary>A whole build in process, as `kb build` does it minus the disk: load → parse → link → check → render,
/// with the CLI's options (self-assessments included). Pages render lazily, when written, so every produced file is
/// written to <see cref="Stream.Null"/> here, in parallel as the writer does. Pages are parsed and rendered in
/// parallel, so on this machine the result depends on how many cores are free.</summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    /// <summary>Page pairs in the generated corpus (bench/scale.sh uses the same generator and seed).</summary>
    const int CorpusPairs = 500;

    BuildOptions realSite = null!;
    BuildOptions corpus = null!;
    string? corpusDir;
    ThemeRenderer theme = null!;

    static BuildOptions Options(string input) =>
        Commands.Options(new Settings(input, Repository.Theme, null, Strict: false));

    [GlobalSetup(Target = nameof(BuildRealSite))]
    public void SetupRealSite()
    {
        theme = new ThemeRenderer();
        realSite = Options(Repository.Input);
        Verify(SiteBuilder.Build(realSite, theme), "input/");
    }

    [GlobalSetup(Target = nameof(BuildCorpus500))]
    public void SetupCorpus()
    {
        theme = new ThemeRenderer();
        corpusDir = Repository.GenerateCorpus(CorpusPairs);
        corpus = Options(corpusDir);
        Verify(SiteBuilder.Build(corpus, theme), corpusDir);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        theme.Dispose();
        if (corpusDir is not null && Directory.Exists(corpusDir)) Directory.Delete(corpusDir, recursive: true);
    }

    /// <summary>The real site (input/), every page rendered, nothing written to disk.</summary>
    [Benchmark]
    public BuildResult BuildRealSite() => Render(SiteBuilder.Build(realSite, theme));

    /// <summary>A generated corpus of 500 page pairs (1,032 pages), every page rendered, nothing written to disk.</summary>
    [Benchmark]
    public BuildResult BuildCorpus500() => Render(SiteBuilder.Build(corpus, theme));

    static BuildResult Render(BuildResult result)
    {
        Parallel.ForEach(result.Files, file => { if (file.CopyFrom is null) file.WriteTo(Stream.Null); });
        return result;
    }

    /// <summary>A benchmark of a build that fails would measure the wrong thing.</summary>
    static void Verify(BuildResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"the build of {what} has {result.Errors} error(s): " +
                string.Join("; ", result.Diagnostics.Where(d => d.IsError).Take(5)));
        Console.WriteLine($"// {what}: {result.PagesPerLanguage.Values.Sum()} pages, {result.Files.Length} files, {result.Warnings} warning(s)");
    }
}
