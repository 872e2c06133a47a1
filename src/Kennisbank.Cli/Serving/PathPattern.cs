using System.Text;
using System.Text.RegularExpressions;

namespace Kennisbank.Cli.Serving;

/// <summary>A Netlify path pattern, as in a header rule's `for` or a redirect's `from`. It is translated the way Netlify's
/// own parser (@netlify/headers-parser, for_regexp) does, so the preview matches what production matches: per path
/// segment, ":name" is one segment, a lone "*" is everything that follows (possibly nothing: "/assets/*" matches "/assets"
/// too), a "*" inside a segment is any text; the rest is literal. Case is ignored and a trailing slash is optional.
/// One deliberate difference: Netlify's regular expression lets "/assets/*" match "/assetsfoo"; here it does not.</summary>
public sealed class PathPattern
{
    readonly Regex regex;
    readonly List<string> placeholders = [];

    public string Text { get; }

    public PathPattern(string text)
    {
        Text = text.Trim();
        var pattern = new StringBuilder("^");
        var parts = Text.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            if (part == "*") { pattern.Append("(?:/(?<splat>.*))?"); continue; }
            pattern.Append('/');
            if (part.StartsWith(':') && part.Length > 1)
            {
                // Group names are generated: a placeholder may contain characters a .NET group name may not.
                pattern.Append(System.Globalization.CultureInfo.InvariantCulture, $"(?<p{placeholders.Count}>[^/]+)");
                placeholders.Add(part[1..]);
            }
            else pattern.Append(string.Join(".*", part.Split('*').Select(Regex.Escape)));
        }
        pattern.Append(parts.Length == 0 ? "/$" : "/?$");
        regex = new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public bool Matches(string path) => regex.IsMatch(path);

    /// <summary>The placeholders and the splat a path filled in, for a redirect's destination; null when it does not match.</summary>
    public IReadOnlyDictionary<string, string>? Match(string path)
    {
        var match = regex.Match(path);
        if (!match.Success) return null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < placeholders.Count; i++) values[placeholders[i]] = match.Groups[$"p{i}"].Value;
        if (match.Groups["splat"].Success) values["splat"] = match.Groups["splat"].Value;
        return values;
    }

    public override string ToString() => Text;
}
