using Kennisbank.Diagnostics;
using Kennisbank.Site.Safety;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Safety;

/// <summary>Rule 4 of the safety contract: YAML is read with limits on aliases, depth and size. The deep inputs here
/// overflow the stack in YamlDotNet's readers (measured: the deserializer at about 950 levels), which would end the
/// test run itself, so these tests fail loudly if the check is ever bypassed.</summary>
public class YamlLimitsTests
{
    /// <summary>Nine levels of nine aliases: 9^9 (387 million) "lol"s once expanded, in 400 bytes.</summary>
    static string BillionLaughs() =>
        "lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" +
        string.Concat(Enumerable.Range(1, 9).Select(i =>
            $"lol{i}: &lol{i} [{string.Join(", ", Enumerable.Repeat($"*lol{i - 1}", 9))}]\n"));

    static Diagnostic OnlyYamlDiagnostic(BuildResult result, string path)
    {
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.YamlTooComplex);
        Assert.Equal(path, diagnostic.Path);
        return diagnostic;
    }

    [Fact]
    public void A_billion_laughs_in_front_matter_is_an_error_at_the_first_alias()
    {
        using var site = new TestSite();
        site.Write("gids/lach.nl.md", "---\ntitle: Lach\ndescription: Niet.\n" + BillionLaughs() + "---\n\nTekst.\n");

        var diagnostic = OnlyYamlDiagnostic(site.Build(), "input/gids/lach.nl.md");

        // File line 5 is 'lol1: &lol1 [*lol0, …', the first alias at column 14.
        Assert.Equal((5, 14), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("'*lol0'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_alias_is_an_error_and_an_anchor_alone_is_not()
    {
        Assert.NotNull(YamlLimits.Check("a: &x 1\nb: *x\n", "f.yml"));
        Assert.NotNull(YamlLimits.Check("base: &b {x: 1}\nother:\n  <<: *b\n", "f.yml"));
        Assert.Null(YamlLimits.Check("a: &x 1\nb: 2\n", "f.yml"));
    }

    [Fact]
    public void A_100000_deep_flow_sequence_in_front_matter_is_an_error_not_a_stack_overflow()
    {
        using var site = new TestSite();
        site.Write("gids/diep.nl.md", $"---\ntitle: {new string('[', 100_000)}{new string(']', 100_000)}\ndescription: x\n---\n\nTekst.\n");

        var diagnostic = OnlyYamlDiagnostic(site.Build(), "input/gids/diep.nl.md");

        // The root mapping is level 1, so level 33 is the 32nd '[', at index 7 + 31 of the line, column 39.
        Assert.Equal((2, 39), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("the YAML is nested more than 32 levels deep", diagnostic.Message);
    }

    [Fact]
    public void Deep_block_mappings_in_a_data_file_are_an_error_not_a_stack_overflow()
    {
        using var site = new TestSite();
        site.Write("_data/periods.yml", string.Concat(Enumerable.Range(0, 1_400).Select(i => new string(' ', i) + "a:\n")) + "   x\n");

        var diagnostic = OnlyYamlDiagnostic(site.Build(), "input/_data/periods.yml");

        Assert.Equal((33, 33), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void A_100000_deep_flow_mapping_in_a_data_file_is_an_error()
    {
        using var site = new TestSite();
        site.Write("_data/sdgs.yml", string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "x" + new string('}', 100_000) + "\n");

        var diagnostic = OnlyYamlDiagnostic(site.Build(), "input/_data/sdgs.yml");

        Assert.Equal(1, diagnostic.Line);
    }

    [Fact]
    public void A_billion_laughs_in_a_data_file_is_an_error()
    {
        using var site = new TestSite();
        site.Write("_data/glossary.yml", "- term: { nl: a, en: a }\n  definition: { nl: b, en: b }\n  " + BillionLaughs().TrimEnd().Replace("\n", "\n  ", StringComparison.Ordinal) + "\n");

        Assert.Equal(4, OnlyYamlDiagnostic(site.Build(), "input/_data/glossary.yml").Line);
    }

    [Fact]
    public void Yaml_larger_than_a_mebibyte_is_not_read()
    {
        using var site = new TestSite();
        site.Write("gids/groot.nl.md", $"---\ntitle: Groot\ndescription: {new string('x', YamlLimits.MaximumLength)}\n---\n\nTekst.\n");

        var diagnostic = OnlyYamlDiagnostic(site.Build(), "input/gids/groot.nl.md");

        Assert.Equal((2, 1), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Ordinary_yaml_passes_and_malformed_yaml_is_left_to_the_parser_that_reports_it()
    {
        using var site = new TestSite();
        site.Write("gids/kapot.nl.md", "---\ntitle: Kapot\ndescription: [niet gesloten\n---\n\nTekst.\n");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.YamlTooComplex);
        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MalformedYaml);
        Assert.Null(YamlLimits.Check(string.Concat(Enumerable.Repeat("[", YamlLimits.MaximumDepth)) + new string(']', YamlLimits.MaximumDepth), "f.yml"));
        Assert.NotNull(YamlLimits.Check(string.Concat(Enumerable.Repeat("[", YamlLimits.MaximumDepth + 1)) + new string(']', YamlLimits.MaximumDepth + 1), "f.yml"));
    }
}
