namespace Kennisbank.Site.Linking;

/// <summary>Pure helpers over site paths ("lessen/radar.png") and URLs ("/nl/lessons/").</summary>
public static class UrlPaths
{
    /// <summary>Joins a folder and a relative path, resolving "." and ".."; null when it climbs out of the root.</summary>
    public static string? Combine(string folder, string relative)
    {
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var segment in relative.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    /// <summary>The URL of <paramref name="target"/> relative to the page at <paramref name="pageUrl"/> (which ends in '/').</summary>
    public static string Relative(string pageUrl, string target)
    {
        var from = pageUrl.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = target.TrimStart('/').Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        var ups = string.Concat(Enumerable.Repeat("../", from.Length - common));
        return ups + string.Join('/', to[common..]);
    }
}
