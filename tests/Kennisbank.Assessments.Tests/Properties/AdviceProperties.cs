using Kennisbank.Assessments.Definitions;
using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Tests.Properties;

/// <summary>
/// The advice, checked over every complete answer set of both assessments. The seed rules are written here again, from
/// the seeds and independently of the definitions, so a definition that drifts from the seeds fails; the generic rules
/// (reasons, fits) read the model.
/// </summary>
public sealed class AdviceProperties(ITestOutputHelper output)
{
    private static readonly Assessment CityLink = CityLinkOrAlternative.Assessment, Readiness = HowReadyAreWe.Assessment;

    /// <summary>Seed 003: "Politieke steun is onontbeerlijk"; seed 001: a mandated core group is indispensable (for
    /// readiness; for choosing a form, at least someone must carry it).</summary>
    [Fact]
    public void A_missing_indispensable_condition_always_gives_not_yet()
    {
        Report(CityLink, (answers, r) =>
            (answers.Id("politieke-steun") == "nog-niet" || answers.Id("kerngroep") == "niemand") && r.OutcomeId != "eerst-voorbereiden"
                ? $"{r.OutcomeId} without political support or anyone to carry it" : null);
        Report(Readiness, (answers, r) =>
            (answers.Id("politieke-steun") == "geen" || answers.Id("kerngroep") != "ja") && r.OutcomeId != "eerst-voorbereiden"
                ? $"{r.OutcomeId} without political support or a mandated core group" : null);
    }

    /// <summary>Seed 003: reciprocity is intrinsic, beyond the donor–recipient relation. The caution shows exactly then.</summary>
    [Fact]
    public void A_donor_reflex_answer_always_shows_the_reciprocity_caution()
    {
        Report(CityLink, (answers, r) =>
            (answers.Id("wederkerig") is "1" or "2") != r.Cautions.Contains("donorreflex") ? "the reciprocity caution and the answer disagree" : null);
        Report(Readiness, (answers, r) =>
            (answers.Id("wederkerigheid") == "helpen") != r.Cautions.Contains("donorreflex") ? "the reciprocity caution and the answer disagree" : null);
    }

    [Fact]
    public void An_outcome_is_never_shown_when_its_entry_conditions_fail()
    {
        Report(CityLink, (answers, r) => ModelConditionsHold(CityLink, r) ?? CityLinkSeedConditions(answers, r.OutcomeId));
        Report(Readiness, (answers, r) => ModelConditionsHold(Readiness, r) ?? ReadinessSeedConditions(answers, r));
    }

    /// <summary>The forms exclude each other, so the order they are written in never decides between them, and "why not
    /// the runner-up" is always a real reason.</summary>
    [Fact]
    public void The_forms_of_cooperation_exclude_each_other() =>
        Report(CityLink, (_, r) => r.Fits.Count(f => f.Met == f.Of) > 1 ? "two forms qualify at once" : null);

    /// <summary>A better answer (the seeds' order, e.g. broader support, a fixed budget) never gives a lower readiness:
    /// checked one step up for every question of every answer set (steps chain, so this covers any improvement).</summary>
    [Fact]
    public void Hoe_klaar_is_monotone()
    {
        Report(Readiness, (answers, r) =>
        {
            foreach (var (question, levels) in ReadinessOrder)
            {
                if (!answers.ContainsKey(question))
                {
                    continue;
                }

                var level = Array.FindIndex(levels, l => l.Contains(answers.Id(question)));
                foreach (var better in level + 1 < levels.Length ? levels[level + 1] : [])
                {
                    var improved = new Dictionary<string, Answer?>(answers) { [question] = new Answer.Choice(better) };
                    var after = AssessmentEvaluator.Evaluate(Readiness, improved);
                    if (Rank(after.OutcomeId) < Rank(r.OutcomeId))
                    {
                        return $"answering '{better}' to '{question}' lowers {r.OutcomeId} to {after.OutcomeId}";
                    }

                    if (after.Dimensions.Zip(r.Dimensions).Any(d => d.First.Score < d.Second.Score))
                    {
                        return $"answering '{better}' to '{question}' lowers a score";
                    }
                }
            }

            return null;
        });
    }

