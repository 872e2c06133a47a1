using System.Collections.Immutable;

namespace Kennisbank.Site.Data;

/// <summary>Everything in <c>input/_data/</c>, typed by the features that read it: the SDG feature's list of goals,
/// the glossary's terms, the roadmap's periods. Each feature asks for its own type.</summary>
public sealed class SiteData(ImmutableDictionary<Type, object> values)
{
    public static readonly SiteData Empty = new(ImmutableDictionary<Type, object>.Empty);

    /// <summary>The value a feature's data file produced, or null when no feature of this build declares it.</summary>
    public T? Get<T>() where T : class => values.GetValueOrDefault(typeof(T)) as T;

    public SiteData With(Type type, object value) => new(values.SetItem(type, value));
}
