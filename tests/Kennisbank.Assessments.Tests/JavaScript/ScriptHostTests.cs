using Jint.Runtime;
using Kennisbank.Assessments.Tests.Support;

namespace Kennisbank.Assessments.Tests.JavaScript;

/// <summary>
/// The limits every script runs under are really in force: a compiler bug that loops, allocates or recurses without
/// end must fail its test instead of hanging or exhausting CI.
/// </summary>
public sealed class ScriptHostTests
{
    private static readonly ScriptHost Host = new("var kbAssessments = {};", "none");

    [Fact]
    public async Task An_endless_loop_times_out()
    {
        // Run beside the test, so that a missing limit fails here rather than hanging the whole run.
        var cancel = TestContext.Current.CancellationToken;
        var run = Task.Run(() => Assert.Throws<TimeoutException>(() => new ScriptHost("var kbAssessments = {};", "none").Run("while (true) {}")), cancel);
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(ScriptHost.Timeout * 10, cancel)));
        await run;
    }

    /// <summary>A string that doubles, so the limit is reached in a few dozen steps, long before the timeout.</summary>
    [Fact]
    public void Endless_allocation_is_stopped() =>
        Assert.Throws<MemoryLimitExceededException>(() => Host.Run("var s = 'x'; while (true) { s = s + s; }"));

    [Fact]
    public void Endless_recursion_is_stopped() =>
        Assert.Throws<RecursionDepthOverflowException>(() => Host.Run("function f(n) { return f(n + 1) + 1; } f(0);"));

    [Fact]
    public void The_limits_apply_to_each_call_not_to_the_host_s_lifetime()
    {
        var host = new ScriptHost("var kbAssessments = {};", "none");
        for (var i = 0; i < 3; i++)
        {
            Assert.Throws<RecursionDepthOverflowException>(() => host.Run("function f(n) { return f(n + 1) + 1; } f(0);"));
            Assert.Equal("3", host.Run("1 + 2"));
        }
    }
}
