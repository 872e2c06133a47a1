using Kennisbank.Diagnostics;
using Kennisbank.Site.Configuration;

namespace Kennisbank.Site.Tests.Configuration;

public class SiteConfigParserTests
{
    const string Path = "input/site.yml";

    static (SiteConfig Config, Diagnostic[] Diagnostics) Parse(string yaml)
    {
        var (config, diagnostics) = SiteConfigParser.Parse(yaml, Path);
        return (config, [.. diagnostics]);
    }

    [Fact]
    public void Without_a_file_the_defaults_hold()
    {
        var (config, diagnostics) = SiteConfigParser.Parse(null, Path);

        Assert.Empty(diagnostics);
        Assert.Equal(SiteConfig.Default, config);
    }

    [Fact]
    public void Languages_keep_their_order_names_directions_and_fallbacks()
    {
        var (config, diagnostics) = Parse("""
            languages:
              - { code: nl, name: Nederlands }
              - { code: ar, name: العربية, direction: rtl, fallback: en, required: false }
              - { code: en, name: English, fallback: nl }
            default: en
            base-url: https://example.org/
            repository: https://example.org/repo
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(["nl", "ar", "en"], config.Codes);
        Assert.Equal(new LanguageInfo("ar", "العربية", "rtl", "en", Required: false), config.Language("ar"));
        Assert.Equal("en", config.DefaultLanguage);
        Assert.Equal("https://example.org", config.BaseUrl);
        Assert.Equal("https://example.org/repo", config.Repository);
        Assert.Equal(["en", "nl"], config.FallbacksOf("ar"));
        Assert.Equal(["en", "nl"], config.OthersNearestFirst("ar"));
        Assert.Equal(["nl", "ar"], config.OthersNearestFirst("en"));
    }

    [Fact]
    public void The_first_language_is_the_default_unless_one_is_named()
    {
        var (config, _) = Parse("languages:\n  - { code: fr, name: Français }\n  - { code: nl, name: Nederlands }\n");

        Assert.Equal("fr", config.DefaultLanguage);
    }

    [Theory]
    [InlineData("langauges: []", DiagnosticCodes.UnknownKey, 1, "did you mean 'languages'")]
    [InlineData("languages:\n  - { code: NL, name: Nederlands }", DiagnosticCodes.InvalidValue, 2, "two lower-case letters")]
    [InlineData("languages:\n  - { code: nl, name: Nederlands }\n  - { code: nl, name: Vlaams }", DiagnosticCodes.InvalidValue, 3, "listed twice")]
    [InlineData("languages:\n  - { code: nl }", DiagnosticCodes.MissingRequiredKey, 2, "needs a 'name'")]
    [InlineData("languages:\n  - { code: nl, name: Nederlands, direction: up }", DiagnosticCodes.InvalidValue, 2, "ltr or rtl")]
    [InlineData("languages:\n  - { code: nl, name: Nederlands, fallback: de }", DiagnosticCodes.InvalidValue, 2, "not one of the site's languages")]
    [InlineData("languages:\n  - { code: nl, name: Nederlands, fallback: nl }", DiagnosticCodes.InvalidValue, 2, "itself")]
    [InlineData("languages:\n  - { code: nl, name: Nederlands }\ndefault: de", DiagnosticCodes.InvalidValue, 3, "not in 'languages'")]
    [InlineData("base-url: example.org", DiagnosticCodes.InvalidValue, 1, "https://")]
    [InlineData("languages: []", DiagnosticCodes.InvalidValue, 1, "at least one language")]
    [InlineData("languages: nl", DiagnosticCodes.InvalidValue, 1, "list of items")]
    [InlineData("- nl\n- en", DiagnosticCodes.InvalidValue, 1, "'key: value' lines")]
    [InlineData("languages: [", DiagnosticCodes.MalformedYaml, 1, "not valid YAML")]
    public void A_bad_value_is_a_diagnostic_at_its_line_and_the_defaults_hold(string yaml, string code, int line, string says)
    {
        var (config, diagnostics) = Parse(yaml);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((Path, code, line), (diagnostic.Path, diagnostic.Code, diagnostic.Line));
        Assert.Contains(says, diagnostic.Message, StringComparison.Ordinal);
        Assert.NotEmpty(config.Languages);
        Assert.True(config.IsKnown(config.DefaultLanguage));
    }
}
