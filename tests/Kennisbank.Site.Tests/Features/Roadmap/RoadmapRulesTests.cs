using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Features.Roadmap;

/// <summary>The timeline is built from each step page's 'step:' and 'period:', so a step page without them, or with
/// a period the roadmap does not have, fails the build.</summary>
public class RoadmapRulesTests
{
    [Theory]
    [InlineData("period: 1")]
    [InlineData("step: 2")]
    [InlineData("order: 2")]
    public void A_step_page_without_step_or_period_is_an_error(string frontMatter)
    {
        using var site = new TestSite();
        site.Write("plan/stap-2.nl.md", TestSite.Page(frontMatter));

        var missing = TestSite.Single(site.Build(), DiagnosticCodes.MissingRequiredKey);

        Assert.Equal(("input/plan/stap-2.nl.md", true), (missing.Path, missing.IsError));
        Assert.Contains("'step:' and 'period:'", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_the_roadmap_does_not_have_is_an_error()
    {
        using var site = new TestSite();
        site.Write("plan/stap-2.nl.md", TestSite.Page("step: 2\nperiod: 2"));

        var invalid = TestSite.Single(site.Build(), DiagnosticCodes.InvalidValue);

        Assert.Equal("input/plan/stap-2.nl.md", invalid.Path);
        Assert.Equal("period 2 is not in input/_data/periods.yml", invalid.Message);
    }

    [Fact]
    public void Step_zero_is_an_error_at_the_key_s_line()
    {
        using var site = new TestSite();
        site.Write("plan/stap-2.nl.md", TestSite.Page("period: 1\nstep: 0"));

        var invalid = TestSite.Single(site.Build(), DiagnosticCodes.InvalidValue);

        Assert.Equal(("input/plan/stap-2.nl.md", 5), (invalid.Path, invalid.Line));
        Assert.Contains("'step' must be a whole number of at least 1, not '0'", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_outside_a_roadmap_section_need_no_step()
    {
        using var site = new TestSite();
        site.Write("gids/derde.nl.md", TestSite.Page("")).Write("gids/derde.en.md", TestSite.Page("slug: third"));

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }
}
