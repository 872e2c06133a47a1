using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Kennisbank.Benchmarks;

public static class Program
{
    /// <summary>Without a --job/-j argument every benchmark runs a short job (1 launch, 2 warm-up, 5 measured
    /// iterations): the numbers are indicative, which is what a shared 2-core machine gives anyway.
    /// Pass e.g. `--job default` for BenchmarkDotNet's full statistics. Median and Min are shown beside the mean:
    /// under load from other processes the fastest run is often the better estimate of the code's own cost.</summary>
    public static int Main(string[] args)
    {
        IConfig config = DefaultConfig.Instance.AddColumn(StatisticColumn.Median, StatisticColumn.Min);
        if (!args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal)))
            config = config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5).WithId("Short"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
