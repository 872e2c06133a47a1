using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Features.Roadmap;

/// <summary>A broken _data/periods.yml is reported at its line, never a crash.</summary>
public class PeriodsDataTests
{
    const string One = "- number: 1\n  title: { nl: Voorbereiding, en: Preparation }\n  years: { nl: Jaar 1, en: Year 1 }\n";

    public static TheoryData<string, string, int, string> Broken => new()
    {
        { "number: 1\ntitle: { nl: Voorbereiding, en: Preparation }\n", DiagnosticCodes.MalformedData, 1, "the list of periods must be a list of items" },
        { One + "- number: 2\n  title: { nl: Start, en: Start }\n", DiagnosticCodes.MalformedData, 4, "every period needs a 'number', a 'title' and 'years'" },
        { One + One, DiagnosticCodes.MalformedData, 4, "period 1 is listed twice" },
        { One + "- number: 0\n  title: { nl: Nul, en: Zero }\n  years: { nl: Jaar 0, en: Year 0 }\n", DiagnosticCodes.MalformedData, 4, "'number' must be a whole number of at least 1, not '0'" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_malformed_period_list_is_a_diagnostic_at_its_line(string yaml, string code, int line, string message)
    {
        using var site = new TestSite();
        site.Write("_data/periods.yml", yaml);

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => (d.Path, d.Line, d.Code, d.IsError) == ("input/_data/periods.yml", line, code, true) && d.Message.Contains(message, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
    }
}
