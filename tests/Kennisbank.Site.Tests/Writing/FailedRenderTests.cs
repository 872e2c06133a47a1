using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Tests.Writing;

/// <summary>Pages render while they are written, so a page that cannot render is found only then: the writer must
/// still leave the last good site in place.</summary>
public class FailedRenderTests
{
    [Fact]
    public void A_page_that_fails_to_render_is_named_and_the_previous_output_stays_as_it_was()
    {
        using var temp = new TempFolder();
        var output = temp.Create("output");
        File.WriteAllText(Path.Combine(output, "index.html"), "previous");
        File.WriteAllText(Path.Combine(output, "stale.html"), "previous too");

        var failures = SiteWriter.Write(output,
        [
            OutputFile.Text("index.html", "next"),
            OutputFile.Lazy("nl/kapot/index.html", _ => throw new InvalidOperationException("boom"), "input/kapot.nl.md"),
        ]);

        var failure = Assert.Single(failures);
        Assert.Equal((DiagnosticCodes.FileFault, "input/kapot.nl.md", true), (failure.Code, failure.Path, failure.IsError));
        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("previous too", File.ReadAllText(Path.Combine(output, "stale.html")));
        Assert.Equal(2, Directory.GetFiles(output, "*", SearchOption.AllDirectories).Length);
        // No staging (or old) folder is left beside the output.
        Assert.Equal(["output"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }
}
