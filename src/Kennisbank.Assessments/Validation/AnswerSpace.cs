using System.Numerics;
using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Validation;

/// <summary>
/// The complete answer sets of an assessment: one answer for every visible question (hidden ones get none).
/// Small spaces are enumerated entirely; large ones sampled with a fixed seed, so a build is reproducible.
/// </summary>
public static class AnswerSpace
{
    /// <summary>Up to this many complete answer sets the space is enumerated.</summary>
    public const int EnumerationLimit = 200_000;

    public const int SampleSize = 50_000;

    public const int Seed = 20231003;

    /// <summary>The number of answer sets if every question were visible: an upper bound of the real space.</summary>
    public static BigInteger UpperBound(Assessment assessment) =>
        assessment.Questions.Aggregate(BigInteger.One, (n, q) => n * Choices(q));

    /// <summary>
    /// Whether there are at most <see cref="EnumerationLimit"/> complete answer sets. Hidden questions shrink the
    /// space, so when the upper bound is too high the sets are counted (stopping as soon as the limit is passed).
    /// </summary>
    public static bool IsEnumerable(Assessment assessment) =>
        UpperBound(assessment) <= EnumerationLimit || Enumerate(assessment).Take(EnumerationLimit + 1).Count() <= EnumerationLimit;

    /// <summary>Every complete answer set, in a fixed order.</summary>
    public static IEnumerable<IReadOnlyDictionary<string, Answer?>> Enumerate(Assessment assessment) =>
        Walk(assessment, 0, new Dictionary<string, Answer?>(StringComparer.Ordinal));

    /// <summary>Random complete answer sets, reproducible from <paramref name="seed"/>.</summary>
    public static IEnumerable<IReadOnlyDictionary<string, Answer?>> Sample(Assessment assessment, int count, int seed = Seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            var answers = new Dictionary<string, Answer?>(StringComparer.Ordinal);
            foreach (var question in assessment.Questions)
            {
                if (IsVisible(assessment, question, answers))
                {
                    var options = AnswersFor(question).ToList();
                    answers[question.Id] = options[random.Next(options.Count)];
                }
            }

            yield return answers;
        }
    }

    /// <summary>All answers a question accepts: each option, or for multiple choice each subset (the empty one too).</summary>
    public static IEnumerable<Answer> AnswersFor(Question question)
    {
        var ids = question.Options.Select(o => o.Id).ToList();
        switch (question.Kind)
        {
            case QuestionKind.MultipleChoice:
                for (var mask = 0; mask < 1 << Math.Min(ids.Count, 20); mask++)
                {
                    yield return new Answer.Choices([.. ids.Where((_, i) => (mask & (1 << i)) != 0)]);
                }

                break;
            case QuestionKind.Scale:
                foreach (var id in ids)
                {
                    yield return new Answer.Number(double.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : double.NaN);
                }

                break;
            default:
                foreach (var id in ids)
                {
                    yield return new Answer.Choice(id);
                }

                break;
        }
    }

    private static BigInteger Choices(Question q) =>
        q.Kind == QuestionKind.MultipleChoice ? BigInteger.One << q.Options.Count : Math.Max(1, q.Options.Count);

    private static IEnumerable<IReadOnlyDictionary<string, Answer?>> Walk(Assessment assessment, int index, Dictionary<string, Answer?> answers)
    {
        if (index == assessment.Questions.Count)
        {
            yield return new Dictionary<string, Answer?>(answers, StringComparer.Ordinal);
            yield break;
        }

        var question = assessment.Questions[index];
        if (!IsVisible(assessment, question, answers))
        {
            foreach (var set in Walk(assessment, index + 1, answers))
            {
                yield return set;
            }

            yield break;
        }

        foreach (var answer in AnswersFor(question))
        {
            answers[question.Id] = answer;
            foreach (var set in Walk(assessment, index + 1, answers))
            {
                yield return set;
            }
        }

        answers.Remove(question.Id);
    }

    /// <summary>Visibility from the answers so far (all to earlier questions), decided the way the evaluator decides it.</summary>
    private static bool IsVisible(Assessment assessment, Question question, IReadOnlyDictionary<string, Answer?> answers)
    {
        if (question.VisibleWhen is null)
        {
            return true;
        }

        var chosen = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var earlier in assessment.Questions.TakeWhile(q => !ReferenceEquals(q, question)))
        {
            if (AnswerReading.Pick(earlier, answers.GetValueOrDefault(earlier.Id)) is { } picked)
            {
                chosen[earlier.Id] = [.. picked.Select(i => earlier.Options[i].Id)];
            }
        }

        return PredicateEvaluator.Holds(question.VisibleWhen, chosen, _ => 0);
    }
}
