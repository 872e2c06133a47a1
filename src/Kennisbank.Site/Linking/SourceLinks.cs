namespace Kennisbank.Site.Linking;

/// <summary>The page a relative link names by its source file: "gids/eerste.md" is the page "gids/eerste" in the
/// linking page's language, "gids/eerste.en.md" the same page in English. Page names have no dots, so a name ending
/// in a dot and two letters before ".md" is always a language.</summary>
/// <remarks>Written out instead of the regular expression it replaces,
/// <c>^(?&lt;id&gt;.+?)(\.(?&lt;lang&gt;[a-z]{2}))?\.md$</c>, whose every match read its groups by name: in the one-threaded
/// link stage that was most of resolving a link (docs/performance.md). It keeps that expression's every edge: the id
/// is at least one character and holds no line break, and a single line break may follow ".md" (SourceLinksTests prove
/// the two equal).</remarks>
public static class SourceLinks
{
    /// <returns>Whether the path names a source file; <paramref name="lang"/> is null where it names no language.</returns>
    public static bool TryParse(string path, out string id, out string? lang)
    {
        (id, lang) = ("", null);
        var end = path.Length > 0 && path[^1] == '\n' ? path.Length - 1 : path.Length;
        var name = path.AsSpan(0, end);
        if (!name.EndsWith(".md", StringComparison.Ordinal)) return false;
        name = name[..^3];
        if (name.Length == 0 || name.Contains('\n')) return false;
        if (name.Length >= 4 && name[^3] == '.' && name[^2] is >= 'a' and <= 'z' && name[^1] is >= 'a' and <= 'z')
        {
            (id, lang) = (name[..^3].ToString(), name[^2..].ToString());
            return true;
        }
        id = name.ToString();
        return true;
    }
}
