using System.Runtime.CompilerServices;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Building;

/// <summary>Options, points, hint and visibility of one question.</summary>
public sealed class QuestionBuilder
{
    /// <summary>The fixed option ids of a yes / no / don't know question (also the form's input values).</summary>
    public const string YesId = "ja", NoId = "nee", DontKnowId = "weet-niet";

    private readonly QuestionKind _kind;
    private readonly string _id;
    private readonly Text _prompt;
    private readonly SourceLocation _source;
    private readonly List<Option> _options = [];
    private Text? _hint;
    private Predicate? _visibleWhen;
    private Text? _low;
    private Text? _high;
    private string? _about;

    internal QuestionBuilder(QuestionKind kind, string id, Text prompt, SourceLocation source)
    {
        (_kind, _id, _prompt, _source) = (kind, id, prompt, source);
    }

    public QuestionBuilder Hint(Text hint)
    {
        _hint = hint;
        return this;
    }

    /// <summary>The page that explains the topic (where a group that disagrees on it reads on).</summary>
    public QuestionBuilder About(string pageRef)
    {
        _about = pageRef;
        return this;
    }

    /// <summary>Show the question only when <paramref name="condition"/> holds over earlier answers.</summary>
    public QuestionBuilder VisibleWhen(Predicate condition)
    {
        _visibleWhen = condition;
        return this;
    }

    /// <summary>An option; <paramref name="points"/> is a list like <c>[("budget", 2), ("beleid", 1)]</c>.</summary>
    public QuestionBuilder Option(string id, Text label, (string Dimension, int Points)[] points, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AddOption(id, label, points, SourceLocation.From(file, line));

    public QuestionBuilder Yes(params (string Dimension, int Points)[] points) =>
        AddOption(YesId, new Text("Ja", "Yes"), points, _source);

    public QuestionBuilder No(params (string Dimension, int Points)[] points) =>
        AddOption(NoId, new Text("Nee", "No"), points, _source);

    public QuestionBuilder DontKnow(params (string Dimension, int Points)[] points) =>
        AddOption(DontKnowId, new Text("Weet ik niet", "Don't know"), points, _source);

    /// <summary>Scale only: the options 1–5, giving (value − 1) × <paramref name="points"/> on <paramref name="dimension"/>.</summary>
    public QuestionBuilder PointsPerStep(string dimension, int points) => Steps((dimension, points));

    /// <summary>Scale only: the options 1–5, without points (a scale that only rules and cautions read).</summary>
    public QuestionBuilder Steps() => Steps(null);

    private QuestionBuilder Steps((string Dimension, int Points)? perStep)
    {
        for (var value = 1; value <= 5; value++)
        {
            var label = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            AddOption(label, new Text(label, label), perStep is { } p ? [(p.Dimension, (value - 1) * p.Points)] : [], _source);
        }

        return this;
    }

    internal QuestionBuilder Ends(Text low, Text high)
    {
        (_low, _high) = (low, high);
        return this;
    }

    internal Question Build() =>
        new(_id, _kind, _prompt, _hint, [.. _options], _visibleWhen, _low, _high, _about, _source);

    private QuestionBuilder AddOption(string id, Text label, (string Dimension, int Points)[] points, SourceLocation source)
    {
        // Later entries for the same dimension add up, which is what an author listing points expects.
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (dimension, value) in points)
        {
            map[dimension] = map.GetValueOrDefault(dimension) + value;
        }

        _options.Add(new Option(id, label, map, source));
        return this;
    }
}
