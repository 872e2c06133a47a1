using System.Text.RegularExpressions;

namespace Kennisbank.Cli.Serving;

/// <summary>Reads the response headers from netlify.toml's [[headers]] blocks, so the preview sends exactly
/// what production sends (the CSP included). Only the small TOML subset netlify.toml uses for headers is read.</summary>
public static partial class NetlifyHeaders
{
    public sealed record Rule(string For, IReadOnlyList<KeyValuePair<string, string>> Values);

    [GeneratedRegex("""^\s*for\s*=\s*"(?<v>[^"]*)"\s*$""")]
    private static partial Regex ForLine();

    [GeneratedRegex(""""^\s*(?<k>"[^"]+"|[A-Za-z0-9-]+)\s*=\s*(?<q>"""|"|')(?<v>.*)$"""")]
    private static partial Regex ValueLine();

    public static IReadOnlyList<Rule> Parse(string toml)
    {
        var rules = new List<Rule>();
        string? pattern = null;
        List<KeyValuePair<string, string>>? values = null;
        var inValues = false;
        var lines = toml.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('['))
            {
                if (line == "[[headers]]")
                {
                    Flush();
                    (pattern, values, inValues) = (null, [], false);
                }
                else if (line == "[headers.values]" && values is not null) inValues = true;
                else { Flush(); (pattern, values, inValues) = (null, null, false); }
                continue;
            }
            if (values is null) continue;
            if (!inValues && ForLine().Match(line) is { Success: true } f) pattern = f.Groups["v"].Value;
            else if (inValues && ValueLine().Match(line) is { Success: true } v)
            {
                var key = v.Groups["k"].Value.Trim('"');
                var quote = v.Groups["q"].Value;
                var rest = v.Groups["v"].Value;
                string value;
                if (quote == "\"\"\"")
                {
                    var parts = new List<string> { rest };
                    while (!parts[^1].Contains("\"\"\"") && i + 1 < lines.Length) parts.Add(lines[++i].Trim());
                    value = string.Join(" ", parts).Replace("\"\"\"", "").Trim();
                }
                else value = rest[..rest.LastIndexOf(quote[0])];
                values.Add(new(key, Regex.Replace(value, @"\s+", " ")));
            }
        }
        Flush();
        return rules;

        void Flush()
        {
            if (pattern is not null && values is { Count: > 0 }) rules.Add(new Rule(pattern, values.ToList()));
        }
    }

    /// <summary>Netlify's matching: "/*" matches everything, "/assets/*" a prefix, anything else the exact path.</summary>
    public static bool Matches(string pattern, string path) =>
        pattern.EndsWith('*') ? path.StartsWith(pattern[..^1], StringComparison.Ordinal) : path == pattern;
}
