using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Data;

/// <summary>What happens to data files as files, whichever feature reads them.</summary>
public class DataParserTests
{
    [Theory]
    [InlineData("sdgs", "")]
    [InlineData("periods", "# only a comment\n")]
    [InlineData("glossary", "\n\n")]
    public void An_empty_data_file_is_reported_not_silently_taken_as_no_data(string name, string text)
    {
        using var site = new TestSite();
        site.Write($"_data/{name}.yml", text);

        var result = site.Build();

        var empty = TestSite.Single(result, DiagnosticCodes.MalformedData);
        Assert.Equal(($"input/_data/{name}.yml", 1, true), (empty.Path, empty.Line, empty.IsError));
    }

    [Fact]
    public void A_data_file_no_feature_reads_is_a_warning_naming_the_known_ones()
    {
        using var site = new TestSite();
        site.Write("_data/extra.yml", "- a\n");

        var result = site.Build();

        var warning = TestSite.Single(result, DiagnosticCodes.UnknownDataFile);
        Assert.Equal(("input/_data/extra.yml", 1, Severity.Warning), (warning.Path, warning.Line, warning.Severity));
        Assert.Contains("glossary.yml, periods.yml, sdgs.yml", warning.Message, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
        Assert.False(site.Build(strict: true).Succeeded);
    }
}
