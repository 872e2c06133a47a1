using System.Collections.Immutable;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Configuration;
using Kennisbank.Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Site.Rendering;

/// <summary>Loads theme/strings/&lt;lang&gt;.yml for every language of the site. The default language's file is the
/// reference: every other language must have each of its keys. A missing file or key fails the build, naming it.</summary>
public static class UiStringsLoader
{
    public static (IReadOnlyDictionary<string, UiStrings> Strings, ImmutableArray<Diagnostic> Diagnostics) LoadAll(string themeDir, SiteConfig config)
    {
        var diagnostics = new List<Diagnostic>();
        var texts = config.Codes.ToDictionary(lang => lang, lang => Read(themeDir, lang, diagnostics));
        var reference = texts[config.DefaultLanguage];
        foreach (var language in config.Languages.Where(l => l.Code != config.DefaultLanguage))
        {
            var own = texts[language.Code];
            var missing = reference.Keys.Where(k => !own.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0 && own.Count > 0)
                diagnostics.Add(Diagnostic.Error(DisplayPath(themeDir, language.Code), 1, 1, DiagnosticCodes.MissingString,
                    $"the {language.Name} interface texts miss {missing.Count} key(s) that {config.DefaultLanguage}.yml has: {string.Join(", ", missing)}"));
            // Filled in so the rest of the build can report on; the error above fails it.
            foreach (var key in missing) own[key] = reference[key];
        }
        // Every language names every other, for the notices about a page's language ("not translated into French yet").
        foreach (var language in config.Languages)
        {
            var names = config.Codes.Select(code => "language." + code).Where(key => !texts[language.Code].ContainsKey(key)).ToList();
            if (names.Count > 0 && texts[language.Code].Count > 0)
                diagnostics.Add(Diagnostic.Error(DisplayPath(themeDir, language.Code), 1, 1, DiagnosticCodes.MissingString,
                    $"the {language.Name} interface texts do not name every language of the site: add {string.Join(", ", names)}"));
            foreach (var key in names) texts[language.Code][key] = key["language.".Length..];
        }
        return (texts.ToDictionary(t => t.Key, t => new UiStrings(t.Key, t.Value)), [.. diagnostics]);
    }

    static Dictionary<string, string> Read(string themeDir, string lang, List<Diagnostic> diagnostics)
    {
        var path = FilePath(themeDir, lang);
        var display = DisplayPath(themeDir, lang);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error(display, 1, 1, DiagnosticCodes.MissingString,
                $"there are no interface texts for the language '{lang}': add {display} (copy another language's file and translate it)"));
            return texts;
        }
        var (root, problem) = YamlText.Load(File.ReadAllText(path), display, 0, DiagnosticCodes.MalformedYaml, "the strings file");
        if (problem is not null)
        {
            diagnostics.Add(problem);
            return texts;
        }
        var reader = new YamlReader(display, 0, diagnostics);
        if (reader.Mapping(root, "the strings file") is not { } mapping) return texts;
        // Values are taken as written: some texts begin or end with a space on purpose (" en ").
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } key } && value is YamlScalarNode { Value: { } text }) texts[key] = text;
            else reader.Error(value, DiagnosticCodes.MalformedYaml, "each interface text is one line 'key: text'");
        }
        return texts;
    }

    /// <summary>Where a language's interface texts are read from.</summary>
    internal static string FilePath(string themeDir, string lang) => Path.Combine(themeDir, "strings", $"{lang}.yml");

    static string DisplayPath(string themeDir, string lang) =>
        Path.Combine(themeDir, "strings", $"{lang}.yml").Replace('\\', '/');
}
