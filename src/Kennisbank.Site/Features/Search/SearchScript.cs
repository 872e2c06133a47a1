using NUglify;
using NUglify.JavaScript;

namespace Kennisbank.Site.Features.Search;

/// <summary>The browser's script: <c>search.js</c> in this folder (readable, commented, embedded in the assembly),
/// published minified as <see cref="SearchFeature.ScriptPath"/>. Minified, it stays under the 4 KB gzip budget; the
/// tests prove the minified one, which is what browsers run.</summary>
public static class SearchScript
{
    public static string Source { get; } = Read();

    static readonly Lazy<string> MinifiedValue = new(() =>
    {
        var result = Uglify.Js(Source, new CodeSettings { PreserveImportantComments = false });
        // search.js is ours and tested; a minifier error is a bug in it, to be seen at once.
        if (result.HasErrors) throw new InvalidOperationException("search.js: " + string.Join("; ", result.Errors));
        return result.Code + "\n";
    });

    public static string Minified => MinifiedValue.Value;

    static string Read()
    {
        using var stream = typeof(SearchScript).Assembly.GetManifestResourceStream("Kennisbank.Site.Features.Search.search.js")!;
        return new StreamReader(stream).ReadToEnd();
    }
}
