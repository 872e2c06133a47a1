namespace Kennisbank.Cli.Serving;

/// <summary>Reads a Netlify `_redirects` file and finds the rule for a request. One rule a line,
/// `from [query] to [status][!] [conditions]`, e.g. `/  /nl/  302!  Language=nl,fr`; blank lines and `#` comments (also
/// at a line's end) are skipped; the first rule that matches a request wins. The fields are split as Netlify's own parser
/// (@netlify/redirect-parser) splits them: the destination is the first field after `from` that starts with "/" or
/// "http", fields in between are query conditions (`key=value`), the field after it is the status (301 when there is
/// none, "!" forces the rule), and the rest are conditions.
/// A line the preview cannot apply is not fatal: it is left out and reported as a warning (the caller prints each one
/// once), as Netlify leaves invalid rules out of a deploy. That covers lines Netlify would reject, and rules the preview
/// cannot reproduce: Country and Role conditions (a local server knows neither), proxying to another site, and
/// domain-level `from` addresses.</summary>
public static class NetlifyRedirects
{
    public sealed record Result(IReadOnlyList<RedirectRule> Rules, IReadOnlyList<string> Warnings);

    public static Result Parse(string text, string sourceName = "_redirects")
    {
        var rules = new List<RedirectRule>();
        var warnings = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var fields = lines[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).TakeWhile(f => !f.StartsWith('#')).ToArray();
            if (fields.Length == 0) continue;
            try { rules.Add(ParseLine(i + 1, fields)); }
            catch (FormatException e) { warnings.Add($"{sourceName}:{i + 1}: warning: rule ignored: {e.Message}"); }
        }
        return new Result(rules, warnings);
    }

    /// <summary>The rule that applies to a request, and where it sends it: the first that matches, in file order. Where a
    /// file exists at the requested path (<paramref name="shadowed"/>) only forced rules ("!") count, as on Netlify:
    /// "If you have a redirect rule that's not explicitly marked as forced, and you also have a file under the same path,
    /// we will serve the file."</summary>
    public static (RedirectRule Rule, string Destination)? Match(IReadOnlyList<RedirectRule> rules, RedirectRequest request, bool shadowed)
    {
        foreach (var rule in rules.Where(r => r.Force || !shadowed))
            if (rule.Destination(request) is { } destination) return (rule, destination);
        return null;
    }

    static RedirectRule ParseLine(int line, string[] fields)
    {
        var from = fields[0];
        if (!from.StartsWith('/')) throw new FormatException($"only paths starting with \"/\" can be served locally, not \"{from}\"");
        if (fields.Length == 1) throw new FormatException("no destination");
        // A status right after `from` is a rule without destination: it applies to `from` itself.
        var toIndex = IsStatus(fields[1]) ? 0 : Array.FindIndex(fields, 1, IsDestination);
        if (toIndex == -1) throw new FormatException("the destination must start with \"/\", \"http:\" or \"https:\"");
        var to = toIndex == 0 ? from : fields[toIndex];
        var query = fields[1..Math.Max(toIndex, 1)].Select(f => Pair(f, "query parameter")).ToList();
        var rest = fields[(Math.Max(toIndex, 0) + 1)..];

        var (status, force) = (301, false);
        if (rest.Length > 0)
        {
            if (!IsStatus(rest[0])) throw new FormatException($"\"{rest[0]}\" is not a status code");
            (status, force) = (int.Parse(rest[0].TrimEnd('!'), System.Globalization.CultureInfo.InvariantCulture), rest[0].EndsWith('!'));
            rest = rest[1..];
        }
        var languages = new List<string>();
        foreach (var (key, value) in rest.Select(f => Pair(f, "condition")))
        {
            if (!key.Equals("Language", StringComparison.OrdinalIgnoreCase))
                throw new FormatException($"the preview cannot check a {key} condition, so this rule never applies locally");
            var codes = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            // Without a code the condition would vanish and the rule apply to every visitor.
            if (codes.Length == 0) throw new FormatException($"\"{key}=\" names no language");
            languages.AddRange(codes);
        }
        if (!(status is >= 300 and < 400) && !to.StartsWith('/'))
            throw new FormatException($"status {status} to another site is a proxy, which the preview does not do");
        return new RedirectRule(line, new PathPattern(from), query, to, status, force, languages);
    }

    static bool IsStatus(string field) =>
        int.TryParse(field.TrimEnd('!'), System.Globalization.NumberStyles.None, null, out var code) && code is >= 200 and <= 599;

    static bool IsDestination(string field) =>
        field.StartsWith('/') || field.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || field.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    static KeyValuePair<string, string> Pair(string field, string what)
    {
        var at = field.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0) throw new FormatException($"\"{field}\" is not a {what} (key=value)");
        return new(field[..at], field[(at + 1)..]);
    }
}
