using System.Collections;

namespace Kennisbank.Site.Features.Cms;

/// <summary>Whether two models of plain maps, lists and values would serialize alike: maps with the same keys in the same
/// order (YAML keeps the order), lists with the same items, values of the same type that are equal.</summary>
public static class ModelEquality
{
    public static bool Same(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (IDictionary<string, object> x, IDictionary<string, object> y) =>
            x.Count == y.Count && x.Zip(y).All(pair => pair.First.Key == pair.Second.Key && Same(pair.First.Value, pair.Second.Value)),
        (string x, string y) => x == y,
        (string, _) or (_, string) => false,
        (IEnumerable x, IEnumerable y) => Items(x).SequenceEqual(Items(y), Comparer.Instance),
        _ => a.GetType() == b.GetType() && a.Equals(b),
    };

    static IEnumerable<object?> Items(IEnumerable items) => items.Cast<object?>();

    sealed class Comparer : IEqualityComparer<object?>
    {
        public static readonly Comparer Instance = new();
        public new bool Equals(object? x, object? y) => Same(x, y);
        public int GetHashCode(object? obj) => 0;
    }
}
