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

        var (failures, _) = SiteWriter.Update(output, [kept, OutputFile.Text("nl/a/index.html", "new"), OutputFile.Text("en/b/index.html", "added")], WrittenFiles.Of(previous));

        Assert.Empty(failures);
        Assert.Equal(["en/b/index.html", "nl/a/index.html", "nl/index.html"], Files(output));
        Assert.Equal("new", Read(output, "nl/a/index.html"));
        Assert.Equal("added", Read(output, "en/b/index.html"));
    }

    [Fact]
    public void The_very_same_page_is_skipped_and_a_new_one_written_only_when_its_bytes_differ()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "output");
        var page = OutputFile.Text("nl/index.html", "page");
        IReadOnlyList<OutputFile> first = [page, OutputFile.Text("en/index.html", "same text"), OutputFile.Text("fr/index.html", "old text")];
        SiteWriter.Write(output, first);
        // The first update after a full write compares new instances with the disk, and learns their bytes' hashes.
        var (_, written) = SiteWriter.Update(output, [page, OutputFile.Text("en/index.html", "same text"), OutputFile.Text("fr/index.html", "old text")],
            WrittenFiles.Of(first));
        // Mark every file on disk: a file the update skips keeps its mark, a file it writes loses it.
        foreach (var file in Files(output)) File.WriteAllText(Path.Combine(output, file), "marked");

        SiteWriter.Update(output, [page, OutputFile.Text("en/index.html", "same text"), OutputFile.Text("fr/index.html", "new text")], written);

        Assert.Equal("marked", Read(output, "nl/index.html"));   // the same instance: unchanged by definition
        Assert.Equal("marked", Read(output, "en/index.html"));   // a new instance with the bytes written last time
        Assert.Equal("new text", Read(output, "fr/index.html"));
    }

    /// <summary>The files are made in parallel, but a deferred file (the search index) is made from what rendering
    /// the pages gathered: every page must be rendered before any deferred file is made.</summary>
    [Fact]
    public void Deferred_files_are_made_after_every_page_is_rendered()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "output");
        var rendered = 0;
        var pages = Enumerable.Range(0, 64).Select(n => OutputFile.Lazy($"nl/p{n}/index.html", w =>
        {
            Thread.Sleep(n % 4);
            Interlocked.Increment(ref rendered);
            w.Write("page");
        })).ToList();
        OutputFile Count(int n) => OutputFile.Deferred($"assets/count-{n}.txt", () => System.Text.Encoding.UTF8.GetBytes(Volatile.Read(ref rendered).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        List<OutputFile> files = [Count(0), .. pages, Count(1)];

        var (failures, _) = SiteWriter.Update(output, files, WrittenFiles.Of([]));

        Assert.Empty(failures);
        Assert.Equal("64", Read(output, "assets/count-0.txt"));
        Assert.Equal("64", Read(output, "assets/count-1.txt"));
    }

    [Fact]
    public void A_deferred_file_of_an_equal_version_is_neither_made_nor_written_again_and_of_another_version_is()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "output");
        var made = new List<string>();
        OutputFile Index(string text, string version) =>
            OutputFile.Deferred("assets/index.json", () => { made.Add(text); return System.Text.Encoding.UTF8.GetBytes(text); }, version: () => version);
        SiteWriter.Write(output, [Index("first", "v1")]);
        var (_, written) = SiteWriter.Update(output, [Index("first", "v1")], WrittenFiles.Of([Index("first", "v1")]));
        made.Clear();

        (_, written) = SiteWriter.Update(output, [Index("not made", new string(['v', '1']))], written);
        Assert.Empty(made);
        Assert.Equal("first", Read(output, "assets/index.json"));

        SiteWriter.Update(output, [Index("second", "v2")], written);
        Assert.Equal(["second"], made);
        Assert.Equal("second", Read(output, "assets/index.json"));
    }

    [Fact]
    public void After_a_full_write_a_file_is_compared_with_the_disk()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "output");
        IReadOnlyList<OutputFile> first = [OutputFile.Text("nl/index.html", "same"), OutputFile.Text("en/index.html", "same")];
        SiteWriter.Write(output, first);
        File.WriteAllText(Path.Combine(output, "en/index.html"), "changed behind the preview's back");
        var longAgo = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(output, "nl/index.html"), longAgo);

        SiteWriter.Update(output, [OutputFile.Text("nl/index.html", "same"), OutputFile.Text("en/index.html", "same")], WrittenFiles.Of(first));

        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(Path.Combine(output, "nl/index.html")));   // equal bytes: left alone
        Assert.Equal("same", Read(output, "en/index.html"));
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
            Assert.Empty(SiteWriter.Update(output, [OutputFile.Copy("nl/radar.png", source)], WrittenFiles.Of(previous)).Failures);
        // An editor saves a new version of the image (or of the theme's CSS) while the preview runs.
        File.WriteAllText(source, "second version");
        File.SetLastWriteTimeUtc(source, DateTime.UtcNow.AddSeconds(1));   // a save comes later than the copy, whatever the clock's grain
        SiteWriter.Update(output, [OutputFile.Copy("nl/radar.png", source)], WrittenFiles.Of(previous));

        Assert.Equal("second version", Read(output, "nl/radar.png"));
    }

    /// <summary>A source gone between reading and copying it (git switching branches under the CMS's local backend):
    /// the file system's own error, as `serve` catches it (PreviewServer), not wrapped by the parallel write.</summary>
    [Fact]
    public void A_source_gone_before_its_copy_is_the_file_systems_own_error()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "output");
        IReadOnlyList<OutputFile> previous = [OutputFile.Text("nl/index.html", "page")];
        SiteWriter.Write(output, previous);
        List<OutputFile> files = [.. Enumerable.Range(0, 8).Select(n => OutputFile.Text($"nl/p{n}/index.html", "page")),
            OutputFile.Copy("nl/radar.png", Path.Combine(temp.Path, "gone.png"))];

        Assert.ThrowsAny<IOException>(() => SiteWriter.Update(output, files, WrittenFiles.Of(previous)));
    }

    [Fact]
    public void A_page_that_fails_to_render_is_reported_by_its_origin_and_the_others_are_written()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "output");
        IReadOnlyList<OutputFile> previous = [OutputFile.Text("nl/index.html", "old")];
        SiteWriter.Write(output, previous);

        var (failures, _) = SiteWriter.Update(output,
            [OutputFile.Text("nl/index.html", "new"), OutputFile.Lazy("nl/kapot/index.html", _ => throw new InvalidOperationException("boom"), "input/kapot.nl.md")],
            WrittenFiles.Of(previous));

        var failure = Assert.Single(failures);
        Assert.Equal((DiagnosticCodes.FileFault, "input/kapot.nl.md"), (failure.Code, failure.Path));
        Assert.Equal("new", Read(output, "nl/index.html"));
    }
}
