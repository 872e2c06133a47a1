using System.Text.RegularExpressions;
using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Kennisbank.Cli.Serving;

/// <summary>Reads the response headers from netlify.toml's [[headers]] blocks (`for` and `[headers.values]`), so the
/// preview sends exactly what production sends, the CSP included.</summary>
public static partial class NetlifyHeaders
{
    public sealed record Rule(PathPattern For, IReadOnlyList<KeyValuePair<string, string>> Values);

    /// <exception cref="NetlifyConfigException">The file is not valid TOML, or a [[headers]] block is not what Netlify accepts.</exception>
    public static IReadOnlyList<Rule> Parse(string toml, string sourceName = "netlify.toml")
    {
        // The syntax parser validates as TOML requires (a key defined twice is an error); the object model alone would
        // let the last definition win, and Netlify would then reject a file that the preview accepted.
        var document = SyntaxParser.Parse(toml, sourceName, true);
        if (document.Diagnostics.FirstOrDefault(d => d.Kind == DiagnosticMessageKind.Error) is { } error)
            throw new NetlifyConfigException($"{sourceName}:{error.Span.Start.Line + 1}:{error.Span.Start.Column + 1}: error: {error.Message}");
        TomlTable model;
        try { model = TomlSerializer.Deserialize(toml, new NetlifyToml(new TomlSerializerOptions { SourceName = sourceName }).TomlTable)!; }
        catch (TomlException e) { throw new NetlifyConfigException($"{sourceName}:{e.Line ?? 1}:{e.Column ?? 1}: error: {FirstLine(e.Message)}"); }

        if (!model.TryGetValue("headers", out var headers)) return [];
        if (headers is not TomlTableArray blocks) throw Problem(document, sourceName, 0, "\"headers\" must be [[headers]] blocks");
        return blocks.Select((block, i) => ReadBlock(block, i)).Where(r => r.Values.Count > 0).ToList();

        Rule ReadBlock(TomlTable block, int index)
        {
            if (!block.TryGetValue("for", out var path) || path is not string pattern || pattern.Trim().Length == 0)
                throw Problem(document, sourceName, index, "a [[headers]] block needs a \"for\" path");
            if (!block.TryGetValue("values", out var raw)) return new Rule(new PathPattern(pattern), []);
            if (raw is not TomlTable values) throw Problem(document, sourceName, index, "[headers.values] must be a table");
            return new Rule(new PathPattern(pattern), values.Select(v => new KeyValuePair<string, string>(v.Key.Trim(), v.Value switch
            {
                string text => Normalize(text),
                // An array is Netlify's other way to write a multi-value header: its items joined with ", ".
                TomlArray items when items.All(item => item is string) => string.Join(", ", items.Cast<string>().Select(Normalize)),
                _ => throw Problem(document, sourceName, index, $"the value of header \"{v.Key}\" must be a string"),
            })).ToList());
        }
    }

    /// <summary>The headers for one path. Every rule whose `for` matches applies, in file order; when two set the same
    /// header, the later one wins (it replaces, it does not concatenate). Netlify's public page on custom headers does not
    /// spell this out; Netlify's own code does: @netlify/headers-parser (merge.ts: "If the same header is specified twice
    /// in different places for the same path, the later one overrides (does not concatenate) any earlier ones") and
    /// `netlify dev`'s headersForPath, which merges the matching rules in order with later values winning.
    /// Header names compare without case, as in HTTP.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> For(IReadOnlyList<Rule> rules, string path)
    {
        var merged = new List<KeyValuePair<string, string>>();
        foreach (var rule in rules.Where(r => r.For.Matches(path)))
            foreach (var header in rule.Values)
            {
                var existing = merged.FindIndex(h => string.Equals(h.Key, header.Key, StringComparison.OrdinalIgnoreCase));
                if (existing >= 0) merged[existing] = header;
                else merged.Add(header);
            }
        return merged;
    }

    /// <summary>A value written over several lines (a """ string) is sent on one line: runs of white space become one
    /// space, and, as Netlify does, a comma is followed by exactly one space ("max-age=0,\n no-cache" → "max-age=0, no-cache").</summary>
    static string Normalize(string value) => Comma().Replace(Whitespace().Replace(value.Trim(), " "), ", ");

    static NetlifyConfigException Problem(DocumentSyntax document, string sourceName, int block, string message)
    {
        // The object model has no positions; the block's own [[headers]] line in the syntax tree does.
        var header = document.Tables.OfType<TableArraySyntax>().Where(t => t.Name?.ToString().Trim() == "headers").ElementAtOrDefault(block);
        var (line, column) = header is null ? (1, 1) : (header.Span.Start.Line + 1, header.Span.Start.Column + 1);
        return new NetlifyConfigException($"{sourceName}:{line}:{column}: error: {message}");
    }

    static string FirstLine(string text) => text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? text;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*,\s*")]
    private static partial Regex Comma();
}
