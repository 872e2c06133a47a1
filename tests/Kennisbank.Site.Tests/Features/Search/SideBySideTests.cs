using Kennisbank.Site.Features.Search;

namespace Kennisbank.Site.Tests.Features.Search;

/// <summary><see cref="SideBySide{T}"/>: the languages' indexes are made once each, and a thread that would wait for
/// one being made elsewhere makes another meanwhile.</summary>
public class SideBySideTests
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void A_thread_that_would_wait_makes_a_value_nobody_has_started()
    {
        using var firstStarted = new ManualResetEventSlim();
        using var releaseFirst = new ManualResetEventSlim();
        int? madeSecondOn = null;
        var values = new SideBySide<string>(
        [
            new Lazy<string>(() =>
            {
                firstStarted.Set();
                releaseFirst.Wait(Patience, CancellationToken.None);
                return "first";
            }),
            new Lazy<string>(() =>
            {
                madeSecondOn = Environment.CurrentManagedThreadId;
                return "second";
            }),
        ]);
        var one = new Thread(() => values.Get(0)) { IsBackground = true };
        one.Start();
        Assert.True(firstStarted.Wait(Patience, TestContext.Current.CancellationToken));
        int? waiter = null;
        string? got = null;
        var two = new Thread(() =>
        {
            waiter = Environment.CurrentManagedThreadId;
            got = values.Get(0);
        }) { IsBackground = true };
        two.Start();
        // The second thread makes the second value while the first is still being made, then waits for the first.
        SpinWait.SpinUntil(() => madeSecondOn is not null, Patience);
        Assert.NotNull(madeSecondOn);
        Assert.Equal(waiter, madeSecondOn);
        releaseFirst.Set();
        Assert.True(one.Join(Patience) && two.Join(Patience));
        Assert.Equal("first", got);
        Assert.Equal("second", values.Get(1));
    }

    [Fact]
    public void Each_value_is_made_once_and_a_fault_reaches_whoever_asks_for_it()
    {
        var made = new int[3];
        var values = new SideBySide<int>([.. Enumerable.Range(0, 3).Select(i => new Lazy<int>(() =>
        {
            Interlocked.Increment(ref made[i]);
            return i == 1 ? throw new InvalidOperationException("index 1") : i * 10;
        }))]);
        var results = new System.Collections.Concurrent.ConcurrentBag<(int, int)>();
        Parallel.For(0, 60, n =>
        {
            if (n % 3 != 1) results.Add((n % 3, values.Get(n % 3)));
        });
        Assert.All(results, r => Assert.Equal(r.Item1 * 10, r.Item2));
        Assert.Equal("index 1", Assert.Throws<InvalidOperationException>(() => values.Get(1)).Message);
        Assert.Equal([1, 1, 1], made);
    }
}
