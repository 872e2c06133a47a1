using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Cli;

/// <summary>`dotnet publish` compiles kb ahead of time (Native AOT, issue 16), trimmed, and Netlify builds the site
/// with that kb. Trimming removes what no code visibly uses, and kb finds its layouts and some of its YAML by
/// reflection (see the TrimmerRootAssembly and NoWarn in Kennisbank.Cli.csproj), so this test publishes kb as Netlify
/// does and proves that it writes the same bytes as the ordinary kb, every file of the real site, and reports the same
/// errors for broken content.</summary>
public sealed class AotPublishTests(AotPublishTests.PublishedKb published) : IClassFixture<AotPublishTests.PublishedKb>
{
    /// <summary>kb published once for this class's tests, as Netlify publishes it, and deleted after them.</summary>
    public sealed class PublishedKb : IDisposable
    {
        readonly TempFolder folder = new();
        readonly Lazy<string> path;

        public PublishedKb() => path = new(() =>
        {
            // Its own artifacts folder: the tests run beside the projects' obj/ folders, which this must not touch.
            var (exit, output) = Run("dotnet", Repository.Root, "publish", "src/Kennisbank.Cli", "-c", "Release", "-o", folder.Create("kb"),
                "--artifacts-path", folder.Create("artifacts"), "-nologo");
            Assert.True(exit == 0, "dotnet publish failed:\n" + output);
            return System.IO.Path.Combine(folder.Path, "kb", "kb");
        });

        public string Path => path.Value;

        public void Dispose() => folder.Dispose();
    }

    static bool CanPublish => OperatingSystem.IsLinux() && (File.Exists("/usr/bin/gcc") || File.Exists("/usr/bin/clang"));

    [Fact]
    public void The_published_kb_writes_the_real_site_byte_for_byte_as_the_ordinary_kb()
    {
        Assert.SkipUnless(CanPublish, "Native AOT is published here on Linux, with gcc or clang to link");
        using var temp = new TempFolder();
        var (aotExit, aotOut) = Run(published.Path, Repository.Root, "build", "--input", "input", "--output", temp.Create("aot"));
        var (jitExit, jitOut, jitErr) = KbProcess.Run(Repository.Root, "build", "--input", "input", "--output", temp.Create("jit"));

        Assert.True(aotExit == 0, aotOut);
        Assert.True(jitExit == 0, jitOut + jitErr);
        var aot = Files(Path.Combine(temp.Path, "aot"));
        var jit = Files(Path.Combine(temp.Path, "jit"));
        Assert.Equal(jit.Keys, aot.Keys);
        Assert.True(jit.Count > 1000, $"only {jit.Count} files");
        Assert.All(jit, file => Assert.True(file.Value.AsSpan().SequenceEqual(aot[file.Key]), $"{file.Key} differs"));
    }

    [Fact]
    public void The_published_kb_reports_content_errors_as_the_ordinary_kb_does()
    {
        Assert.SkipUnless(CanPublish, "Native AOT is published here on Linux, with gcc or clang to link");
        using var temp = new TempFolder();
        var input = temp.Create("input");
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: [unclosed\n");
        File.WriteAllText(Path.Combine(input, "page.nl.md"), "---\ntitle: x\n");

        var (aotExit, aotOut) = Run(published.Path, temp.Path, "build", "--input", "input", "--output", "out", "--theme", Repository.Theme);
        var (jitExit, jitOut, jitErr) = KbProcess.Run(temp.Path, "build", "--input", "input", "--output", "out", "--theme", Repository.Theme);

        Assert.Equal(1, aotExit);
        Assert.Equal(jitExit, aotExit);
        Assert.Equal(Untimed(jitOut + jitErr), Untimed(aotOut));
        Assert.Contains(": error KB", aotOut, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", aotOut, StringComparison.Ordinal);
    }

    /// <summary>The report without its duration ("in 8 ms"), the one thing that may differ.</summary>
    static string Untimed(string report) => System.Text.RegularExpressions.Regex.Replace(report, @" in \d+ ms", " in … ms");

    static SortedDictionary<string, byte[]> Files(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>A process's exit code and its standard output followed by its standard error.</summary>
    static (int Exit, string Output) Run(string program, string directory, params string[] args)
    {
        var (exit, stdout, stderr) = KbProcess.Program(program, directory, args);
        return (exit, stdout + stderr);
    }
}
