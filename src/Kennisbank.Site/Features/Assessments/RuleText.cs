using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.Model;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Features.Assessments;

/// <summary>
/// Writes a rule exactly, in words a council member can check against their answers: "the answer to ‘…’ is ‘Yes’ or
/// ‘Don't know’", "‘Budget’ scores at least 3 of the 6 points". Negations are pushed down to the answers and turned
/// into the options that remain, so the page never prints "not (… and not (…))".
/// </summary>
public static class RuleText
{
    /// <param name="lang">The language of the assessment's texts (the interface's words come from <paramref name="s"/>).</param>
    public static string Describe(Predicate predicate, Assessment assessment, UiStrings s, string lang) =>
        Write(Simplify(Normal(predicate, negated: false), assessment), assessment, s, lang, top: true);

    /// <summary>A rule in negation normal form: answers (possibly "not"), thresholds (possibly "below"), and/or.</summary>
    private abstract record Node;

    private sealed record Answer(string QuestionId, IReadOnlyList<string> OptionIds) : Node;

    private sealed record NotAnswer(string QuestionId, IReadOnlyList<string> OptionIds) : Node;

    private sealed record Points(string? DimensionId, int Threshold, bool Below) : Node;

    private sealed record Group(bool And, IReadOnlyList<Node> Items) : Node;

    private static Node Normal(Predicate p, bool negated) => p switch
    {
        Predicate.Chose c => negated ? new NotAnswer(c.QuestionId, [c.OptionId]) : new Answer(c.QuestionId, [c.OptionId]),
        Predicate.ScoreAtLeast t => new Points(t.DimensionId, t.Threshold, negated),
        Predicate.Not n => Normal(n.Inner, !negated),
        Predicate.All a => new Group(!negated, [.. a.Items.Select(i => Normal(i, negated))]),
        Predicate.Any a => new Group(negated, [.. a.Items.Select(i => Normal(i, negated))]),
        _ => new Group(true, []),
    };

    /// <summary>"A or B" on one question becomes one answer; "not A" on a one-answer question becomes the other options.</summary>
    private static Node Simplify(Node node, Assessment a)
    {
        switch (node)
        {
            case NotAnswer n when Question(a, n.QuestionId) is { Kind: not QuestionKind.MultipleChoice } q:
                return new Answer(q.Id, [.. q.Options.Select(o => o.Id).Where(o => !n.OptionIds.Contains(o))]);
            case Group g:
                var items = g.Items.Select(i => Simplify(i, a)).ToList();
                var merged = new List<Node>();
                foreach (var item in items)
                {
                    // Within "or", answers to one question add up; within "and", the options left are those all allow.
                    if (item is Answer x && merged.OfType<Answer>().FirstOrDefault(m => m.QuestionId == x.QuestionId) is { } same)
                    {
                        var options = g.And ? same.OptionIds.Intersect(x.OptionIds) : same.OptionIds.Union(x.OptionIds);
                        var order = Question(a, x.QuestionId)?.Options.Select(o => o.Id).ToList() ?? [];
                        merged[merged.IndexOf(same)] = new Answer(x.QuestionId, [.. options.OrderBy(o => order.IndexOf(o))]);
                    }
                    else
                    {
                        merged.Add(item);
                    }
                }

                return merged.Count == 1 ? merged[0] : new Group(g.And, merged);
            default:
                return node;
        }
    }

    private static string Write(Node node, Assessment a, UiStrings s, string lang, bool top) => node switch
    {
        Group { Items.Count: 0, And: true } => s["assessment.rule-always"],
        Answer x => s.Format("assessment.rule-answer", Prompt(a, x.QuestionId, lang), Options(a, x, s, lang)),
        NotAnswer x => s.Format("assessment.rule-not-answer", Prompt(a, x.QuestionId, lang), Options(a, new Answer(x.QuestionId, x.OptionIds), s, lang)),
        Points p => PointsText(p, a, s, lang),
        Group g => (top ? "" : "(") + string.Join(s[g.And ? "assessment.rule-and" : "assessment.rule-or"], g.Items.Select(i => Write(i, a, s, lang, top: false))) + (top ? "" : ")"),
        _ => "",
    };

    /// <summary>A threshold as points: the fewest that reach it, out of the most there are (each way the questions show).</summary>
    private static string PointsText(Points p, Assessment a, UiStrings s, string lang)
    {
        var pairs = Thresholds.Maxima(a, p.DimensionId)
            .Select(max => (Needed: Scoring.PointsNeeded(p.Threshold, max), Max: max))
            .Where(x => x.Needed is not null)
            .Select(x => s.Format("assessment.rule-points", x.Needed!.Value, x.Max));
        var points = string.Join(s["assessment.rule-or"], pairs);
        if (p.DimensionId is null)
        {
            return s.Format(p.Below ? "assessment.rule-total-below" : "assessment.rule-total-at-least", points);
        }

        var name = a.Dimensions.FirstOrDefault(d => d.Id == p.DimensionId)?.Name.For(lang) ?? p.DimensionId;
        return s.Format(p.Below ? "assessment.rule-part-below" : "assessment.rule-part-at-least", name, points);
    }

    private static string Options(Assessment a, Answer x, UiStrings s, string lang) =>
        string.Join(s["assessment.rule-or"], x.OptionIds.Select(o => $"‘{Label(a, x.QuestionId, o, lang)}’"));

    private static Question? Question(Assessment a, string id) => a.Questions.FirstOrDefault(q => q.Id == id);

    private static string Prompt(Assessment a, string questionId, string lang) => Question(a, questionId)?.Prompt.For(lang) ?? questionId;

    /// <summary>An option's label; a scale's number carries its end's meaning ("1 – Mainly help").</summary>
    public static string Label(Assessment a, string questionId, string optionId, string lang)
    {
        var q = Question(a, questionId);
        var label = q?.Options.FirstOrDefault(o => o.Id == optionId)?.Label.For(lang) ?? optionId;
        if (q is not { Kind: QuestionKind.Scale }) return label;
        if (optionId == q.Options[0].Id && q.LowLabel is { } low) return $"{label} – {low.For(lang)}";
        if (optionId == q.Options[^1].Id && q.HighLabel is { } high) return $"{label} – {high.For(lang)}";
        return label;
    }
}
