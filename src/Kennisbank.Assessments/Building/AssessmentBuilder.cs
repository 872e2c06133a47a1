using System.Runtime.CompilerServices;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Building;

/// <summary>
/// The fluent way to write an assessment. Every call records the file and line it was written on, so the
/// validator's diagnostics point at the definition. Building never validates: <see cref="Validation.AssessmentValidator"/> does.
/// </summary>
public sealed class AssessmentBuilder
{
    private readonly string _id;
    private readonly Text _slug;
    private readonly SourceLocation _source;
    private readonly List<Dimension> _dimensions = [];
    private readonly List<Question> _questions = [];
    private readonly List<Outcome> _outcomes = [];
    private readonly List<Recommendation> _advice = [];
    private Text _title = new("", "");
    private Text _introduction = new("", "");

    public AssessmentBuilder(string id, Text slug, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        _id = id;
        _slug = slug;
        _source = SourceLocation.From(file, line);
    }

    public AssessmentBuilder Title(Text title)
    {
        _title = title;
        return this;
    }

    public AssessmentBuilder Introduction(Text introduction)
    {
        _introduction = introduction;
        return this;
    }

    public AssessmentBuilder Dimension(string id, Text name, int weight = 1, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        _dimensions.Add(new Dimension(id, name, weight, SourceLocation.From(file, line)));
        return this;
    }

    public AssessmentBuilder SingleChoice(string id, Text prompt, Func<QuestionBuilder, QuestionBuilder> details, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Add(QuestionKind.SingleChoice, id, prompt, details, file, line);

    public AssessmentBuilder MultipleChoice(string id, Text prompt, Func<QuestionBuilder, QuestionBuilder> details, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Add(QuestionKind.MultipleChoice, id, prompt, details, file, line);

    /// <summary>A yes / no / don't know question; give the points with <see cref="QuestionBuilder.Yes"/> and friends.</summary>
    public AssessmentBuilder YesNo(string id, Text prompt, Func<QuestionBuilder, QuestionBuilder> details, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Add(QuestionKind.YesNoDontKnow, id, prompt, details, file, line);

    /// <summary>A 1–5 scale with labelled ends; give the points with <see cref="QuestionBuilder.PointsPerStep"/>.</summary>
    public AssessmentBuilder Scale(string id, Text prompt, Text low, Text high, Func<QuestionBuilder, QuestionBuilder> details, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var builder = details(new QuestionBuilder(QuestionKind.Scale, id, prompt, SourceLocation.From(file, line)).Ends(low, high));
        _questions.Add(builder.Build());
        return this;
    }

    public AssessmentBuilder Outcome(string id, Text title, Text explanation, Predicate rule, Func<OutcomeBuilder, OutcomeBuilder>? details = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var builder = new OutcomeBuilder(id, title, explanation, rule, SourceLocation.From(file, line));
        _outcomes.Add((details?.Invoke(builder) ?? builder).Build());
        return this;
    }

    /// <summary>A next step shown whatever the outcome, when <paramref name="when"/> holds.</summary>
    public AssessmentBuilder Advice(Predicate when, Text title, string pageRef, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        _advice.Add(new Recommendation(title, pageRef, when, SourceLocation.From(file, line)));
        return this;
    }

    public Assessment Build() =>
        new(_id, _slug, _title, _introduction, [.. _dimensions], [.. _questions], [.. _outcomes], [.. _advice], _source);

    private AssessmentBuilder Add(QuestionKind kind, string id, Text prompt, Func<QuestionBuilder, QuestionBuilder> details, string file, int line)
    {
        _questions.Add(details(new QuestionBuilder(kind, id, prompt, SourceLocation.From(file, line))).Build());
        return this;
    }
}
