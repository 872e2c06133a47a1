using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Features.Sdgs;

/// <summary>A broken _data/sdgs.yml is reported at the file and line of the mistake; it never crashes the build.</summary>
public class SdgDataTests
{
    const string Path = "input/_data/sdgs.yml";
    const string Eleven = "- number: 11\n  name: { nl: Steden, en: Cities }\n";

    public static TheoryData<string, string, int, string> Broken => new()
    {
        { "number: 11\nname: { nl: Steden, en: Cities }\n", DiagnosticCodes.MalformedData, 1, "must be a list of items" },
        { "- elf\n- zeventien\n", DiagnosticCodes.MalformedData, 2, "an SDG must be a list of 'key: value' lines" },
        { Eleven + "- number: 18\n  name: { nl: Achttien, en: Eighteen }\n", DiagnosticCodes.MalformedData, 3, "'number' must be a whole number from 1 to 17, not '18'" },
        { Eleven + "- number: 17\n  name: { nl: Partnerschap }\n", DiagnosticCodes.MissingText, 4, "'name' has no text in 'en'" },
        { Eleven + "- number: 11\n  name: { nl: Nogmaals, en: Again }\n", DiagnosticCodes.MalformedData, 3, "SDG 11 is listed twice" },
        { Eleven + "- number: 17\n  name: { nl: Partnerschap, en: Partnership }\n  color: \"#19486A\"\n", DiagnosticCodes.UnknownKey, 5, "did you mean 'colour'?" },
        { Eleven + "- number: 17\n", DiagnosticCodes.MalformedData, 3, "every SDG needs a 'number' from 1 to 17 and a 'name'" },
        { Eleven + "- number: [\n", DiagnosticCodes.MalformedData, 3, "not valid YAML" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_malformed_sdg_list_is_a_diagnostic_at_its_line(string yaml, string code, int line, string message)
    {
        using var site = new TestSite();
        site.Write("_data/sdgs.yml", yaml);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => (d.Path, d.Line, d.Code, d.IsError) == (Path, line, code, true) && d.Message.Contains(message, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
    }

    [Fact]
    public void The_goals_that_are_well_formed_still_get_their_pages()
    {
        using var site = new TestSite();
        site.Write("_data/sdgs.yml", Eleven + "- number: 18\n  name: { nl: Achttien, en: Eighteen }\n");

        var result = site.Build();

        Assert.Contains(result.Files, f => f.Path == "nl/sdgs/11/index.html");
        Assert.DoesNotContain(result.Files, f => f.Path == "nl/sdgs/18/index.html");
    }
}
