using Kennisbank.Cli.Serving;
using Microsoft.AspNetCore.Http;

namespace Kennisbank.Site.Tests.Cli.Serving;

/// <summary>What the preview answers, on a small built folder with a language chooser at "/" and the two languages.</summary>
public sealed class StaticSiteTests : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("kb-static-").FullName + Path.DirectorySeparatorChar;

    public StaticSiteTests()
    {
        Write("index.html", "<html><head></head><body>chooser</body></html>");
        Write("nl/index.html", "<html><head></head><body>nl</body></html>");
        Write("en/index.html", "<html><head></head><body>en</body></html>");
        Write("404.html", "<html><head></head><body>not found</body></html>");
    }

    public void Dispose() => Directory.Delete(root, true);

    void Write(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
        File.WriteAllText(Path.Combine(root, path), content);
    }

    async Task<(int Status, string? Location, string Body, HttpResponse Response)> Get(string path, string? acceptLanguage = null,
        string redirects = "", IReadOnlyList<NetlifyHeaders.Rule>? headers = null, bool watch = false)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        if (acceptLanguage is not null) context.Request.Headers.AcceptLanguage = acceptLanguage;
        context.Response.Body = new MemoryStream();
        await StaticSite.Serve(context, root, headers ?? [], NetlifyRedirects.Parse(redirects).Rules, new LiveReload(), watch);
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        return (context.Response.StatusCode, context.Response.Headers.Location.FirstOrDefault(), body, context.Response);
    }

    /// <summary>With watching on, a page gets the reload script in its head; the CMS's editor, which says it must not be
    /// reloaded, does not (a reload lost the editor's work, and decap-server's reads changed the input: a loop).</summary>
    [Fact]
    public async Task The_preview_reloads_pages_but_not_one_that_says_no_reload()
    {
        Write("admin/index.html", $"<html><head>{Kennisbank.Site.Writing.PreviewHints.NoLiveReload}</head><body>cms</body></html>");
        var parser = new AngleSharp.Html.Parser.HtmlParser();

        var page = parser.ParseDocument((await Get("/nl/", watch: true)).Body);
        var admin = parser.ParseDocument((await Get("/admin/", watch: true)).Body);

        Assert.Equal([LiveReload.ScriptPath], page.QuerySelectorAll("head script").Select(s => s.GetAttribute("src")));
        Assert.Equal("cms", admin.Body!.TextContent);
        Assert.Empty(admin.QuerySelectorAll("script"));
    }

    const string Forced = "/  /nl/  302!  Language=nl\n/  /en/  302!  Language=en\n";

    [Fact]
    public async Task A_forced_language_rule_sends_slash_to_the_visitor_s_language()
    {
        var (status, location, _, _) = await Get("/", "nl-BE,nl;q=0.9,en;q=0.8", Forced);

        Assert.Equal((302, "/nl/"), (status, location));
    }

    [Fact]
    public async Task A_visitor_whose_first_language_has_no_rule_gets_the_chooser()
    {
        var (status, location, body, _) = await Get("/", "fr-BE,fr;q=0.9,en;q=0.8", Forced);

        Assert.Equal((200, null), (status, location));
        Assert.Contains("chooser", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_redirects_file_slash_is_the_chooser_whatever_the_language()
    {
        var (status, location, body, _) = await Get("/", "nl-BE");

        Assert.Equal((200, null), (status, location));
        Assert.Contains("chooser", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_without_exclamation_mark_is_shadowed_by_the_chooser_as_on_Netlify()
    {
        // Netlify: "If you have a redirect rule that's not explicitly marked as forced, and you also have a file under
        // the same path, we will serve the file." "/" has index.html, so only "302!" redirects it.
        var (status, _, body, _) = await Get("/", "nl-BE", "/  /nl/  302  Language=nl\n");

        Assert.Equal(200, status);
        Assert.Contains("chooser", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unforced_rule_applies_where_there_is_no_file()
    {
        var (status, location, _, _) = await Get("/oud/pagina", redirects: "/oud/*  /nl/:splat  301\n");

        Assert.Equal((301, "/nl/pagina"), (status, location));
    }

    [Fact]
    public async Task A_rewrite_serves_the_destination_under_the_requested_address_with_the_rule_s_status()
    {
        var rewrite = await Get("/start", redirects: "/start  /nl/  200\n");
        var missing = await Get("/nl/weg", redirects: "/nl/*  /404.html  404\n");

        Assert.Equal((200, null), (rewrite.Status, rewrite.Location));
        Assert.Contains("<body>nl</body>", rewrite.Body, StringComparison.Ordinal);
        Assert.Equal(404, missing.Status);
        Assert.Contains("not found", missing.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_redirects_file_itself_is_not_published()
    {
        Write("_redirects", Forced);

        var (status, _, body, _) = await Get("/_redirects");

        Assert.Equal(404, status);
        Assert.DoesNotContain("Language=", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Served_pages_carry_the_headers_of_netlify_toml()
    {
        var headers = NetlifyHeaders.Parse("[[headers]]\n for = \"/*\"\n [headers.values]\n X-Frame-Options = \"DENY\"\n");

        var (_, _, _, response) = await Get("/nl/", headers: headers);

        Assert.Equal("DENY", response.Headers["X-Frame-Options"]);
    }
}
