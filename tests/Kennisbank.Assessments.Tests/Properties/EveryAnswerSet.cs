using System.Collections.Concurrent;
using System.Diagnostics;
using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Validation;

namespace Kennisbank.Assessments.Tests.Properties;

/// <summary>
/// Runs a check over every complete answer set of an assessment (the C# evaluator, on all cores), collecting a few
/// counterexamples rather than stopping at the first. Both published assessments are small enough to enumerate, and the
/// differential tests prove the compiled script equal to the evaluator on these same sets, so what holds here holds in
/// the browser.
/// </summary>
public static class EveryAnswerSet
{
    private const int Examples = 3;

    /// <param name="check">Returns a description of what is wrong, or null.</param>
    public static (int Checked, TimeSpan Took) Check(Assessment a, Func<IReadOnlyDictionary<string, Answer?>, EvaluationResult, string?> check)
    {
        Assert.True(AnswerSpace.IsEnumerable(a), $"{a.Id} has too many answer sets to check them all");
        var clock = Stopwatch.StartNew();
        var problems = new ConcurrentQueue<string>();
        var count = 0;
        Parallel.ForEach(AnswerSpace.Enumerate(a), new ParallelOptions { CancellationToken = TestContext.Current.CancellationToken }, (answers, loop) =>
        {
            Interlocked.Increment(ref count);
            if (check(answers, AssessmentEvaluator.Evaluate(a, answers)) is { } problem)
            {
                problems.Enqueue($"{problem}\n    answers: {Describe(answers)}");
                if (problems.Count >= Examples)
                {
                    loop.Stop();
                }
            }
        });

        Assert.True(problems.IsEmpty, string.Join("\n", problems.Take(Examples)));
        return (count, clock.Elapsed);
    }

    /// <summary>The answer to a question as its option id ("" when hidden).</summary>
    public static string Id(this IReadOnlyDictionary<string, Answer?> answers, string question) => answers.GetValueOrDefault(question) switch
    {
        Answer.Choice c => c.OptionId,
        Answer.Number n => ((int)n.Value).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "",
    };

    public static string Describe(IReadOnlyDictionary<string, Answer?> answers) =>
        string.Join(",", answers.Select(kv => $"{kv.Key}:{answers.Id(kv.Key)}"));
}
