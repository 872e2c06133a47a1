using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Tests.Support;
using Kennisbank.Assessments.Validation;
using static Kennisbank.Diagnostics.DiagnosticCodes;

namespace Kennisbank.Assessments.Tests.Validation;

/// <summary>Each diagnostic code, caught on a definition broken on purpose in exactly that way.</summary>
public sealed class AssessmentValidatorTests
{
    private static readonly Assessment Valid = SmallAssessment.Valid();

    [Fact]
    public void The_small_assessment_is_valid()
    {
        Assert.Empty(AssessmentValidator.Validate(Valid, SmallAssessment.Pages));
    }

    [Fact]
    public void Diagnostics_print_like_a_compiler_and_point_at_the_definition_line()
    {
        var broken = Valid with { Questions = [Valid.Questions[0], Valid.Questions[0] with { }, .. Valid.Questions.Skip(1)] };
        var diagnostic = Assert.Single(AssessmentValidator.Validate(broken, SmallAssessment.Pages));
        Assert.Matches(@"^tests/Kennisbank\.Assessments\.Tests/Support/SmallAssessment\.cs:\d+:1: error KB101: question id 'steun' is used more than once$", diagnostic.ToString());
        Assert.Equal(Valid.Questions[0].Source.Line, diagnostic.Line);
    }

    [Fact]
    public void KB100_invalid_id() => AssertOnly(InvalidId, Valid with { Dimensions = [Valid.Dimensions[0], Valid.Dimensions[1] with { Id = "Extra Punten" }] }, allowOthers: true);

    [Fact]
    public void KB101_duplicate_option() => AssertOnly(DuplicateId, ReplaceQuestion(1, q => q with { Options = [q.Options[0], q.Options[1] with { Id = "a" }] }), allowOthers: true);

    [Fact]
    public void KB102_unknown_question() => AssertOnly(UnknownQuestion, ReplaceQuestion(2, q => q with { VisibleWhen = When.Chose("bestaat-niet", "b") }));

    [Fact]
    public void KB103_unknown_option() => AssertOnly(UnknownOption, ReplaceQuestion(2, q => q with { VisibleWhen = When.Chose("vorm", "c") }));

    [Fact]
    public void KB104_unknown_dimension() => AssertOnly(UnknownDimension, ReplaceQuestion(1, q => q with { Options = [q.Options[0] with { Points = new Dictionary<string, int> { ["onbekend"] = 1 } }, q.Options[1]] }));

    [Fact]
    public void KB105_condition_on_a_later_question() => AssertOnly(ConditionOnLaterQuestion, ReplaceQuestion(1, q => q with { VisibleWhen = When.Chose("meer", "x") }));

    [Fact]
    public void KB105_condition_on_itself() => AssertOnly(ConditionOnLaterQuestion, ReplaceQuestion(1, q => q with { VisibleWhen = When.Chose("vorm", "a") }));

    [Fact]
    public void KB101_duplicate_condition() => AssertOnly(DuplicateId, Valid with
    {
        Gates = [Valid.Gates[0], Valid.Gates[0] with { }],
    }, allowOthers: true);

    [Fact]
    public void KB102_unknown_question_in_a_condition() => AssertOnly(UnknownQuestion, Valid with
    {
        Gates = [Valid.Gates[0] with { Holds = !When.Chose("bestaat-niet", "nee") }],
    }, allowOthers: true);

    [Fact]
    public void KB106_unreachable_outcome() => AssertOnly(UnreachableOutcome, Valid with
    {
        Outcomes = [Valid.Outcomes[0], Valid.Outcomes[0] with { Id = "nooit", Requires = [Condition("nooit", When.Overall.AtLeast(101))] }, Valid.Outcomes[1]],
    });

    [Fact]
    public void KB107_answers_matching_no_outcome() => AssertOnly(NoOutcome, Valid with { Gates = [], Outcomes = [Valid.Outcomes[0]] });

    [Fact]
    public void KB108_an_outcome_hidden_by_an_earlier_one() => AssertOnly(ShadowedOutcome, Valid with
    {
        Outcomes = [Valid.Outcomes[0], Valid.Outcomes[0] with { Id = "ook-goed" }, Valid.Outcomes[1]],
    });

