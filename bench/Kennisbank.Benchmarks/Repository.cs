using System.Diagnostics;

namespace Kennisbank.Benchmarks;

/// <summary>Where the repository, its content and theme are. BenchmarkDotNet runs each benchmark in a child
/// process built under bin/, so the root is found by walking up to Knowledgebase.sln from the program and from
/// the working directory.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();
    public static string Input => Path.Combine(Root, "input");
    public static string Theme => Path.Combine(Root, "theme");

    static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Knowledgebase.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Knowledgebase.sln not found above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}");
    }

    /// <summary>The corpus generator: $CORPUS_GEN, else ../shared/corpus/gen-corpus.py beside the repository (as bench/scale.sh).</summary>
    public static string CorpusGenerator =>
        Environment.GetEnvironmentVariable("CORPUS_GEN") is { Length: > 0 } path ? path
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "gen-corpus.py"));

    /// <summary>Writes a generated corpus of <paramref name="pairs"/> page pairs (our own link style) into a new temp folder.</summary>
    public static string GenerateCorpus(int pairs, int seed = 1)
    {
        var generator = CorpusGenerator;
        if (!File.Exists(generator))
            throw new FileNotFoundException($"the corpus generator is missing (set CORPUS_GEN): {generator}");
        var dir = Path.Combine(Path.GetTempPath(), $"kb-bench-corpus-{pairs}-{Environment.ProcessId}");
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { generator, dir, "--pages", pairs.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start python3");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{generator} exited with {process.ExitCode}: {stderr.Result}");
        return dir;
    }
}
