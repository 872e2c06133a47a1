using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Tests.Writing;

public class SiteWriterTests
{
    [Fact]
    public void Writing_replaces_the_output_folder_as_a_whole()
    {
        var output = Path.Combine(Path.GetTempPath(), "kb-out-" + Guid.NewGuid().ToString("N"), "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "stale.html"), "old");

        SiteWriter.Write(output, [OutputFile.Text("nl/index.html", "new")]);

        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "nl", "index.html")));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(Path.GetDirectoryName(output)!).Select(Path.GetFileName));
        Directory.Delete(Path.GetDirectoryName(output)!, true);
    }

    [Fact]
    public void A_write_that_fails_half_way_leaves_the_previous_output_untouched()
    {
        var output = Path.Combine(Path.GetTempPath(), "kb-out-" + Guid.NewGuid().ToString("N"), "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "previous");

        // The second file cannot be copied: its source does not exist. The file system's error is one diagnostic
        // (KB037), not an exception that would end as an internal error (a full disk did, at 10,000 pairs).
        var failures = SiteWriter.Write(output,
            [OutputFile.Text("index.html", "next"), OutputFile.Copy("missing.png", "/nonexistent/missing.png")]);

        var failure = Assert.Single(failures);
        Assert.Equal((DiagnosticCodes.OutputNotWritten, Path.GetFullPath(output)), (failure.Code, failure.Path));
        Assert.Contains("missing.png", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith("the previous output is unchanged", failure.Message, StringComparison.Ordinal);

        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(Path.GetDirectoryName(output)!).Select(Path.GetFileName));
        Directory.Delete(Path.GetDirectoryName(output)!, true);
    }

    [Fact]
    public void Leftovers_of_an_interrupted_build_are_cleared_by_the_next()
    {
        var parent = Path.Combine(Path.GetTempPath(), "kb-out-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(parent, ".output.staging-dead"));

        SiteWriter.Write(Path.Combine(parent, "output"), [OutputFile.Text("index.html", "x")]);

        Assert.Equal(["output"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
        Directory.Delete(parent, true);
    }
}
