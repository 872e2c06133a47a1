using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Assessments.Definitions;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Tests.Support;
using Kennisbank.Assessments.Validation;

namespace Kennisbank.Assessments.Tests.JavaScript;

/// <summary>
/// The compiled script, run in bare Jint, must agree with the C# evaluator to the last digit: same visible questions,
/// scores, outcome, reasons and recommendations.
/// </summary>
public sealed class DifferentialTests
{
    /// <summary>Above this many complete answer sets the exhaustive comparison is replaced by the generated one alone.</summary>
    private const int ExhaustiveLimit = 200_000;

    /// <summary>
    /// Jint 2.x needs about 4 ms per evaluation, so the exhaustive comparison (163,296 sets for the first assessment)
    /// takes minutes; it runs when this variable is 1. The C# validator always enumerates them all.
    /// </summary>
    private const string ExhaustiveSwitch = "KB_EXHAUSTIVE";

    /// <summary>10,000 generated answer sets in Dutch; English differs only in texts, so fewer suffice there.</summary>
    public static TheoryData<string, string, int> Assessments() => new()
    {
        { "stedenband-of-alternatief", "nl", 10_000 },
        { "stedenband-of-alternatief", "en", 2_000 },
        { "hoe-klaar-zijn-we", "nl", 10_000 },
        { "hoe-klaar-zijn-we", "en", 2_000 },
    };

    [Theory]
    [MemberData(nameof(Assessments))]
    public void Agrees_on_generated_answer_sets(string id, string lang, int count)
    {
        var assessment = Find(id);
        var differential = new Differential(assessment, lang);
        var property = Prop.ForAll(AnswerGenerators.Answers(assessment).ToArbitrary(), json => differential.Disagreement(json) is null);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(count), property);
    }

    [Theory]
    [InlineData("stedenband-of-alternatief")]
    [InlineData("hoe-klaar-zijn-we")]
    public void Agrees_on_every_complete_answer_set_when_enumerable(string id)
    {
        var assessment = Find(id);
        Assert.SkipUnless(Environment.GetEnvironmentVariable(ExhaustiveSwitch) == "1", $"set {ExhaustiveSwitch}=1 to compare every answer set in Jint");
        Assert.SkipUnless(AnswerSpace.IsEnumerable(assessment), $"{id} has more than {AnswerSpace.EnumerationLimit} answer sets; the generated sets cover it.");
        var differential = new Differential(assessment, "nl");
        var count = 0;
        foreach (var answers in AnswerSpace.Enumerate(assessment))
        {
            differential.AssertAgrees(JsonSerializer.Serialize(AnswerJson.Write(answers)));
            Assert.True(++count <= ExhaustiveLimit);
        }

        Assert.True(count > 1000, $"only {count} answer sets");
    }

    [Theory]
    [InlineData("stedenband-of-alternatief")]
    [InlineData("hoe-klaar-zijn-we")]
    public void Agrees_on_partial_and_contradictory_answers(string id)
    {
        var assessment = Find(id);
        var differential = new Differential(assessment, "nl");
        var first = assessment.Questions[0];
        differential.AssertAgrees("{}");
        differential.AssertAgrees($"{{\"{first.Id}\":\"{first.Options[0].Id}\"}}");

        // Answers to questions that are hidden by earlier answers must be ignored on both sides.
        foreach (var q in assessment.Questions.Where(q => q.VisibleWhen is not null))
        {
            var all = assessment.Questions.ToDictionary(x => x.Id, x => (Answer?)AnswerSpace.AnswersFor(x).Last());
            differential.AssertAgrees(JsonSerializer.Serialize(AnswerJson.Write(all)));
        }
    }

    private static Assessment Find(string id) => AssessmentCatalog.All.Single(a => a.Id == id);
}