    [Fact]
    public void KB109_unknown_page() => AssertOnly(UnknownPage, Valid with
    {
        Advice = [Valid.Advice[0] with { PageRef = "lessen/bestaat-niet#x" }],
    });

    [Fact]
    public void KB109_unknown_page_of_a_condition() => AssertOnly(UnknownPage, Valid with
    {
        Gates = [Valid.Gates[0] with { PageRef = "lessen/bestaat-niet" }],
    });

    [Fact]
    public void KB109_unknown_page_of_a_question() => AssertOnly(UnknownPage, ReplaceQuestion(1, q => q with { About = "fiches/bestaat-niet" }));

    [Fact]
    public void KB110_empty_translation() => AssertOnly(EmptyText, ReplaceQuestion(0, q => q with { Prompt = new Text("Steun?", " ") }));

    [Fact]
    public void KB111_negative_points() => AssertOnly(InvalidNumber, ReplaceQuestion(1, q => q with { Options = [q.Options[0] with { Points = new Dictionary<string, int> { ["extra"] = -1 } }, q.Options[1]] }));

    [Fact]
    public void KB111_zero_weight() => AssertOnly(InvalidNumber, Valid with { Dimensions = [Valid.Dimensions[0] with { Weight = 0 }, Valid.Dimensions[1]] });

    [Fact]
    public void KB112_score_in_condition() => AssertOnly(ScoreInCondition, ReplaceQuestion(2, q => q with { VisibleWhen = When.Score("basis").AtLeast(1) }));

    [Fact]
    public void KB113_question_shape() => AssertOnly(QuestionShape, ReplaceQuestion(0, q => q with { Options = [.. q.Options.Take(2)] }), allowOthers: true);

    [Fact]
    public void KB110_empty_caution_text() => AssertOnly(EmptyText, Valid with
    {
        Cautions = [Valid.Cautions[0] with { Text = new Text("Tekst", "") }],
    });

    [Fact]
    public void KB114_empty_assessment() => AssertOnly(Empty, Valid with { Gates = [], Outcomes = [] });

    [Fact]
    public void KB115_the_fallback_comes_last() => AssertOnly(Fallback, Valid with { Outcomes = [Valid.Outcomes[1], Valid.Outcomes[0]] }, allowOthers: true);

    [Fact]
    public void KB115_gates_need_a_fallback() => AssertOnly(Fallback, Valid with { Outcomes = [Valid.Outcomes[0]] }, allowOthers: true);

    [Fact]
    public void KB116_a_caution_that_never_shows() => AssertOnly(IdleRule, Valid with
    {
        Cautions = [Valid.Cautions[0] with { When = When.Chose("steun", "ja") & When.Chose("steun", "nee") }],
    });

    [Fact]
    public void KB116_a_gate_that_never_fails() => AssertOnly(IdleRule, Valid with
    {
        Gates = [Valid.Gates[0] with { Holds = When.Always }],
    });

    [Fact]
    public void Never_throws_on_a_badly_broken_definition()
    {
        var broken = Valid with
        {
            Questions = [.. Valid.Questions.Select(q => q with { Options = [], VisibleWhen = When.Chose("?", "?") | When.Score("?").AtLeast(5) })],
            Outcomes = [Valid.Outcomes[0] with { Requires = [Condition("x", !When.Chose("steun", "misschien"))] }],
        };
        Assert.NotEmpty(AssessmentValidator.Validate(broken, new HashSet<string>()));
    }

    private static Condition Condition(string id, Predicate holds) =>
        new(id, holds, new Text("Zin.", "Sentence."), "stappenplan/stap-1", false, SourceLocation.Unknown);

    private static Assessment ReplaceQuestion(int index, Func<Question, Question> change) =>
        Valid with { Questions = [.. Valid.Questions.Select((q, i) => i == index ? change(q) : q)] };

    /// <summary>The code is reported, as an error (or warning), and—unless a change unavoidably causes more—nothing else.</summary>
    private static void AssertOnly(string code, Assessment broken, bool allowOthers = false)
    {
        var diagnostics = AssessmentValidator.Validate(broken, SmallAssessment.Pages);
        Assert.Contains(diagnostics, d => d.Code == code);
        if (!allowOthers)
        {
            Assert.All(diagnostics, d => Assert.Equal(code, d.Code));
        }
    }
}
