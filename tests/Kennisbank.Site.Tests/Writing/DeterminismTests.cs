using Kennisbank.Site.Features;
using Kennisbank.Site.Tests.Support;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Tests.Writing;

/// <summary>The same input gives the same bytes: every file as written to disk, copied files included, within one
/// process and across two runs of the real program.</summary>
public class DeterminismTests
{
    static string Written(BuildResult result, string folder)
    {
        Assert.Empty(SiteWriter.Write(folder, result.Files));
        return folder;
    }

    [Fact]
    public void Two_builds_of_the_same_input_write_byte_identical_folders()
    {
        using var site = new TestSite();
        using var temp = new TempFolder();
        var first = Written(site.Build(), Path.Combine(temp.Path, "first"));
        // Touch every file: a new modification time must not change anything.
        foreach (var file in Directory.EnumerateFiles(site.Input, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(-Random.Shared.Next(1, 900)));
        var second = Written(site.Build(), Path.Combine(temp.Path, "second"));

        Assert.Contains("nl/gids/diagram.png", Folders.Entries(first));   // a copied file is compared too
        Folders.AssertIdentical(first, second);
    }

    [Fact]
    public void The_real_content_builds_identically_twice()
    {
        using var renderer = new Kennisbank.Theme.ThemeRenderer();
        using var temp = new TempFolder();
        var options = new BuildOptions(Repository.Input, Repository.Theme, "input", TestSite.BaseUrl) { Features = SiteFeatures.All() };
        var first = SiteBuilder.Build(options, renderer);
        var second = SiteBuilder.Build(options, renderer);

        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Folders.AssertIdentical(Written(first, Path.Combine(temp.Path, "first")), Written(second, Path.Combine(temp.Path, "second")));
    }

    [Fact]
    public void Two_runs_of_kb_build_in_separate_processes_write_byte_identical_folders()
    {
        using var temp = new TempFolder();
        var (first, second) = (Path.Combine(temp.Path, "first"), Path.Combine(temp.Path, "second"));

        foreach (var output in new[] { first, second })
        {
            var (exit, _, stderr) = KbProcess.Run(temp.Path, "build", "--input", Repository.Input, "--theme", Repository.Theme, "--output", output);
            Assert.True(exit == 0, stderr);
        }

        Folders.AssertIdentical(first, second);
    }
}
