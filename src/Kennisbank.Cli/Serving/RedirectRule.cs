namespace Kennisbank.Cli.Serving;

/// <summary>What a redirect rule looks at in a request.</summary>
public sealed record RedirectRequest(string Path, IReadOnlyDictionary<string, string> Query, string QueryString, string? AcceptLanguage);

/// <summary>One line of a `_redirects` file that the preview can apply. 3xx statuses redirect; any other status serves
/// the destination's file under the requested address with that status (200 rewrites, 404 a custom not-found page).
/// Without "!" (Force) a rule is shadowed by a file at the requested path, as on Netlify.</summary>
public sealed record RedirectRule(int Line, PathPattern From, IReadOnlyList<KeyValuePair<string, string>> Query, string To,
    int Status, bool Force, IReadOnlyList<string> Languages)
{
    public bool IsRedirect => Status is >= 300 and < 400;

    /// <summary>Where this rule sends the request, placeholders filled in; null when the rule does not apply to it.</summary>
    public string? Destination(RedirectRequest request)
    {
        if (Languages.Count > 0 && !LanguageCondition.Matches(Languages, LanguageCondition.VisitorLanguage(request.AcceptLanguage)))
            return null;
        if (From.Match(request.Path) is not { } values) return null;
        var bound = new Dictionary<string, string>(values);
        foreach (var (key, wanted) in Query)
        {
            // "id=:id" asks for the parameter and names its value; "id=5" asks for that value.
            if (!request.Query.TryGetValue(key, out var actual)) return null;
            if (wanted.StartsWith(':')) bound[wanted[1..]] = actual;
            else if (wanted != actual) return null;
        }
        // Longest names first, so ":id" does not eat the start of ":idx".
        var destination = bound.OrderByDescending(b => b.Key.Length)
            .Aggregate(To, (to, b) => to.Replace(":" + b.Key, b.Value, StringComparison.Ordinal));
        // Netlify passes the query string on, unless the rule matched on it or the destination has its own.
        return Query.Count == 0 && !destination.Contains('?', StringComparison.Ordinal) ? destination + request.QueryString : destination;
    }
}
