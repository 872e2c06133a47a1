using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Site.Parsing;

/// <summary>Splits a page into YAML front matter and Markdown body, and maps the YAML onto <see cref="FrontMatter"/>.</summary>
public static partial class FrontMatterParser
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();

    /// <summary>The body keeps the front matter's lines as blank lines, so Markdown line numbers are file line numbers.
    /// <paramref name="BodyStart"/> is where the Markdown starts in the file's text.</summary>
    public sealed record Split(string? Yaml, string Body, int BodyStart);

    public static Split SplitText(string text)
    {
        // Walks the lines without splitting the whole text: this runs on every page of every build.
        if (!Line(text, 0, out var next).SequenceEqual("---")) return new Split(null, text, 0);
        var yamlStart = next;
        for (var lineNumber = 2; next >= 0; lineNumber++)
        {
            var lineStart = next;
            var line = Line(text, lineStart, out next);
            if (line.SequenceEqual("---") || line.SequenceEqual("..."))
            {
                var yaml = lineStart == yamlStart ? "" : text[yamlStart..(lineStart - 1)];
                var bodyStart = next < 0 ? text.Length : next;
                return new Split(yaml, string.Concat(new string('\n', lineNumber), text.AsSpan(bodyStart)), bodyStart);
            }
        }
        return new Split(null, text, 0);
    }

    /// <summary>The line starting at <paramref name="start"/>, without its line ending. <paramref name="next"/> is where
    /// the next line starts, or -1 after the last line.</summary>
    static ReadOnlySpan<char> Line(string text, int start, out int next)
    {
        var end = text.IndexOf('\n', start);
        next = end < 0 ? -1 : end + 1;
        return text.AsSpan(start, (end < 0 ? text.Length : end) - start).TrimEnd('\r');
    }

    /// <summary>Always returns front matter (empty where broken), so one broken page does not cascade into broken links
    /// elsewhere; the diagnostics fail the build.</summary>
    public static FrontMatter Parse(string? yaml, string path, List<Diagnostic> diagnostics, ContentSchema schema)
    {
        if (yaml is null)
        {
            diagnostics.Add(Diagnostic.Error(path, 1, 1, DiagnosticCodes.MissingRequiredKey,
                "the page has no front matter; start it with '---', a 'title:' and a 'description:', and '---'"));
            return Empty;
        }
        // YAML lines count from the line after the opening '---'.
        var (root, problem) = YamlText.Load(yaml, path, 1, DiagnosticCodes.MalformedYaml, "the front matter");
        if (problem is not null)
        {
            diagnostics.Add(problem);
            return Empty;
        }
        if (root is not (null or YamlMappingNode))
        {
            diagnostics.Add(Diagnostic.Error(path, 2, 1, DiagnosticCodes.MalformedYaml, "the front matter must be a list of 'key: value' lines"));
            return Empty;
        }
        return Read((YamlMappingNode?)root ?? new YamlMappingNode(), new YamlReader(path, 1, diagnostics), path, diagnostics, schema);
    }

    static readonly FrontMatter Empty = new("", "");

    /// <summary>Reads each key with its own rule; every problem becomes a diagnostic at the key's position.</summary>
    static FrontMatter Read(YamlMappingNode root, YamlReader reader, string path, List<Diagnostic> diagnostics, ContentSchema schema)
    {
        string? title = null, description = null, slug = null, layout = null;
        int? order = null;
        PageDate? updated = null;
        var draft = false;
        var extra = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);

        foreach (var (key, _, value) in reader.Entries(root, schema.KeyNames, "front-matter"))
        {
            switch (key)
            {
                case FrontMatterKeys.Title: title = reader.Text(key, value); break;
                case FrontMatterKeys.Description: description = reader.Text(key, value); break;
                case FrontMatterKeys.Slug: slug = Slug(reader, value); break;
                case FrontMatterKeys.Layout: layout = Layout(reader, value, schema); break;
                case FrontMatterKeys.Order: order = reader.Integer(key, value); break;
                case FrontMatterKeys.Updated: updated = reader.Date(key, value); break;
                case FrontMatterKeys.Draft: draft = reader.Boolean(key, value) ?? false; break;
                default:
                    if (schema.Keys[key].Read(reader, value) is { } read) extra[key] = read;
                    break;
            }
        }
        if (string.IsNullOrWhiteSpace(title)) diagnostics.Add(Diagnostic.Error(path, 1, 1, DiagnosticCodes.MissingRequiredKey, "missing required key 'title'"));
        if (string.IsNullOrWhiteSpace(description)) diagnostics.Add(Diagnostic.Error(path, 1, 1, DiagnosticCodes.MissingRequiredKey, "missing required key 'description'"));
        return new FrontMatter(title ?? "", description ?? "", order, slug, updated, draft, layout) { Extra = extra.ToImmutable() };
    }

    static string? Slug(YamlReader reader, YamlNode node)
    {
        var value = reader.Scalar(FrontMatterKeys.Slug, node);
        if (value is not null && !SlugPattern().IsMatch(value))
            reader.Error(node, DiagnosticCodes.InvalidValue, $"slug '{value}' may contain only a-z, 0-9 and '-'");
        return value;
    }

    static string? Layout(YamlReader reader, YamlNode node, ContentSchema schema)
    {
        var value = reader.Scalar(FrontMatterKeys.Layout, node);
        if (value is null || schema.Layouts.ContainsKey(value)) return value;
        var hint = Suggestions.Closest(value, schema.LayoutNames) is { } s ? $"; did you mean '{s}'?" : "";
        reader.Error(node, DiagnosticCodes.UnknownLayout, $"unknown layout '{value}'{hint} (known: {string.Join(", ", schema.LayoutNames)})");
        return null;
    }
}
