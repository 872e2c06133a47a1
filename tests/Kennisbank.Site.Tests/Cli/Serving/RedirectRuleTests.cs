using Kennisbank.Cli.Serving;

namespace Kennisbank.Site.Tests.Cli.Serving;

/// <summary>Which rule applies to a request, and where it sends it.</summary>
public class RedirectRuleTests
{
    const string LanguageRules = """
        /  /nl/  302!  Language=nl
        /  /en/  302!  Language=en
        /  /fr/  302!  Language=fr
        """;

    static string? First(string rules, string path, string? acceptLanguage = null, string query = "")
    {
        var request = new RedirectRequest(path, Query(query), query, acceptLanguage);
        return NetlifyRedirects.Match(NetlifyRedirects.Parse(rules).Rules, request, shadowed: false)?.Destination;
    }

    static Dictionary<string, string> Query(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");

    [Theory]
    [InlineData("fr-BE,fr;q=0.9,en;q=0.8", "/fr/")]
    [InlineData("nl-BE,nl;q=0.9,en;q=0.8", "/nl/")]
    [InlineData("en-GB", "/en/")]
    [InlineData("EN-us,en;q=0.5", "/en/")]
    [InlineData("en", "/en/")]
    public void Language_goes_by_the_browser_s_first_language(string acceptLanguage, string destination) =>
        Assert.Equal(destination, First(LanguageRules, "/", acceptLanguage));

    [Fact]
    public void Quality_values_do_not_reorder_the_languages_as_Netlify_documents()
    {
        // Netlify: "always match against the first language reported by the browser ... regardless of quality value weighting".
        Assert.Equal("/en/", First(LanguageRules, "/", "en;q=0.1,nl;q=0.9"));
        // A language further down the list does not count: a German reader gets the chooser, not /en/.
        Assert.Null(First(LanguageRules, "/", "de-DE,de;q=0.9,en;q=0.8"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("*")]
    public void Without_a_language_no_language_rule_applies(string? acceptLanguage) =>
        Assert.Null(First(LanguageRules, "/", acceptLanguage));

    [Fact]
    public void A_regional_rule_does_not_match_the_bare_language_or_another_region()
    {
        const string rules = "/  /be/  302!  Language=nl-BE\n/  /nl/  302!  Language=nl";

        Assert.Equal("/be/", First(rules, "/", "nl-be"));
        Assert.Equal("/nl/", First(rules, "/", "nl-NL"));
        Assert.Equal("/nl/", First(rules, "/", "nl"));
    }

    [Fact]
    public void The_first_rule_that_matches_wins()
    {
        const string rules = """
            /nl/oud/*   /nl/nieuw/:splat  301
            /nl/*       /elders           302
            /nl/oud/x   /nooit            301
            """;

        Assert.Equal("/nl/nieuw/x", First(rules, "/nl/oud/x"));
        Assert.Equal("/elders", First(rules, "/nl/gids/"));
        Assert.Null(First(rules, "/en/"));
    }

    [Fact]
    public void A_rule_listing_several_languages_matches_each()
    {
        Assert.Equal("/fr/", First("/  /fr/  302!  Language=fr,wa", "/", "wa-BE"));
        Assert.Equal("/fr/", First("/  /fr/  302!  Language=fr,wa", "/", "fr"));
    }

    [Fact]
    public void Placeholders_and_the_splat_are_filled_in()
    {
        Assert.Equal("/en/news/2023/x", First("/:lang/nieuws/*  /:lang/news/:splat  301", "/en/nieuws/2023/x"));
        Assert.Equal("/n/a/b", First("/:id/:idx  /n/:idx/:id  301", "/b/a"));
    }

    [Fact]
    public void The_query_string_is_passed_on_unless_the_rule_names_its_own()
    {
        Assert.Equal("/nl/?utm=x", First("/  /nl/  302!  Language=nl", "/", "nl", "?utm=x"));
        Assert.Equal("/nl/?ref=kb", First("/  /nl/?ref=kb  302!", "/", null, "?utm=x"));
    }

    [Fact]
    public void Query_conditions_must_be_present_and_can_be_used_in_the_destination()
    {
        const string rules = "/store id=:id  /blog/:id  301\n/store lang=nl  /winkel  301";

        Assert.Equal("/blog/42", First(rules, "/store", query: "?id=42"));
        Assert.Equal("/winkel", First(rules, "/store", query: "?lang=nl"));
        Assert.Null(First(rules, "/store", query: "?lang=en"));
        Assert.Null(First(rules, "/store"));
    }
}
