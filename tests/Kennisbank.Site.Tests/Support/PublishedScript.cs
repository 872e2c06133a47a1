using NUglify;
using NUglify.JavaScript;

namespace Kennisbank.Site.Tests.Support;

/// <summary>A script written readable next to its C# reference in src/ and published minified in theme/assets/js, the
/// file the build copies and browsers run (the board's two scripts; the search's, from two sources). After editing
/// the source, run its tests with KB_ACCEPT=1 and review the diff.</summary>
public static class PublishedScript
{
    public static string Minify(string script)
    {
        var result = Uglify.Js(script, new CodeSettings { PreserveImportantComments = false });
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        return result.Code + "\n";
    }

    /// <summary>The published file is its sources, joined in order, minified; with KB_ACCEPT=1 it is first written so.</summary>
    public static void AssertInStep(string published, params string[] sources)
    {
        var minified = Minify(string.Join("\n", sources.Select(File.ReadAllText)));
        if (Environment.GetEnvironmentVariable("KB_ACCEPT") == "1") File.WriteAllText(published, minified);
        var names = string.Join(" and ", sources.Select(s => Path.GetRelativePath(Repository.Root, s)));
        Assert.True(File.Exists(published) && File.ReadAllText(published) == minified,
            $"{Path.GetRelativePath(Repository.Root, published)} is not {names} minified: run the tests with KB_ACCEPT=1 and review the diff");
    }
}
