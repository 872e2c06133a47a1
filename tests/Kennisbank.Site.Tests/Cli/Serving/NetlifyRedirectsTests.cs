using Kennisbank.Cli.Serving;

namespace Kennisbank.Site.Tests.Cli.Serving;

/// <summary>Reading a `_redirects` file: the fields of a line, and lines that are left out with a warning.</summary>
public class NetlifyRedirectsTests
{
    [Fact]
    public void Reads_the_language_rules_the_build_writes()
    {
        const string file = """
            # written by kb build from input/site.yml: "/" goes to the visitor's language

            /  /nl/  302!  Language=nl
            /  /en/  302!  Language=en,en-US   # an inline comment
            """;

        var result = NetlifyRedirects.Parse(file);

        Assert.Empty(result.Warnings);
        Assert.Collection(result.Rules,
            nl =>
            {
                Assert.Equal((3, "/", "/nl/", 302, true), (nl.Line, nl.From.Text, nl.To, nl.Status, nl.Force));
                Assert.Equal(["nl"], nl.Languages);
            },
            en => Assert.Equal(["en", "en-US"], en.Languages));
    }

    [Theory]
    [InlineData("/old /new", 301, false)]
    [InlineData("/old /new 302", 302, false)]
    [InlineData("/old /new 301!", 301, true)]
    [InlineData("/old /new 200", 200, false)]
    [InlineData("/old /new 404!", 404, true)]
    public void The_status_defaults_to_301_and_an_exclamation_mark_forces_the_rule(string line, int status, bool force)
    {
        var rule = Assert.Single(NetlifyRedirects.Parse(line).Rules);

        Assert.Equal((status, force), (rule.Status, rule.Force));
    }

    [Fact]
    public void Fields_between_from_and_to_are_query_conditions()
    {
        var rule = Assert.Single(NetlifyRedirects.Parse("/store id=:id  lang=nl  /blog/:id  301").Rules);

        Assert.Equal([new("id", ":id"), new("lang", "nl")], rule.Query);
        Assert.Equal("/blog/:id", rule.To);
    }

    [Fact]
    public void A_status_right_after_from_applies_the_rule_to_from_itself()
    {
        var rule = Assert.Single(NetlifyRedirects.Parse("/app/*  200!").Rules);

        Assert.Equal(("/app/*", 200, true), (rule.To, rule.Status, rule.Force));
    }

    [Theory]
    [InlineData("/only-from", "no destination")]
    [InlineData("/a  elsewhere  301", "the destination must start with \"/\", \"http:\" or \"https:\"")]
    [InlineData("/a  /b  moved", "\"moved\" is not a status code")]
    [InlineData("/a  /b  Language=nl", "\"Language=nl\" is not a status code")]
    [InlineData("/a  /b  302  nl", "\"nl\" is not a condition (key=value)")]
    [InlineData("/a  /b  302  Language=", "\"Language=\" names no language")]
    [InlineData("/  /be/  302  Country=be", "the preview cannot check a Country condition, so this rule never applies locally")]
    [InlineData("/admin/*  /admin/:splat  200!  Role=admin", "the preview cannot check a Role condition")]
    [InlineData("/api/*  https://api.example.org/:splat  200", "status 200 to another site is a proxy")]
    [InlineData("https://old.example.org/*  https://example.org/:splat  301!", "only paths starting with \"/\"")]
    public void A_line_the_preview_cannot_apply_is_left_out_with_a_warning_naming_it(string line, string reason)
    {
        var result = NetlifyRedirects.Parse("# rules\n/kept /elsewhere 302\n" + line + "\n/also-kept /x\n");

        Assert.Equal(["/kept", "/also-kept"], result.Rules.Select(r => r.From.Text));
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("_redirects:3: warning: rule ignored: " + reason, warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_redirect_to_another_site_is_kept()
    {
        var rule = Assert.Single(NetlifyRedirects.Parse("/repo  https://example.org/repo  301").Rules);

        Assert.True(rule.IsRedirect);
    }

    [Fact]
    public void An_empty_file_has_no_rules() => Assert.Empty(NetlifyRedirects.Parse("\n# nothing yet\n   \n").Rules);
}
