using System.Collections.Frozen;
using System.Globalization;

namespace Kennisbank.Site.Rendering;

/// <summary>The theme's interface texts ("On this page", "Previous", …) for one language, from
/// theme/strings/&lt;lang&gt;.yml. Templates never contain language; they ask for a key. Every configured language has
/// every key (<see cref="UiStringsLoader"/> reports any that is missing), so a missing key here is a theme bug.</summary>
public sealed class UiStrings(string lang, IReadOnlyDictionary<string, string> texts)
{
    readonly FrozenDictionary<string, string> texts = texts.ToFrozenDictionary(StringComparer.Ordinal);

    public string Lang { get; } = lang;
    public IEnumerable<string> Keys => texts.Keys;

    public bool Has(string key) => texts.ContainsKey(key);

    public string this[string key] =>
        texts.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"theme/strings/{Lang}.yml has no '{key}'");

    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);
}
