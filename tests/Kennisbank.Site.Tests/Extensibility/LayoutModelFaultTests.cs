using Kennisbank.Diagnostics;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Features;
using Kennisbank.Site.Features.Roadmap;
using Kennisbank.Site.Tests.Support;
using Kennisbank.Site.Writing;
using Kennisbank.Theme;

namespace Kennisbank.Site.Tests.Extensibility;

/// <summary>A layout's view data is made while the page renders, that is while it is written: a fault there names the
/// page and leaves the last good output in place.</summary>
public class LayoutModelFaultTests
{
    /// <summary>The roadmap, with a bug in the timeline's view data.</summary>
    sealed class FaultyRoadmap : ISiteFeature
    {
        readonly RoadmapFeature real = new();
        public IReadOnlyList<FrontMatterKey> Keys => real.Keys;
        public IReadOnlyList<DataFile> DataFiles => real.DataFiles;
        public IReadOnlyList<LayoutDeclaration> Layouts { get; } =
            [new(RoadmapFeature.Layout) { Model = _ => throw new InvalidOperationException("a bug in the timeline") }];
    }

    [Fact]
    public void A_layout_model_that_throws_names_the_page_and_the_output_stays_as_it_was()
    {
        using var site = new TestSite();
        using var renderer = new ThemeRenderer();
        using var temp = new TempFolder();
        var output = temp.Create("output");
        File.WriteAllText(Path.Combine(output, "index.html"), "the last good build");
        var features = SiteFeatures.All().Select(f => f is RoadmapFeature ? new FaultyRoadmap() : f).ToList();

        var result = SiteBuilder.Build(site.Options() with { Features = features }, renderer);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));   // the fault shows only when pages render
        var failures = SiteWriter.Write(output, result.Files);

        Assert.All(failures, f => Assert.Equal(DiagnosticCodes.FileFault, f.Code));
        Assert.Equal(["input/plan/index.en.md", "input/plan/index.nl.md"], failures.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Contains("InvalidOperationException: a bug in the timeline", failures[0].Message, StringComparison.Ordinal);
        Assert.Equal(["index.html"], Folders.Entries(output));
        Assert.Equal("the last good build", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }
}
