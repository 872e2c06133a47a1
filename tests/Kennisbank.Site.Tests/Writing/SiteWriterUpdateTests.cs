using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Tests.Writing;

/// <summary>The preview's in-place writer: it must leave the output exactly as a full write would, while touching
/// only what changed.</summary>
public class SiteWriterUpdateTests
{
    static string Read(string output, string path) => File.ReadAllText(Path.Combine(output, path));

    static string[] Files(string output) =>
        [.. Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public void New_and_changed_files_are_written_and_gone_ones_deleted()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "output");
        var kept = OutputFile.Text("nl/index.html", "kept");
        IReadOnlyList<OutputFile> previous = [kept, OutputFile.Text("nl/a/index.html", "old"), OutputFile.Text("nl/gone/index.html", "gone")];
        Assert.Empty(SiteWriter.Write(output, previous));

        var failures = SiteWriter.Update(output, [kept, OutputFile.Text("nl/a/index.html", "new"), OutputFile.Text("en/b/index.html", "added")], previous);

        Assert.Empty(failures);
        Assert.Equal(["en/b/index.html", "nl/a/index.html", "nl/index.html"], Files(output));
        Assert.Equal("new", Read(output, "nl/a/index.html"));
        Assert.Equal("added", Read(output, "en/b/index.html"));
    }

    [Fact]
    public void The_very_same_file_and_a_copy_of_the_same_source_are_skipped_anything_else_is_written()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "output");
        var source = Path.Combine(temp.Path, "radar.png");
        File.WriteAllText(source, "png");
        var page = OutputFile.Text("nl/index.html", "page");
        IReadOnlyList<OutputFile> previous = [page, OutputFile.Copy("nl/radar.png", source), OutputFile.Text("en/index.html", "same text")];
        SiteWriter.Write(output, previous);
        // Mark every file on disk: a file the update skips keeps its mark, a file it writes loses it.
        foreach (var file in Files(output)) File.WriteAllText(Path.Combine(output, file), "marked");

        SiteWriter.Update(output, [page, OutputFile.Copy("nl/radar.png", source), OutputFile.Text("en/index.html", "same text")], previous);

        Assert.Equal("marked", Read(output, "nl/index.html"));      // the same instance: unchanged by definition
        Assert.Equal("marked", Read(output, "nl/radar.png"));       // a new instance copying the same source
        Assert.Equal("same text", Read(output, "en/index.html"));   // a new instance is written, even with equal text
    }

    [Fact]
    public void A_page_that_fails_to_render_is_reported_by_its_origin_and_the_others_are_written()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "output");
        IReadOnlyList<OutputFile> previous = [OutputFile.Text("nl/index.html", "old")];
        SiteWriter.Write(output, previous);

        var failures = SiteWriter.Update(output,
            [OutputFile.Text("nl/index.html", "new"), OutputFile.Lazy("nl/kapot/index.html", _ => throw new InvalidOperationException("boom"), "input/kapot.nl.md")],
            previous);

        var failure = Assert.Single(failures);
        Assert.Equal((DiagnosticCodes.FileFault, "input/kapot.nl.md"), (failure.Code, failure.Path));
        Assert.Equal("new", Read(output, "nl/index.html"));
    }
}
