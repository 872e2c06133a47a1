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
    private readonly List<Condition> _gates = [];
    private readonly List<Outcome> _outcomes = [];
    private readonly List<Caution> _cautions = [];
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

    /// <summary>A condition the sources call indispensable: when it fails, the result is the fallback outcome.</summary>
    public AssessmentBuilder Gate(Condition condition)
    {
        _gates.Add(condition);
        return this;
    }

    /// <summary>An outcome, advised when its conditions (<see cref="OutcomeBuilder.Requires"/>) all hold and no
    /// earlier outcome's do.</summary>
    public AssessmentBuilder Outcome(string id, Text title, Text explanation, Func<OutcomeBuilder, OutcomeBuilder> details, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AddOutcome(id, title, explanation, fallback: false, details, file, line);

    /// <summary>The outcome when a gate fails or no other outcome's conditions hold ("not yet"); written last.</summary>
    public AssessmentBuilder Fallback(string id, Text title, Text explanation, Func<OutcomeBuilder, OutcomeBuilder>? details = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AddOutcome(id, title, explanation, fallback: true, details, file, line);

    /// <summary>A caution shown with any outcome when <paramref name="when"/> holds, with the pages that explain it.</summary>
    public AssessmentBuilder Caution(string id, Predicate when, Text title, Text text, string[] pageRefs, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        _cautions.Add(new Caution(id, when, title, text, pageRefs, SourceLocation.From(file, line)));
        return this;
    }

    /// <summary>A next step shown whatever the outcome, when <paramref name="when"/> holds.</summary>
    public AssessmentBuilder Advice(Predicate when, Text title, string pageRef, bool suggestion = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        _advice.Add(new Recommendation(title, pageRef, when, suggestion, SourceLocation.From(file, line)));
        return this;
    }

    public Assessment Build() =>
        new(_id, _slug, _title, _introduction, [.. _dimensions], [.. _questions], [.. _gates], [.. _outcomes], [.. _cautions], [.. _advice], _source);

    private AssessmentBuilder AddOutcome(string id, Text title, Text explanation, bool fallback, Func<OutcomeBuilder, OutcomeBuilder>? details, string file, int line)
    {
        var builder = new OutcomeBuilder(id, title, explanation, fallback, SourceLocation.From(file, line));
        _outcomes.Add((details?.Invoke(builder) ?? builder).Build());
        return this;
    }

    private AssessmentBuilder Add(QuestionKind kind, string id, Text prompt, Func<QuestionBuilder, QuestionBuilder> details, string file, int line)
    {
        _questions.Add(details(new QuestionBuilder(kind, id, prompt, SourceLocation.From(file, line))).Build());
        return this;
    }
}
