using NUglify;
using NUglify.JavaScript;

namespace Kennisbank.Site.Tests.Support;

/// <summary>A script written readable next to its C# reference in src/ and published minified in theme/assets/js, the
/// file the build copies and browsers run (the board's; the search's does the same in SearchScriptTests). After editing
/// the source, run its tests with KB_ACCEPT=1 and review the diff.</summary>
public static class PublishedScript
{
    public static string Minify(string script)
    {
        var result = Uglify.Js(script, new CodeSettings { PreserveImportantComments = false });
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        return result.Code + "\n";
    }

    /// <summary>The published file is its source minified; with KB_ACCEPT=1 it is first written so.</summary>
    public static void AssertInStep(string source, string published)
    {
        var minified = Minify(File.ReadAllText(source));
        if (Environment.GetEnvironmentVariable("KB_ACCEPT") == "1") File.WriteAllText(published, minified);
        Assert.True(File.Exists(published) && File.ReadAllText(published) == minified,
            $"{Path.GetRelativePath(Repository.Root, published)} is not {Path.GetRelativePath(Repository.Root, source)} minified: run the tests with KB_ACCEPT=1 and review the diff");
    }
}
