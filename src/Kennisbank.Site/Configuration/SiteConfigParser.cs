using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Site.Configuration;

/// <summary>Reads input/site.yml. Unknown keys and bad values are diagnostics at their line, like front matter; what
/// is broken keeps its default, so the rest of the build can still report on.</summary>
public static partial class SiteConfigParser
{
    public const string FileName = "site.yml";

    static readonly string[] Keys = ["languages", "default", "base-url", "repository"];
    static readonly string[] LanguageKeys = ["code", "name", "direction", "fallback", "required", "translated-from"];

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();

    /// <param name="yaml">The file's text, or null when the site has none (then <see cref="SiteConfig.Default"/> holds).</param>
    public static (SiteConfig Config, ImmutableArray<Diagnostic> Diagnostics) Parse(string? yaml, string path)
    {
        if (yaml is null) return (SiteConfig.Default, []);
        var diagnostics = new List<Diagnostic>();
        var (root, problem) = YamlText.Load(yaml, path, 0, DiagnosticCodes.MalformedYaml, "the site configuration");
        if (problem is not null) return (SiteConfig.Default, [problem]);
        var reader = new YamlReader(path, 0, diagnostics);
        var config = root is null ? SiteConfig.Default : Read(reader, root);
        return (config, [.. diagnostics]);
    }

    static SiteConfig Read(YamlReader reader, YamlNode root)
    {
        var config = SiteConfig.Default;
        if (reader.Mapping(root, "the site configuration") is not { } mapping) return config;
        YamlNode? defaultNode = null;
        foreach (var (key, keyNode, value) in reader.Entries(mapping, Keys, "site configuration"))
        {
            switch (key)
            {
                case "languages":
                    if (Languages(reader, value) is { Length: > 0 } languages) config = config with { Languages = languages, DefaultLanguage = languages[0].Code };
                    break;
                case "default":
                    defaultNode = value;
                    break;
                case "base-url":
                    if (reader.Scalar(key, value) is { } url)
                    {
                        if (IsWebAddress(url)) config = config with { BaseUrl = url.TrimEnd('/') };
                        else reader.Error(value, DiagnosticCodes.InvalidValue, $"'base-url' must be an address starting with https:// or http://, not '{url}'");
                    }
                    break;
                case "repository":
                    if (reader.Scalar(key, value) is { } repository)
                    {
                        if (IsWebAddress(repository)) config = config with { Repository = repository.TrimEnd('/') };
                        else reader.Error(value, DiagnosticCodes.InvalidValue, $"'repository' must be an address starting with https:// or http://, not '{repository}'");
                    }
                    break;
            }
        }
        // Read last, so it can be checked against the languages whatever the order of the keys.
        if (defaultNode is not null && reader.Scalar("default", defaultNode) is { } lang)
        {
            if (config.IsKnown(lang)) config = config with { DefaultLanguage = lang };
            else reader.Error(defaultNode, DiagnosticCodes.InvalidValue, $"the default language '{lang}' is not in 'languages' ({string.Join(", ", config.Codes)})");
        }
        return config;
    }

    static ImmutableArray<LanguageInfo> Languages(YamlReader reader, YamlNode node)
    {
        var items = reader.Sequence("'languages'", node);
        if (node is YamlSequenceNode && items.Length == 0)
            reader.Error(node, DiagnosticCodes.InvalidValue, "'languages' must list at least one language");
        var languages = new List<(LanguageInfo Language, YamlNode Node, YamlNode? FallbackNode, YamlNode? FromNode)>();
        foreach (var item in items)
        {
            if (reader.Mapping(item, "a language") is not { } mapping) continue;
            string? code = null, name = null, direction = "ltr", fallback = null, from = null;
            YamlNode? fallbackNode = null, fromNode = null;
            var required = true;
            foreach (var (key, _, value) in reader.Entries(mapping, LanguageKeys, "language"))
            {
                switch (key)
                {
                    case "code":
                        code = reader.Scalar(key, value);
                        if (code is not null && !LanguageCode().IsMatch(code))
                        {
                            reader.Error(value, DiagnosticCodes.InvalidValue, $"a language code is two lower-case letters (ISO 639-1), not '{code}'");
                            code = null;
                        }
                        else if (code is not null && languages.Any(l => l.Language.Code == code))
                        {
                            reader.Error(value, DiagnosticCodes.InvalidValue, $"the language '{code}' is listed twice");
                            code = null;
                        }
                        break;
                    case "name": name = reader.Text(key, value); break;
                    case "direction":
                        direction = reader.Scalar(key, value);
                        if (direction is not ("ltr" or "rtl"))
                        {
                            reader.Error(value, DiagnosticCodes.InvalidValue, $"'direction' must be ltr or rtl, not '{direction}'");
                            direction = "ltr";
                        }
                        break;
                    case "fallback": (fallback, fallbackNode) = (reader.Scalar(key, value), value); break;
                    case "required": required = reader.Boolean(key, value) ?? true; break;
                    case "translated-from": (from, fromNode) = (reader.Scalar(key, value), value); break;
                }
            }
            if (code is null || name is null)
            {
                if (code is null && !mapping.Children.Keys.Any(k => k is YamlScalarNode { Value: "code" }))
                    reader.Error(item, DiagnosticCodes.MissingRequiredKey, "a language needs a 'code'");
                if (name is null && !mapping.Children.Keys.Any(k => k is YamlScalarNode { Value: "name" }))
                    reader.Error(item, DiagnosticCodes.MissingRequiredKey, "a language needs a 'name', in the language itself");
                continue;
            }
            languages.Add((new LanguageInfo(code, name, direction!, fallback, required, from), item, fallbackNode, fromNode));
        }
        // Fallbacks and sources can name a language listed later, so they are checked once all are known.
        foreach (var (language, _, fallbackNode, fromNode) in languages)
        {
            Other(language.Fallback, fallbackNode, "fall back to", "fallback");
            Other(language.TranslatedFrom, fromNode, "be translated from", "'translated-from'");

            void Other(string? other, YamlNode? node, string verb, string what)
            {
                if (other is null || node is null) return;
                if (other == language.Code)
                    reader.Error(node, DiagnosticCodes.InvalidValue, $"the language '{language.Code}' cannot {verb} itself");
                else if (!languages.Any(l => l.Language.Code == other))
                    reader.Error(node, DiagnosticCodes.InvalidValue, $"the {what} '{other}' is not one of the site's languages");
            }
        }
        return [.. languages.Select(l => l.Language)];
    }

    static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Length > 0;
}
