using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Architecture;

/// <summary>A feature is a folder: the pipeline's stages know none of them. Only the one registration list
/// (Features/SiteFeatures.cs) names them, so removing a feature is deleting its folder and its line.</summary>
public class FeatureBoundaryTests
{
    static readonly string[] CoreFolders = ["Configuration", "Data", "Extensibility", "Incremental", "Linking", "Loading", "Parsing", "Publishing", "Rendering", "Writing", "Yaml"];

    [Fact]
    public void No_stage_of_the_pipeline_refers_to_a_feature()
    {
        var site = Path.Combine(Repository.Root, "src", "Kennisbank.Site");
        var files = CoreFolders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(site, folder), "*.cs", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(site, "*.cs", SearchOption.TopDirectoryOnly));
        var offenders = files
            .Where(f => File.ReadAllText(f).Contains("Kennisbank.Site.Features", StringComparison.Ordinal)
                        || File.ReadAllText(f).Contains("Kennisbank.Assessments", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Repository.Root, f))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_feature_folder_is_registered_once()
    {
        var features = Directory.EnumerateDirectories(Path.Combine(Repository.Root, "src", "Kennisbank.Site", "Features")).Select(Path.GetFileName).ToList();
        var registered = Kennisbank.Site.Features.SiteFeatures.All().Select(f => f.GetType().Namespace!.Split('.')[^1]).ToList();

        Assert.Equal(features.Order(StringComparer.Ordinal), registered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_theme_holds_only_components_and_assets()
    {
        var theme = Path.Combine(Repository.Root, "theme");
        var code = Directory.EnumerateFiles(theme, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(theme, f))
            .ToList();

        // The renderer that turns layouts into HTML is the theme's one piece of C#.
        Assert.Equal(["ThemeRenderer.cs"], code);
    }
}
