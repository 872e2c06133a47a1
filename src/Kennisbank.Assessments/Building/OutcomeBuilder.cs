using System.Runtime.CompilerServices;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Building;

/// <summary>The entry conditions and the recommendations of one outcome.</summary>
public sealed class OutcomeBuilder
{
    private readonly string _id;
    private readonly Text _title;
    private readonly Text _explanation;
    private readonly bool _fallback;
    private readonly SourceLocation _source;
    private readonly List<Condition> _requires = [];
    private readonly List<Recommendation> _recommendations = [];

    internal OutcomeBuilder(string id, Text title, Text explanation, bool fallback, SourceLocation source)
    {
        (_id, _title, _explanation, _fallback, _source) = (id, title, explanation, fallback, source);
    }

    /// <summary>Conditions that must all hold for this outcome to be advised.</summary>
    public OutcomeBuilder Requires(params Condition[] conditions)
    {
        _requires.AddRange(conditions);
        return this;
    }

    public OutcomeBuilder Recommend(Text title, string pageRef, Predicate? when = null, bool suggestion = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        _recommendations.Add(new Recommendation(title, pageRef, when, suggestion, SourceLocation.From(file, line)));
        return this;
    }

    internal Outcome Build() => new(_id, _title, _explanation, [.. _requires], [.. _recommendations], _fallback, _source);
}
