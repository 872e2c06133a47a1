using System.Diagnostics;
using Kennisbank.TestSupport;

namespace Kennisbank.Benchmarks;

/// <summary>Where the content and theme are (the root is found by Kennisbank.TestSupport, also from a
/// BenchmarkDotNet child process), and the generated corpora.</summary>
public static class Repository
{
    public static string Root => RepositoryRoot.Path;
    public static string Input => Path.Combine(Root, "input");
    public static string Theme => Path.Combine(Root, "theme");

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
