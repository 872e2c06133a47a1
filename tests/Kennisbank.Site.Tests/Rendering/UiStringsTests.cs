using Kennisbank.Diagnostics;
using Kennisbank.Site.Configuration;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Rendering;

public class UiStringsTests
{
    [Fact]
    public void Every_language_of_the_real_site_has_every_interface_text()
    {
        var (config, _) = SiteConfigParser.Parse(File.ReadAllText(Path.Combine(Repository.Input, "site.yml")), "input/site.yml");
        var (strings, diagnostics) = UiStringsLoader.LoadAll(Repository.Theme, config);

        Assert.Empty(diagnostics);
        var reference = strings[config.DefaultLanguage];
        foreach (var lang in config.Codes)
        {
            Assert.Equal(reference.Keys.Order(StringComparer.Ordinal), strings[lang].Keys.Order(StringComparer.Ordinal));
            Assert.All(reference.Keys, key => Assert.False(string.IsNullOrWhiteSpace(strings[lang][key]), $"{lang}.yml '{key}' is empty"));
            Assert.Equal(12, strings[lang]["months"].Split(',').Length);
        }
    }

    [Fact]
    public void A_language_without_a_strings_file_or_with_a_missing_key_fails_the_build_naming_the_file()
    {
        using var theme = new TempFolder();
        const string names = "language.nl: Nederlands\nlanguage.en: Engels\nlanguage.de: Duits\n";
        File.WriteAllText(Path.Combine(theme.Create("strings"), "nl.yml"), "a: Een\nb: Twee\n" + names);
        File.WriteAllText(Path.Combine(theme.Path, "strings", "en.yml"), "a: One\n" + names);
        var config = SiteConfig.Default with { Languages = [.. SiteConfig.Default.Languages, new LanguageInfo("de", "Deutsch")] };

        var (strings, diagnostics) = UiStringsLoader.LoadAll(theme.Path, config);

        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.MissingString, d.Code));
        Assert.Contains(diagnostics, d => d.Path.EndsWith("strings/en.yml", StringComparison.Ordinal) && d.Message.Contains("b", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Path.EndsWith("strings/de.yml", StringComparison.Ordinal));
        Assert.Equal("Twee", strings["en"]["b"]);   // filled in so the build reports on; the error fails it
    }

    [Fact]
    public void Every_language_names_every_language_of_the_site()
    {
        using var theme = new TempFolder();
        File.WriteAllText(Path.Combine(theme.Create("strings"), "nl.yml"), "language.nl: Nederlands\nlanguage.en: Engels\n");
        File.WriteAllText(Path.Combine(theme.Path, "strings", "en.yml"), "language.nl: Dutch\n");

        var (_, diagnostics) = UiStringsLoader.LoadAll(theme.Path, SiteConfig.Default);

        Assert.Contains(diagnostics, d => d.Path.EndsWith("strings/en.yml", StringComparison.Ordinal) && d.Message.Contains("language.en", StringComparison.Ordinal));
    }

    [Fact]
    public void Texts_keep_their_spaces()
    {
        using var theme = new TempFolder();
        File.WriteAllText(Path.Combine(theme.Create("strings"), "nl.yml"), "and: \" en \"\nlanguage.nl: Nederlands\nlanguage.en: Engels\n");
        File.WriteAllText(Path.Combine(theme.Path, "strings", "en.yml"), "and: \" and \"\nlanguage.nl: Dutch\nlanguage.en: English\n");

        var (strings, _) = UiStringsLoader.LoadAll(theme.Path, SiteConfig.Default);

        Assert.Equal(" en ", strings["nl"]["and"]);
    }
}
