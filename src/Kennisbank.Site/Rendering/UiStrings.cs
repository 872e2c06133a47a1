using System.Collections.Frozen;
using YamlDotNet.Serialization;

namespace Kennisbank.Site.Rendering;

/// <summary>The theme's interface texts ("On this page", "Previous", …) for one language, from theme/strings/&lt;lang&gt;.yml.
/// Templates never contain language; they ask for a key.</summary>
public sealed class UiStrings(string lang, IReadOnlyDictionary<string, string> texts)
{
    readonly FrozenDictionary<string, string> texts = texts.ToFrozenDictionary(StringComparer.Ordinal);

    public string Lang { get; } = lang;
    public IEnumerable<string> Keys => texts.Keys;

    /// <summary>A missing key is a theme bug, not a content error, so it fails loudly; a test keeps both files complete.</summary>
    public string this[string key] =>
        texts.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"theme/strings/{Lang}.yml has no '{key}'");

    public string Format(string key, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], args);

    public static UiStrings Load(string themeDir, string lang)
    {
        var yaml = File.ReadAllText(Path.Combine(themeDir, "strings", $"{lang}.yml"));
        var texts = new DeserializerBuilder().Build().Deserialize<Dictionary<string, string>>(yaml) ?? [];
        return new UiStrings(lang, texts);
    }
}
