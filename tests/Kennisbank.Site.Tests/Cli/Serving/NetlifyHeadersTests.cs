using Kennisbank.Cli.Serving;

namespace Kennisbank.Site.Tests.Cli.Serving;

/// <summary>The [[headers]] blocks of netlify.toml, read with Tomlyn, and which headers a path gets.</summary>
public class NetlifyHeadersTests
{
    const string Toml = """
        [build]
          publish = "output"

        [[redirects]]
          from = "/"
          to = "/nl/"

        [[headers]]
          for = "/*"
          [headers.values]
            X-Frame-Options = "DENY"
            Cache-Control = "no-cache"

        [[headers]]
          for = "/assets/*"
          [headers.values]
            Cache-Control = "public, max-age=3600"
            "X-Quoted-Name" = 'literal'

        [[headers]]
          for = "/:lang/feed.xml"
          [headers.values]
            Content-Language = "from the feed rule"
        """;

    static Dictionary<string, string> For(string toml, string path) =>
        NetlifyHeaders.For(NetlifyHeaders.Parse(toml), path).ToDictionary(h => h.Key, h => h.Value);

    [Fact]
    public void Every_block_is_read_in_file_order_and_other_tables_are_left_alone()
    {
        var rules = NetlifyHeaders.Parse(Toml);

        Assert.Equal(["/*", "/assets/*", "/:lang/feed.xml"], rules.Select(r => r.For.Text));
        Assert.Equal(["Cache-Control", "X-Quoted-Name"], rules[1].Values.Select(v => v.Key));
        Assert.Equal("literal", rules[1].Values[1].Value);
    }

    [Fact]
    public void A_path_gets_the_headers_of_every_rule_that_matches()
    {
        Assert.Equal(new Dictionary<string, string> { ["X-Frame-Options"] = "DENY", ["Cache-Control"] = "no-cache" }, For(Toml, "/nl/gids/"));
        Assert.Equal("from the feed rule", For(Toml, "/en/feed.xml")["Content-Language"]);
        Assert.False(For(Toml, "/en/nieuws/feed.xml").ContainsKey("Content-Language"));
    }

    [Fact]
    public void When_two_matching_rules_set_the_same_header_the_later_rule_wins()
    {
        var headers = For(Toml, "/assets/site.css");

        Assert.Equal("public, max-age=3600", headers["Cache-Control"]);
        Assert.Equal("DENY", headers["X-Frame-Options"]);
    }

    [Fact]
    public void The_later_rule_wins_whatever_the_case_of_the_header_name()
    {
        const string toml = """
            [[headers]]
              for = "/assets/*"
              [headers.values]
                cache-control = "immutable"
            [[headers]]
              for = "/*"
              [headers.values]
                Cache-Control = "no-cache"
            """;

        var headers = NetlifyHeaders.For(NetlifyHeaders.Parse(toml), "/assets/a.css");

        Assert.Equal([new("Cache-Control", "no-cache")], headers);
    }

    [Fact]
    public void A_multi_line_value_is_sent_on_one_line()
    {
        const string toml = """"
            [[headers]]
              for = "/*"
              [headers.values]
                Content-Security-Policy = """
                  default-src 'self';
                  script-src  'self'
                  """
                Cache-Control = '''
                  max-age=0,
                  no-cache,no-store'''
                Link = ["</a.css>; rel=preload", "</b.js>;  rel=preload"]
            """";

        var headers = For(toml, "/");

        Assert.Equal("default-src 'self'; script-src 'self'", headers["Content-Security-Policy"]);
        Assert.Equal("max-age=0, no-cache, no-store", headers["Cache-Control"]);
        Assert.Equal("</a.css>; rel=preload, </b.js>; rel=preload", headers["Link"]);
    }

    [Fact]
    public void The_repository_netlify_toml_sends_its_security_headers_everywhere_and_caches_assets()
    {
        var rules = NetlifyHeaders.Parse(File.ReadAllText(Path.Combine(Support.Repository.Root, "netlify.toml")));

        var page = NetlifyHeaders.For(rules, "/nl/").ToDictionary(h => h.Key, h => h.Value);
        Assert.StartsWith("default-src 'self';", page["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.Equal("DENY", page["X-Frame-Options"]);
        Assert.Contains(rules, r => r.For.Matches("/assets/site.css") && r.Values.Any(v => v.Key == "Cache-Control"));
    }

    [Theory]
    [InlineData("[[headers]]\n  for = \"/*\"\n  [headers.values]\n    X-A = \"not closed\n", "netlify.toml:4:22: error: Invalid newline in a string")]
    [InlineData("[[headers]]\n  for = /*\n", "netlify.toml:2:9: error: Unexpected token `/`")]
    [InlineData("[[headers]]\n  for = \"/*\"\n  for = \"/a\"\n", "netlify.toml:3:3: error: The key `headers.for` is already defined")]
    [InlineData("[build]\n[[headers]]\n  [headers.values]\n    X-A = \"1\"\n", "netlify.toml:2:1: error: a [[headers]] block needs a \"for\" path")]
    [InlineData("[[headers]]\n  for = \"/*\"\n[[headers]]\n  for = \"/a\"\n  [headers.values]\n    X-A = 1\n", "netlify.toml:3:1: error: the value of header \"X-A\" must be a string")]
    [InlineData("headers = \"/*\"\n", "netlify.toml:1:1: error: \"headers\" must be [[headers]] blocks")]
    public void A_malformed_file_is_one_line_with_its_position(string toml, string message)
    {
        var error = Assert.Throws<NetlifyConfigException>(() => NetlifyHeaders.Parse(toml));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_file_without_headers_has_no_rules() => Assert.Empty(NetlifyHeaders.Parse("[build]\n  publish = \"output\"\n"));
}
