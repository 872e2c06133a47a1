using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Tests.Support;
using Kennisbank.Assessments.Validation;

namespace Kennisbank.Assessments.Tests.JavaScript;

/// <summary>Properties of the compiler and the evaluator over random assessments and answers.</summary>
public sealed class CompilerPropertyTests
{
    private static readonly Gen<(Assessment Assessment, string Answers)> AssessmentWithAnswers =
        RandomAssessments.Any().SelectMany(a => AnswerGenerators.Answers(a).Select(json => (a, json)));

    [Fact]
    public void Emitted_script_runs_in_Jint_and_agrees_with_the_evaluator_for_random_assessments()
    {
        var property = Prop.ForAll(AssessmentWithAnswers.ToArbitrary(), x => new Differential(x.Assessment).AssertAgrees(x.Answers));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    [Fact]
    public void Scores_stay_within_0_and_100()
    {
        var property = Prop.ForAll(AssessmentWithAnswers.ToArbitrary(), x =>
        {
            var result = AssessmentEvaluator.Evaluate(x.Assessment, AnswerJson.Read(System.Text.Json.Nodes.JsonNode.Parse(x.Answers)));
            return result.Score is >= 0 and <= 100
                && result.Dimensions.All(d => d.Score is >= 0 and <= 100 && d.Raw >= 0 && d.Raw <= d.Max)
                && result.Fits.All(f => f.Met >= 0 && f.Met <= f.Of)
                && result.Missing.All(result.Visible.Contains);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), property);
    }

    /// <summary>With conditions that only ask for answers (no "not"), answering more never hides a question.</summary>
    [Fact]
    public void Visible_questions_only_grow_with_more_answers_when_conditions_are_monotone()
    {
        var gen =
            from a in RandomAssessments.Any(monotoneConditions: true)
            from full in Gen.Elements(AnswerSpace.Sample(a, 20, seed: a.Questions.Count).ToArray())
            from keep in Gen.ArrayOf(Gen.Elements(false, true), a.Questions.Count)
            select (a, full, keep);
        var property = Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var partial = x.full.Where(kv => x.keep[x.a.Questions.ToList().FindIndex(q => q.Id == kv.Key)]).ToDictionary();
            var fewer = AssessmentEvaluator.Evaluate(x.a, partial).Visible;
            var more = AssessmentEvaluator.Evaluate(x.a, x.full).Visible;
            return fewer.All(more.Contains);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), property);
    }

    [Fact]
    public void Every_enumerated_answer_set_is_complete()
    {
        var property = Prop.ForAll(RandomAssessments.Any().ToArbitrary(), a =>
            AnswerSpace.Enumerate(a).Take(500).All(answers => AssessmentEvaluator.Evaluate(a, answers).Complete));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    /// <summary>The answers themselves come back, not just the same score: answers that differ can score alike.</summary>
    [Fact]
    public void Answers_survive_a_JSON_round_trip()
    {
        var property = Prop.ForAll(RandomAssessments.Any().ToArbitrary(), a =>
            AnswerSpace.Sample(a, 5).All(answers =>
            {
                var back = AnswerJson.Read(System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(AnswerJson.Write(answers))));
                return back.Count == answers.Count && answers.All(kv => back.TryGetValue(kv.Key, out var b) && Same(kv.Value, b));
            }));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    /// <summary>Records compare lists by reference, so a list of option ids is compared here.</summary>
    private static bool Same(Answer? a, Answer? b) => (a, b) switch
    {
        (Answer.Choices x, Answer.Choices y) => x.OptionIds.SequenceEqual(y.OptionIds),
        _ => Equals(a, b),
    };
}
