using System.Collections.Immutable;
using System.Globalization;
using Kennisbank.Diagnostics;
using Kennisbank.Localization;
using Kennisbank.Site.Configuration;
using Kennisbank.Site.Parsing;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Site.Yaml;

/// <summary>Reads typed values out of a YAML node tree. Every problem becomes a diagnostic at the value's own
/// line and column; a bad value reads as null, so one mistake never hides the next.</summary>
/// <param name="valueCode">The code for a value of the wrong kind: KB012 in front matter and configuration, KB014 in
/// data files.</param>
public sealed class YamlReader(string path, int lineOffset, List<Diagnostic> diagnostics, string valueCode = DiagnosticCodes.InvalidValue)
{
    public string Path => path;

    public void Error(YamlNode node, string code, string message) =>
        diagnostics.Add(Diagnostic.Error(path, Line(node), Column(node), code, message));

    public void Warning(YamlNode node, string code, string message) =>
        diagnostics.Add(Diagnostic.Warning(path, Line(node), Column(node), code, message));

    public int Line(YamlNode node) => (int)node.Start.Line + lineOffset;

    static int Column(YamlNode node) => Math.Max(1, (int)node.Start.Column);

    /// <summary>The mapping's keys in order, reporting any key not in <paramref name="known"/> (with a suggestion).</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlMappingNode mapping, IReadOnlyCollection<string> known, string what)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (known.Contains(key))
            {
                yield return (key, keyNode, value);
                continue;
            }
            var hint = Suggestions.Closest(key, known) is { } s ? $"; did you mean '{s}'?" : "";
            Error(keyNode, DiagnosticCodes.UnknownKey, $"unknown {what} key '{key}'{hint} (allowed: {string.Join(", ", known)})");
        }
    }

    public YamlMappingNode? Mapping(YamlNode? node, string what)
    {
        if (node is YamlMappingNode mapping) return mapping;
        if (node is not null) Error(node, valueCode, $"{what} must be a list of 'key: value' lines");
        return null;
    }

    public string? Scalar(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } v }) return v.Trim();
        Error(node, valueCode, $"'{key}' must be a single value");
        return null;
    }

    /// <summary>A text that must not be empty.</summary>
    public string? Text(string key, YamlNode node)
    {
        var value = Scalar(key, node);
        if (value is { Length: 0 }) Error(node, DiagnosticCodes.MissingRequiredKey, $"'{key}' is empty");
        return value;
    }

    public int? Integer(string key, YamlNode node, int min = int.MinValue, int max = int.MaxValue)
    {
        var value = Scalar(key, node);
        if (value is null) return null;
        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        var range = (min, max) switch
        {
            (int.MinValue, int.MaxValue) => "",
            (_, int.MaxValue) => $" of at least {min}",
            _ => $" from {min} to {max}",
        };
        Error(node, valueCode, $"'{key}' must be a whole number{range}, not '{value}'");
        return null;
    }

    public bool? Boolean(string key, YamlNode node)
    {
        var value = Scalar(key, node);
        if (value is "true" or "false") return value == "true";
        if (value is not null) Error(node, valueCode, $"'{key}' must be true or false, not '{value}'");
        return null;
    }

    /// <summary>A day (YYYY-MM-DD) or, when the source gives no day, a month (YYYY-MM): see <see cref="PageDate"/>.</summary>
    public PageDate? Date(string key, YamlNode node)
    {
        var value = Scalar(key, node);
        if (value is null) return null;
        if (PageDate.TryParse(value, out var d)) return d;
        Error(node, valueCode, $"'{key}' must be a date written YYYY-MM-DD, or a month YYYY-MM when the source gives no day, not '{value}'");
        return null;
    }

    public ImmutableArray<YamlNode> Sequence(string what, YamlNode? node)
    {
        if (node is YamlSequenceNode seq) return [.. seq.Children];
        if (node is not null) Error(node, valueCode, $"{what} must be a list of items, each starting with '- '");
        return [];
    }

    /// <summary>A text per language, with every language of the site: a missing one is an error for a required
    /// language; another language shows its fallback's text, reported as an info (counted in the build summary,
    /// listed with --verbose), so it is never silent.</summary>
    public Localized<string> LocalizedComplete(string key, YamlNode node, SiteConfig config)
    {
        var text = Localized(key, node, [.. config.Codes]);
        if (text is null) return Localization.Localized<string>.Empty;
        foreach (var language in config.Languages.Where(l => !text.Has(l.Code)))
        {
            var fallback = config.FallbacksOf(language.Code).FirstOrDefault(text.Has);
            if (language.Required || fallback is null)
                Error(node, DiagnosticCodes.MissingText, $"'{key}' has no text in '{language.Code}' ({language.Name})");
            else
                diagnostics.Add(Diagnostic.Info(path, Line(node), Column(node), DiagnosticCodes.MissingText,
                    $"'{key}' has no text in '{language.Code}' ({language.Name}); the '{fallback}' text is shown instead"));
            // Filled in either way, so nothing downstream meets a missing text; the error above fails the build.
            text = text.With(language.Code, fallback is null ? "" : text.For(fallback));
        }
        return text;
    }

    /// <summary>A text per language, written as a mapping from language code to text: <c>{ nl: …, en: … }</c>.
    /// A language the site does not have is an error; a missing language is reported by <see cref="Complete"/>.</summary>
    public Localized<string>? Localized(string key, YamlNode node, IReadOnlyCollection<string> languages)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(node, valueCode, $"'{key}' must give a text per language, e.g. '{key}: {{ {string.Join(", ", languages.Select(l => l + ": …"))} }}'");
            return null;
        }
        var values = new List<KeyValuePair<string, string>>();
        foreach (var (lang, langNode, value) in Entries(mapping, languages, "language"))
            if (Text($"{key}.{lang}", value) is { Length: > 0 } text) values.Add(new(lang, text));
        return new Localized<string>(values);
    }
}
