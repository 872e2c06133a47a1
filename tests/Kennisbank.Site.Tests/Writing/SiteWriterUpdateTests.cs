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
    public void The_very_same_page_is_skipped_and_a_new_one_written_even_with_equal_text()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "output");
        var page = OutputFile.Text("nl/index.html", "page");
        IReadOnlyList<OutputFile> previous = [page, OutputFile.Text("en/index.html", "same text")];
        SiteWriter.Write(output, previous);
        // Mark every file on disk: a file the update skips keeps its mark, a file it writes loses it.
        foreach (var file in Files(output)) File.WriteAllText(Path.Combine(output, file), "marked");

        SiteWriter.Update(output, [page, OutputFile.Text("en/index.html", "same text")], previous);

        Assert.Equal("marked", Read(output, "nl/index.html"));      // the same instance: unchanged by definition
        Assert.Equal("same text", Read(output, "en/index.html"));   // a new instance is written, even with equal text
    }

    [Fact]
    public void A_copy_of_an_unchanged_source_is_skipped_and_of_an_edited_source_copied_again()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "output");
        var source = Path.Combine(temp.Path, "radar.png");
        File.WriteAllText(source, "first");
        IReadOnlyList<OutputFile> previous = [OutputFile.Copy("nl/radar.png", source)];
        SiteWriter.Write(output, previous);

        // While the copy is held open exclusively, writing it would throw: a new instance of the same copy is skipped.
        using (new FileStream(Path.Combine(output, "nl", "radar.png"), FileMode.Open, FileAccess.Read, FileShare.None))
            Assert.Empty(SiteWriter.Update(output, [OutputFile.Copy("nl/radar.png", source)], previous));
        // An editor saves a new version of the image (or of the theme's CSS) while the preview runs.
        File.WriteAllText(source, "second version");
        File.SetLastWriteTimeUtc(source, DateTime.UtcNow.AddSeconds(1));   // a save comes later than the copy, whatever the clock's grain
        SiteWriter.Update(output, [OutputFile.Copy("nl/radar.png", source)], previous);

        Assert.Equal("second version", Read(output, "nl/radar.png"));
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
