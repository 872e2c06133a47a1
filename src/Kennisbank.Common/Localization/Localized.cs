using System.Collections.Immutable;

namespace Kennisbank.Localization;

/// <summary>A value per language (a code from input/site.yml → "Stap 1", another → "Step 1"), for data files, interface texts and assessment
/// texts. Which languages must be present is not this type's business: the validator of whatever holds the value
/// reports a missing one as a diagnostic. <see cref="For"/> never throws and never falls back silently; it returns
/// <c>default</c> for a language the validator has already reported.</summary>
public class Localized<T> : IEquatable<Localized<T>>
{
    readonly ImmutableSortedDictionary<string, T> values;

    public Localized(IEnumerable<KeyValuePair<string, T>> values) =>
        this.values = values.ToImmutableSortedDictionary(StringComparer.Ordinal);

    public static Localized<T> Empty { get; } = new([]);

    /// <summary>The languages that have a value, in ordinal order.</summary>
    public IEnumerable<string> Languages => values.Keys;

    public bool Has(string lang) => values.ContainsKey(lang);

    public bool TryGet(string lang, out T value) => values.TryGetValue(lang, out value!);

    public T For(string lang) => values.TryGetValue(lang, out var value) ? value : default!;

    /// <summary>The same values with one language set or replaced.</summary>
    public Localized<T> With(string lang, T value) => new(values.SetItem(lang, value));

    public Localized<TOut> Select<TOut>(Func<T, TOut> map) => new(values.Select(v => KeyValuePair.Create(v.Key, map(v.Value))));

    public bool Equals(Localized<T>? other) =>
        other is not null && values.Count == other.values.Count
        && values.All(v => other.values.TryGetValue(v.Key, out var o) && EqualityComparer<T>.Default.Equals(v.Value, o));

    public override bool Equals(object? obj) => obj is Localized<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (key, value) in values) { hash.Add(key); hash.Add(value); }
        return hash.ToHashCode();
    }

    public override string ToString() => string.Join(", ", values.Select(v => $"{v.Key}: {v.Value}"));
}
