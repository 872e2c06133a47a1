using System.Text.RegularExpressions;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Content;

/// <summary>The site adds no facts (input/over/bronnen): no statement left unfinished, and no date more precise than
/// the seeds give it (issue 15, part 4).</summary>
public partial class SourcePrecisionTests
{
    static IEnumerable<string> ContentFiles() =>
        Directory.EnumerateFiles(Repository.Input, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void No_page_or_data_file_holds_a_placeholder()
    {
        var offenders = ContentFiles()
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(Repository.Root, f), Line: i + 1, Text: line)))
            .Where(x => x.Text.Contains("[IN TE VULLEN", StringComparison.OrdinalIgnoreCase))
            .Select(x => $"{x.File}:{x.Line}")
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"^updated:\s*(\S+)", RegexOptions.Multiline)]
    private static partial Regex Updated();

    /// <summary>Seed 001 gives these three only as a month or a period: "PERIODE: JANUARI - JUNI 2019",
    /// "september 2022" (Week van de duurzame gemeente), "In november 2022 was er een laatste tweedaagse".</summary>
    [Theory]
    [InlineData("actueel/2019-01-01-start-vernieuwingstraject", "2019-01")]
    [InlineData("actueel/2022-09-01-tarija-week-duurzame-gemeente", "2022-09")]
    [InlineData("actueel/2022-11-01-slotbijeenkomst-vernieuwingstraject", "2022-11")]
    public void Updates_the_seeds_date_only_by_month_say_only_the_month(string page, string month)
    {
        var versions = Directory.EnumerateFiles(Path.Combine(Repository.Input, Path.GetDirectoryName(page)!), Path.GetFileName(page) + ".*.md").ToList();
        Assert.NotEmpty(versions);
        foreach (var file in versions)
            Assert.Equal(month, Updated().Match(File.ReadAllText(file)).Groups[1].Value);

        // And what visitors see: the built pages show the month, never a day of it.
        var built = RealSite.Result.Files.Where(f => f.Path.EndsWith("/index.html", StringComparison.Ordinal) && f.Path.Contains(Path.GetFileName(page)[..10], StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(built);
        foreach (var file in built)
        {
            var html = Html.Parse(System.Text.Encoding.UTF8.GetString(RealSite.File(file.Path)));
            Assert.All(html.QuerySelectorAll("time"), t => Assert.Equal(month, t.GetAttribute("datetime")));
        }
    }
}
