using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Features.Glossary;

/// <summary>A broken _data/glossary.yml is reported at its line, never a crash.</summary>
public class GlossaryDataTests
{
    const string Entry = "- term: { nl: Stedenband, en: City link }\n  definition: { nl: Een samenwerking., en: A partnership. }\n";

    public static TheoryData<string, string, int, string> Broken => new()
    {
        { Entry + "- term: { nl: Partner, en: Partner }\n", DiagnosticCodes.MalformedData, 3, "every glossary entry needs a 'term' and a 'definition'" },
        { Entry + "- term: Partner\n  definition: { nl: Een gemeente., en: A municipality. }\n", DiagnosticCodes.MalformedData, 3, "'term' must give a text per language" },
        { Entry + "- term: { nl: \"Partner\n", DiagnosticCodes.MalformedData, 3, "not valid YAML" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_malformed_glossary_is_a_diagnostic_at_its_line(string yaml, string code, int line, string message)
    {
        using var site = new TestSite();
        site.Write("_data/glossary.yml", yaml);

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => (d.Path, d.Line, d.Code, d.IsError) == ("input/_data/glossary.yml", line, code, true) && d.Message.Contains(message, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
    }
}
