using System.Diagnostics;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Tests.Support;
using Kennisbank.Assessments.Validation;

namespace Kennisbank.Assessments.Tests.JavaScript;

/// <summary>
/// The compiled script, run in bare Jint, must agree with the C# evaluator to the last digit: same visible questions,
/// scores, outcome, reasons and recommendations.
/// </summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    /// <summary>Generated answer sets per assessment (the script has no texts, so one per assessment serves every language).</summary>
    private const int Generated = 10_000;

    /// <summary>Enough complete answer sets that each condition is false in some of them.</summary>
    private const int HiddenSamples = 500;

    [Theory]
    [MemberData(nameof(Catalog.Ids), MemberType = typeof(Catalog))]
    public void Agrees_on_generated_answer_sets(string id)
    {
        var assessment = Catalog.Find(id);
        var differential = new Differential(assessment);
        var property = Prop.ForAll(AnswerGenerators.Answers(assessment).ToArbitrary(), json => differential.AssertAgrees(json));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generated), property);
    }

    /// <summary>
    /// The answer sets the validator proves an outcome for: every complete one when there are at most
    /// <see cref="AnswerSpace.EnumerationLimit"/>, otherwise its seeded sample. About 0.3 ms of Jint each, on all cores.
    /// </summary>
    [Theory]
    [MemberData(nameof(Catalog.Ids), MemberType = typeof(Catalog))]
    public void Agrees_on_every_answer_set_the_validator_checks(string id)
    {
        var assessment = Catalog.Find(id);
        var exhaustive = AnswerSpace.IsEnumerable(assessment);
        var expected = exhaustive ? AnswerSpace.Enumerate(assessment).Count() : AnswerSpace.SampleSize;
        var sets = exhaustive ? AnswerSpace.Enumerate(assessment) : AnswerSpace.Sample(assessment, AnswerSpace.SampleSize);

        var clock = Stopwatch.StartNew();
        var run = DifferentialRun.Compare(assessment, sets, TestContext.Current.CancellationToken);
        output.WriteLine($"{id}: {run.Compared} {(exhaustive ? "complete (every one)" : "sampled complete")} answer sets compared in {clock.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores");

        Assert.True(run.Disagreements.Count == 0, string.Join("\n", run.Disagreements));
        Assert.Equal(expected, run.Compared);
    }

    [Theory]
    [MemberData(nameof(Catalog.Ids), MemberType = typeof(Catalog))]
    public void Agrees_on_partial_and_contradictory_answers(string id)
    {
        var assessment = Catalog.Find(id);
        var differential = new Differential(assessment);
        var first = assessment.Questions[0];
        differential.AssertAgrees("{}");
        differential.AssertAgrees($"{{\"{first.Id}\":\"{first.Options[0].Id}\"}}");

        // Answers to questions that earlier answers hide must be ignored on both sides: complete sets, plus an answer
        // to every hidden question. Every conditional question must have been hidden (and answered) at least once.
        var hiddenAndAnswered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in AnswerSpace.Sample(assessment, HiddenSamples))
        {
            var hidden = assessment.Questions.Where(q => !set.ContainsKey(q.Id)).ToList();
            hiddenAndAnswered.UnionWith(hidden.Select(q => q.Id));
            var answers = new Dictionary<string, Answer?>(set);
            hidden.ForEach(q => answers[q.Id] = AnswerSpace.AnswersFor(q).Last());
            differential.AssertAgrees(JsonSerializer.Serialize(AnswerJson.Write(answers)));
        }

        Assert.Equal(assessment.Questions.Where(q => q.VisibleWhen is not null).Select(q => q.Id).Order(), hiddenAndAnswered.Order());
    }
}
