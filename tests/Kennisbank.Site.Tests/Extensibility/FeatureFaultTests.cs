using Kennisbank.Diagnostics;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Features;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Tests.Support;
using Kennisbank.Site.Writing;
using Kennisbank.Theme;

namespace Kennisbank.Site.Tests.Extensibility;

/// <summary>A bug in a feature is one KB000 diagnostic asking for a report; the build returns, it does not throw,
/// and nothing of the failed part is published.</summary>
public class FeatureFaultTests
{
    sealed class FaultyCheck : ISiteFeature
    {
        public IEnumerable<Diagnostic> Check(CheckContext context) => throw new InvalidOperationException("a bug in a rule");
    }

    /// <summary>Gives one file, then fails: the file given before the fault must not be published either.</summary>
    sealed class FaultyFiles : ISiteFeature
    {
        public IEnumerable<OutputFile> Files(SiteContext context)
        {
            yield return OutputFile.Text("half/finished.txt", "half");
            throw new InvalidOperationException("a bug in a file");
        }
    }

    static BuildResult Build(ISiteFeature extra)
    {
        using var site = new TestSite();
        using var renderer = new ThemeRenderer();
        return SiteBuilder.Build(site.Options() with { Features = [.. SiteFeatures.All(), extra] }, renderer);
    }

    [Fact]
    public void A_check_that_throws_is_one_internal_error_and_the_build_stops_without_files()
    {
        var result = Build(new FaultyCheck());

        var fault = TestSite.Single(result, DiagnosticCodes.InternalError);
        Assert.Contains("check stage (InvalidOperationException: a bug in a rule)", fault.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Files_that_throw_are_one_internal_error_naming_the_feature_and_none_of_its_files_are_published()
    {
        var result = Build(new FaultyFiles());

        var fault = TestSite.Single(result, DiagnosticCodes.InternalError);
        Assert.Contains("publish (FaultyFiles) stage", fault.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Files, f => f.Path == "half/finished.txt");
        // The other features' files are still made, but a failed build is never written (see Commands.Build).
        Assert.False(result.Succeeded);
    }
}
