using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Assessments.Model;
using Model = Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// FsCheck generators of random but structurally valid assessments: 1–3 dimensions, 1–5 questions of every kind,
/// conditions on earlier questions, outcome rules over scores and answers. Outcome coverage is not guaranteed; the
/// properties do not need it.
/// </summary>
public static class RandomAssessments
{
    private static readonly SourceLocation Here = new("random", 1);

    public static Gen<Assessment> Any(bool monotoneConditions = false) =>
        from dimensionCount in Gen.Choose(1, 3)
        from weights in Gen.ArrayOf(Gen.Choose(1, 3), dimensionCount)
        let dimensions = weights.Select((w, i) => new Dimension($"d{i}", T($"d{i}"), w, Here)).ToList()
        from questionCount in Gen.Choose(1, 5)
        from questions in Questions(dimensions, questionCount, monotoneConditions)
        from outcomes in Gen.ListOf(Rule(dimensions, questions), 3)
        select new Assessment("random", T("random"), T("Random"), T("Intro"), dimensions, questions,
            [.. outcomes.Select((rule, i) => new Model.Outcome($"o{i}", T($"o{i}"), T("why"), rule, [new Recommendation(T("r"), "lessen/index", rule, Here)], Here))],
            [], Here);

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
            condition, T("low"), T("high"), Here);

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