    /// <summary>
    /// Every reason shown is a deciding condition (a failed gate, else the outcome's own conditions, or for "why not" the
    /// runner-up's failing ones), holds or fails as it says, and names only answers its rule reads. "Not yet" never gives
    /// a condition that holds as its reason. A weak part that blocks "ready" is explained by answers from that part.
    /// </summary>
    [Fact]
    public void Every_reason_shown_belongs_to_the_outcome_s_deciding_answers()
    {
        foreach (var a in new[] { CityLink, Readiness })
        {
            Report(a, (answers, r) =>
            {
                var outcome = a.Outcomes.First(o => o.Id == r.OutcomeId);
                var deciding = r.FailedGates.Count > 0 ? a.Gates.Where(g => r.FailedGates.Contains(g.Id)) : outcome.IsFallback ? [] : outcome.Requires;
                if (!r.Reasons.Select(x => x.ConditionId).SequenceEqual(deciding.Select(c => c.Id)))
                {
                    return "the reasons are not the deciding conditions";
                }

                var against = r.Contrast is { } c ? a.Outcomes.First(o => o.Id == c.OutcomeId).Requires : [];
                foreach (var reason in r.Reasons.Concat(r.Contrast?.Reasons ?? []))
                {
                    var condition = a.AllConditions.First(x => x.Id == reason.ConditionId);
                    var shouldHold = r.Reasons.Contains(reason) && r.FailedGates.Count == 0;
                    if (reason.Holds != shouldHold || (!r.Reasons.Contains(reason) && !against.Contains(condition)))
                    {
                        return $"reason '{reason.ConditionId}' is not a deciding condition of the outcome or the runner-up";
                    }

                    if (reason.QuestionIds.Except(Reads(a, condition.Holds)).Any() || reason.QuestionIds.Any(q => !answers.ContainsKey(q)))
                    {
                        return $"reason '{reason.ConditionId}' names an answer its rule does not read";
                    }
                }

                return WeakPartsExplained(a, r);
            });
        }
    }

    /// <summary>The outcome's own fit is the highest fit shown (all its conditions), unless a gate decided.</summary>
    [Fact]
    public void The_outcome_s_own_fit_is_the_highest_shown() =>
        Report(CityLink, (_, r) => r.FailedGates.Count == 0 && r.OutcomeId != "eerst-voorbereiden"
            && r.Fits.Single(f => f.OutcomeId == r.OutcomeId) is var own && (own.Met != own.Of || r.Fits.Any(f => f.Met * own.Of > own.Met * f.Of))
                ? "another form fits better than the one advised" : null);

    private void Report(Assessment a, Func<IReadOnlyDictionary<string, Answer?>, EvaluationResult, string?> check)
    {
        var (count, took) = EveryAnswerSet.Check(a, check);
        output.WriteLine($"{a.Id}: {count} complete answer sets in {took.TotalSeconds:F1} s");
    }

    private static string? ModelConditionsHold(Assessment a, EvaluationResult r)
    {
        var outcome = a.Outcomes.First(o => o.Id == r.OutcomeId);
        if (r.FailedGates.Count > 0)
        {
            return outcome.IsFallback ? null : $"{outcome.Id} although gate {r.FailedGates[0]} failed";
        }

        var fit = r.Fits.FirstOrDefault(f => f.OutcomeId == outcome.Id);
        return outcome.IsFallback || fit is { } f && f.Met == f.Of ? null : $"{outcome.Id} with a failing entry condition";
    }

    /// <summary>The entry conditions as the seeds state them (see the definition's comments for the passages).</summary>
    private static string? CityLinkSeedConditions(IReadOnlyDictionary<string, Answer?> x, string? outcome) => outcome switch
    {
        // Seed 004 §3.1 (at most two years), §3.2 (one theme), §3.5 (not one person), §3.9 (visits, openness, time).
        "sdg-partnerschap" when x.Id("tijdshorizon") == "lang" || x.Id("vorm") != "een-partner" || x.Id("inhoud") != "een-thema"
            || x.Id("werkbezoeken") != "ja" || x.Id("wederkerig") is "1" or "2" || x.Id("kerngroep") is not ("mandaat" or "werkgroep")
            || x.Id("tijd") != "ja" => "an SDG partnership against seed 004",
        // Seed 003 (one partner, a long process), seed 001 (mandate, budget), seed 000 steps 6–7 (visits, capacity).
        "stedenband" when x.Id("actieve-stedenband") != "nee" || x.Id("tijdshorizon") != "lang" || x.Id("vorm") != "een-partner"
            || x.Id("kerngroep") != "mandaat" || x.Id("budget") != "structureel" || x.Id("tijd") != "ja" || x.Id("werkbezoeken") != "ja"
            => "a classic city link against seeds 003, 001 and 000",
        // Seed 001: renewing a running city link, with a mandate, a budget and time.
        "vernieuwen" when x.Id("actieve-stedenband") != "ja" || x.Id("tijdshorizon") != "lang" || x.Id("kerngroep") != "mandaat"
            || x.Id("budget") != "structureel" || x.Id("tijd") != "ja" => "renewing against seed 001",
        // Seed 003: networks are for working with several municipalities.
        "netwerk" when x.Id("vorm") != "netwerk" => "a network for one partner",
        _ => null,
    };

