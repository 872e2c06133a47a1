using System.Runtime.CompilerServices;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Building;

/// <summary>The recommendations of one outcome.</summary>
public sealed class OutcomeBuilder
{
    private readonly string _id;
    private readonly Text _title;
    private readonly Text _explanation;
    private readonly Predicate _rule;
    private readonly SourceLocation _source;
    private readonly List<Recommendation> _recommendations = [];

    internal OutcomeBuilder(string id, Text title, Text explanation, Predicate rule, SourceLocation source)
    {
        (_id, _title, _explanation, _rule, _source) = (id, title, explanation, rule, source);
    }

    public OutcomeBuilder Recommend(Text title, string pageRef, Predicate? when = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        _recommendations.Add(new Recommendation(title, pageRef, when, SourceLocation.From(file, line)));
        return this;
    }

    internal Outcome Build() => new(_id, _title, _explanation, _rule, [.. _recommendations], _source);
}
