using System.Text;
using Kennisbank.Site.Configuration;
using Kennisbank.Site.Loading;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Incremental;

/// <summary>All the input a parse step reads, as one text: equal keys, equal results (see <see cref="BuildCache.Reuse{T}"/>).
/// Both steps read the site's configuration (its languages), so it is part of both keys.</summary>
static class InputKey
{
    /// <summary>The data files (<c>_data/*.yml</c>) and input/site.yml.</summary>
    public static string Data(SiteSource source)
    {
        var key = new StringBuilder();
        Append(key, source.Config?.Text);
        foreach (var file in source.Data) Append(Append(Append(key, file.Name), file.DisplayPath), file.Text);
        return key.ToString();
    }

    /// <summary>The theme's interface texts of each of the site's languages, and input/site.yml.</summary>
    public static string Strings(SiteSource source, string themeDir, SiteConfig config)
    {
        var key = new StringBuilder();
        Append(Append(key, source.Config?.Text), themeDir);
        foreach (var lang in config.Codes)
        {
            var path = UiStringsLoader.FilePath(themeDir, lang);
            Append(Append(key, lang), File.Exists(path) ? File.ReadAllText(path) : null);
        }
        return key.ToString();
    }

    /// <summary>Each part with its length, so that no two lists of parts make one key.</summary>
    static StringBuilder Append(StringBuilder key, string? part) =>
        part is null ? key.Append("-1:") : key.Append(part.Length).Append(':').Append(part);
}
