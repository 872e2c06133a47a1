using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Kennisbank.Site.Diagnostics;
using YamlDotNet.Core;
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
    public static FrontMatter Parse(string? yaml, string path, List<Diagnostic> diagnostics)
    {
        if (yaml is null)
        {
            diagnostics.Add(Diagnostic.Error(path, 1, 1, DiagnosticCodes.MissingRequiredKey,
                "the page has no front matter; start it with '---', a 'title:' and a 'description:', and '---'"));
            return Empty;
        }
        if (Safety.YamlLimits.Check(yaml, path, lineOffset: 1) is { } tooComplex) { diagnostics.Add(tooComplex); return Empty; }
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode as YamlMappingNode;
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(path, (int)e.Start.Line + 1, (int)e.Start.Column, DiagnosticCodes.MalformedYaml,
                $"the front matter is not valid YAML: {Message(e)}"));
            return Empty;
        }
        if (root is null)
        {
            diagnostics.Add(Diagnostic.Error(path, 2, 1, DiagnosticCodes.MalformedYaml, "the front matter must be a list of 'key: value' lines"));
            return Empty;
        }
        return new Reader(path, diagnostics).Read(root);
    }

    static readonly FrontMatter Empty = new("", "");

    static string Message(YamlException e) =>
        (e.InnerException?.Message ?? e.Message).Split(" at Line", 2)[0].Trim().TrimEnd('.').Replace("While", "while", StringComparison.Ordinal);

    /// <summary>Reads each key with its own rule; every problem becomes a diagnostic at the key's position.</summary>
    private sealed class Reader(string path, List<Diagnostic> diagnostics)
    {
        public FrontMatter Read(YamlMappingNode root)
        {
            string? title = null, description = null, slug = null, layout = null;
            int? order = null, step = null, period = null;
            DateOnly? updated = null;
            var draft = false;
            var sdgs = ImmutableArray<int>.Empty;

            foreach (var (keyNode, value) in root.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                switch (key)
                {
                    case FrontMatterKeys.Title: title = Text(key, value); break;
                    case FrontMatterKeys.Description: description = Text(key, value); break;
                    case FrontMatterKeys.Slug: slug = Slug(value); break;
                    case FrontMatterKeys.Layout: layout = Layout(value); break;
                    case FrontMatterKeys.Order: order = Integer(key, value, int.MinValue); break;
                    case FrontMatterKeys.Step: step = Integer(key, value, 1); break;
                    case FrontMatterKeys.Period: period = Integer(key, value, 1); break;
                    case FrontMatterKeys.Updated: updated = Date(value); break;
                    case FrontMatterKeys.Draft: draft = Boolean(key, value); break;
                    case FrontMatterKeys.Sdgs: sdgs = SdgList(value); break;
                    default:
                        var hint = Suggestions.Closest(key, FrontMatterKeys.All) is { } s ? $"; did you mean '{s}'?" : "";
                        Error(keyNode, DiagnosticCodes.UnknownFrontMatterKey,
                            $"unknown front-matter key '{key}'{hint} (allowed: {string.Join(", ", FrontMatterKeys.All)})");
                        break;
                }
            }
            if (string.IsNullOrWhiteSpace(title)) Error(root, DiagnosticCodes.MissingRequiredKey, "missing required key 'title'", atStart: true);
            if (string.IsNullOrWhiteSpace(description)) Error(root, DiagnosticCodes.MissingRequiredKey, "missing required key 'description'", atStart: true);
            return new FrontMatter(title ?? "", description ?? "", order, slug, sdgs, updated, draft, layout, step, period);
        }

        string? Scalar(string key, YamlNode node)
        {
            if (node is YamlScalarNode { Value: { } v }) return v.Trim();
            Error(node, DiagnosticCodes.InvalidValue, $"'{key}' must be a single value");
            return null;
        }

        string? Text(string key, YamlNode node)
        {
            var value = Scalar(key, node);
            if (value is { Length: 0 }) Error(node, DiagnosticCodes.MissingRequiredKey, $"'{key}' is empty");
            return value;
        }

        string? Slug(YamlNode node)
        {
            var value = Scalar(FrontMatterKeys.Slug, node);
            if (value is not null && !SlugPattern().IsMatch(value))
                Error(node, DiagnosticCodes.InvalidValue, $"slug '{value}' may contain only a-z, 0-9 and '-'");
            return value;
        }

        string? Layout(YamlNode node)
        {
            var value = Scalar(FrontMatterKeys.Layout, node);
            if (value is null || LayoutNames.All.Contains(value)) return value;
            var hint = Suggestions.Closest(value, LayoutNames.All) is { } s ? $"; did you mean '{s}'?" : "";
            Error(node, DiagnosticCodes.UnknownLayout, $"unknown layout '{value}'{hint} (known: {string.Join(", ", LayoutNames.All)})");
            return null;
        }

        int? Integer(string key, YamlNode node, int min)
        {
            var value = Scalar(key, node);
            if (value is null) return null;
            if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min) return n;
            Error(node, DiagnosticCodes.InvalidValue, $"'{key}' must be a whole number{(min > int.MinValue ? $" of at least {min}" : "")}, not '{value}'");
            return null;
        }

        DateOnly? Date(YamlNode node)
        {
            var value = Scalar(FrontMatterKeys.Updated, node);
            if (value is null) return null;
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            Error(node, DiagnosticCodes.InvalidValue, $"'updated' must be a date written YYYY-MM-DD, not '{value}'");
            return null;
        }

        bool Boolean(string key, YamlNode node)
        {
            var value = Scalar(key, node);
            if (value is "true" or "false") return value == "true";
            if (value is not null) Error(node, DiagnosticCodes.InvalidValue, $"'{key}' must be true or false, not '{value}'");
            return false;
        }

        ImmutableArray<int> SdgList(YamlNode node)
        {
            var items = node is YamlSequenceNode seq ? seq.Children.ToList() : [node];
            var result = ImmutableArray.CreateBuilder<int>();
            foreach (var item in items)
            {
                var text = (item as YamlScalarNode)?.Value;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 17)
                {
                    if (!result.Contains(n)) result.Add(n);
                }
                else
                    Error(item, DiagnosticCodes.SdgOutOfRange, $"'{text}' is not an SDG: use numbers from 1 to 17");
            }
            return result.ToImmutable();
        }

        void Error(YamlNode node, string code, string message, bool atStart = false)
        {
            // YAML lines count from the line after the opening '---'.
            var (line, column) = atStart ? (1, 1) : ((int)node.Start.Line + 1, (int)node.Start.Column);
            diagnostics.Add(Diagnostic.Error(path, line, column, code, message));
        }
    }
}
