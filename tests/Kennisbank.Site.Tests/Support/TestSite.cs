using Kennisbank.Diagnostics;
using Kennisbank.Site.Features;
using Kennisbank.Theme;

namespace Kennisbank.Site.Tests.Support;

/// <summary>A throw-away copy of the fixture site (tests/…/Fixtures/site) that a test can change and build.</summary>
public sealed class TestSite : IDisposable
{
    public const string BaseUrl = "https://example.org";
    public string Input { get; }

    public TestSite(bool empty = false)
    {
        Input = Path.Combine(Path.GetTempPath(), "kb-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Input);
        if (!empty) Copy(Path.Combine(Repository.TestSource, "Fixtures", "site"), Input);
    }

    public TestSite Write(string relativePath, string content)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public TestSite WriteBytes(string relativePath, byte[] content)
    {
        File.WriteAllBytes(Path.Combine(Input, relativePath), content);
        return this;
    }

    public TestSite Delete(string relativePath)
    {
        File.Delete(Path.Combine(Input, relativePath));
        return this;
    }

    /// <summary>Pages render lazily, when their content is read, so the renderer lives as long as the test site.</summary>
    readonly ThemeRenderer renderer = new();

    /// <summary>Builds with every feature of the Kennisbank, as `kb build` does.</summary>
    public BuildResult Build(bool strict = false, string? theme = null) =>
        SiteBuilder.Build(Options(strict, theme), renderer);

    public BuildOptions Options(bool strict = false, string? theme = null) =>
        new(Input, theme ?? Repository.Theme, "input", BaseUrl, strict) { Features = SiteFeatures.All() };

    /// <summary>A page of a minimal valid shape, for tests that care about one key.</summary>
    public static string Page(string frontMatter, string body = "Text.") =>
        $"---\ntitle: A page\ndescription: A description.\n{frontMatter}\n---\n\n{body}\n";

    public static Diagnostic Single(BuildResult result, string code) =>
        Assert.Single(result.Diagnostics, d => d.Code == code);

    public string Html(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Path == path).Content!);

    static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        renderer.Dispose();
        if (Directory.Exists(Input)) Directory.Delete(Input, recursive: true);
    }
}
