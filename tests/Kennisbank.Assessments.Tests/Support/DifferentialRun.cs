using System.Collections.Concurrent;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// Compares many answer sets on all cores: each worker owns a <see cref="Differential"/> (a Jint engine is not
/// thread-safe), all of them share the one prepared script. Stops early once a few disagreements are found: they
/// are examples to fix, not a count.
/// </summary>
public static class DifferentialRun
{
    private const int Examples = 3;

    public sealed record Outcome(int Compared, IReadOnlyList<string> Disagreements);

    public static Outcome Compare(Assessment assessment, IEnumerable<IReadOnlyDictionary<string, Answer?>> sets, CancellationToken cancel)
    {
        var compared = 0;
        var disagreements = new ConcurrentQueue<string>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel };
        Parallel.ForEach(sets, options, () => new Differential(assessment), (answers, loop, differential) =>
        {
            if (differential.Disagreement(answers) is { } message)
            {
                disagreements.Enqueue(message);
                if (disagreements.Count >= Examples)
                {
                    loop.Stop();
                }
            }

            Interlocked.Increment(ref compared);
            return differential;
        }, _ => { });

        return new Outcome(compared, [.. disagreements.Take(Examples)]);
    }
}