    /// <summary>"Ready" needs the seeds' basics: a policy statement (000 step 1), broad support (003), a fixed budget
    /// (001), reciprocity (003); and it matches the partner answer (000: search for a partner, or build with one).</summary>
    private static string? ReadinessSeedConditions(IReadOnlyDictionary<string, Answer?> x, EvaluationResult r) =>
        r.OutcomeId is "klaar-partner-zoeken" or "klaar-uitbouwen"
            && (x.Id("beleidsverklaring") != "ja" || x.Id("politieke-steun") != "breed" || x.Id("werkingsbudget") != "structureel"
                || x.Id("wederkerigheid") == "helpen" || (r.OutcomeId == "klaar-uitbouwen") != (x.Id("partner") == "ja"))
            ? $"{r.OutcomeId} against seeds 000, 001 and 003"
            : r.OutcomeId == "bijna-klaar" && r.Score < 50 ? "almost ready with less than half of the points" : null;

    /// <summary>Issue 12: a weak part that keeps a council from "ready" must be named by answers from that part.</summary>
    private static string? WeakPartsExplained(Assessment a, EvaluationResult r)
    {
        if (a != Readiness || r.Contrast is not { } c || c.Reasons.FirstOrDefault(x => x.ConditionId.StartsWith("geen-zwak", StringComparison.Ordinal)) is not { } weak)
        {
            return null;
        }

        var read = a.AllConditions.First(x => x.Id == weak.ConditionId).Holds.Walk().OfType<Predicate.ScoreAtLeast>().Select(s => s.DimensionId);
        var parts = r.Dimensions.Where(d => d.Max > 0 && d.Score < 50 && read.Contains(d.DimensionId)).Select(d => d.DimensionId);
        return parts.All(d => weak.QuestionIds.Any(q => a.Questions.First(x => x.Id == q).Options.Any(o => o.PointsOn(d) > 0)))
            ? null : "a weak part is not explained by any of its answers";
    }

    /// <summary>The questions a rule can read: those it names, and for a score those that give points on it.</summary>
    private static IEnumerable<string> Reads(Assessment a, Predicate p) => p.Walk().SelectMany(x => x switch
    {
        Predicate.Chose c => [c.QuestionId],
        Predicate.ScoreAtLeast s => a.Questions.Where(q => q.Options.Any(o => s.DimensionId is null ? o.Points.Values.Any(v => v > 0) : o.PointsOn(s.DimensionId) > 0)).Select(q => q.Id),
        _ => [],
    });

    /// <summary>The ladder of readiness.</summary>
    private static int Rank(string? outcome) => outcome switch
    {
        "klaar-partner-zoeken" or "klaar-uitbouwen" => 2,
        "bijna-klaar" => 1,
        _ => 0,
    };

    /// <summary>Better answers per question, worst first, from the seeds (answers on one level are equally good).</summary>
    private static readonly (string Question, string[][] Levels)[] ReadinessOrder =
    [
        ("politieke-steun", [["geen"], ["een-partij"], ["meerderheid"], ["breed"]]),
        ("beleidsverklaring", [["nee", "weet-niet"], ["ja"]]),
        ("kerngroep", [["nee", "weet-niet"], ["ja"]]),
        ("tijd", [["nauwelijks"], ["deels"], ["voldoende"]]),
        ("werkingsbudget", [["geen"], ["subsidies"], ["structureel"]]),
        ("draagvlak", [["bestuur"], ["middenveld"], ["inwoners"]]),
        ("sdg-visie", [["nee", "weet-niet"], ["ja"]]),
        ("wederkerigheid", [["helpen"], ["allebei"], ["leren"]]),
        ("profiel", [["nee", "weet-niet"], ["ja"]]),
        ("alternatieven", [["nee", "weet-niet"], ["ja"]]),
        ("afspraken", [["nee", "weet-niet"], ["ja"]]),
        ("contact", [["online", "fysiek"], ["beide"]]),
    ];
}
