using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Assessments.Model;
using Model = Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// FsCheck generators of random but structurally valid assessments: 0–3 dimensions, 1–5 questions of every kind,
/// conditions on earlier questions, gates, entry conditions over scores and answers, cautions, sometimes no dimensions
/// and sometimes no fallback. Outcome coverage is not guaranteed; the properties do not need it.
/// </summary>
public static class RandomAssessments
{
    private static readonly SourceLocation Here = new("random", 1);

    public static Gen<Assessment> Any(bool monotoneConditions = false) =>
        from dimensionCount in Gen.Choose(0, 3)
        from weights in Gen.ArrayOf(Gen.Choose(1, 3), dimensionCount)
        let dimensions = weights.Select((w, i) => new Dimension($"d{i}", T($"d{i}"), w, Here)).ToList()
        from questionCount in Gen.Choose(1, 5)
        from questions in Questions(dimensions, questionCount, monotoneConditions)
        from rules in Gen.ListOf(Rule(dimensions, questions), 5)
        let conditions = rules.Select((rule, i) => new Condition($"c{i}", rule, T($"c{i}"), "lessen/index", i % 2 == 0, Here)).ToList()
        from gates in Gen.ArrayOf(Gen.Elements(false, false, true), conditions.Count)
        from requires in Gen.ArrayOf(Gen.ArrayOf(Gen.Elements(false, true), conditions.Count), 3)
        from fallback in Gen.Elements(true, true, false)
        from cautions in Gen.ListOf(Rule(dimensions, questions), 2)
        let outcomes = requires.Select((picked, i) => Outcome($"o{i}", [.. conditions.Where((_, c) => picked[c])], i, fallback: false))
        select new Assessment("random", T("random"), T("Random"), T("Intro"), dimensions, questions,
            [.. conditions.Where((_, c) => gates[c])],
            [.. outcomes, .. fallback ? [Outcome("nog-niet", [], 3, fallback: true)] : Array.Empty<Model.Outcome>()],
            [.. cautions.Select((rule, i) => new Caution($"k{i}", rule, T("k"), T("text"), ["lessen/index"], Here))],
            [new Recommendation(T("a"), "lessen/index", cautions[0], false, Here)], Here);

    private static Model.Outcome Outcome(string id, IReadOnlyList<Condition> requires, int i, bool fallback) =>
        new(id, T(id), T("why"), requires,
            [new Recommendation(T("r"), "lessen/index", requires.Count > 0 ? requires[0].Holds : null, i % 2 == 1, Here)], fallback, Here);

    private static Gen<IReadOnlyList<Question>> Questions(IReadOnlyList<Dimension> dimensions, int count, bool monotone)
    {
        Gen<IReadOnlyList<Question>> result = Gen.Constant<IReadOnlyList<Question>>([]);
        for (var i = 0; i < count; i++)
        {
            var index = i;
            result = result.SelectMany(earlier => Question(dimensions, index, earlier, monotone).Select(q => (IReadOnlyList<Question>)[.. earlier, q]));
        }

        return result;
    }

    private static Gen<Question> Question(IReadOnlyList<Dimension> dimensions, int index, IReadOnlyList<Question> earlier, bool monotone) =>
        from kind in Gen.Elements(Enum.GetValues<QuestionKind>())
        from optionCount in Gen.Choose(2, 4)
        let ids = kind switch
        {
            QuestionKind.YesNoDontKnow => ["ja", "nee", "weet-niet"],
            QuestionKind.Scale => ["1", "2", "3", "4", "5"],
            _ => Enumerable.Range(0, optionCount).Select(o => $"o{o}").ToArray(),
        }
        from points in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 3), dimensions.Count), ids.Length)
        from condition in earlier.Count == 0 ? Gen.Constant<Predicate?>(null) : Gen.OneOf(Gen.Constant<Predicate?>(null), Chose(earlier, monotone).Select(p => (Predicate?)p))
        select new Question($"q{index}", kind, T($"q{index}"), null,
            [.. ids.Select((id, o) => new Option(id, T(id), dimensions.Select((d, k) => (d.Id, points[o][k])).ToDictionary(), Here))],
            condition, T("low"), T("high"), null, Here);

    private static Gen<Predicate> Chose(IReadOnlyList<Question> questions, bool monotone) =>
        from q in Gen.Elements(questions.ToArray())
        from o in Gen.Elements(q.Options.ToArray())
        from negate in monotone ? Gen.Constant(false) : Gen.Elements(false, true)
        let chose = (Predicate)new Predicate.Chose(q.Id, o.Id)
        select negate ? !chose : chose;

    private static Gen<Predicate> Rule(IReadOnlyList<Dimension> dimensions, IReadOnlyList<Question> questions) =>
        Gen.OneOf(
            from d in Gen.Elements(dimensions.Select(x => (string?)x.Id).Append(null).ToArray())
            from t in Gen.Choose(0, 101)
            select (Predicate)new Predicate.ScoreAtLeast(d, t),
            Chose(questions, monotone: false),
            from a in Chose(questions, monotone: false)
            from t in Gen.Choose(0, 100)
            select a & !new Predicate.ScoreAtLeast(null, t));

    private static Text T(string s) => new(s, s + " (en)");
}
