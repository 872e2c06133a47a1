using System.Diagnostics;
using Kennisbank.Cli.Serving;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Cli;

/// <summary>.ci/netlify-build.sh's choices, with Netlify's environment variables set and a stand-in kb that records how
/// it was called (KB_BIN), and netlify.toml's headers for /admin/ next to the site's.</summary>
public class NetlifyBuildTests
{
    static (string Args, string? Headers) RunScript(Dictionary<string, string> environment)
    {
        using var temp = new TempFolder();
        var fake = Path.Combine(temp.Path, "kb");
        var record = Path.Combine(temp.Path, "args");
        File.WriteAllText(fake, $"#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" > '{record}'\nmkdir -p output\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // A copy of the script in a scratch repository layout, so its output/ is not the real one.
        var root = temp.Create("repo");
        Directory.CreateDirectory(Path.Combine(root, ".ci"));
        File.Copy(Path.Combine(Repository.Root, ".ci", "netlify-build.sh"), Path.Combine(root, ".ci", "netlify-build.sh"));
        var start = new ProcessStartInfo("bash") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(".ci/netlify-build.sh");
        foreach (var name in new[] { "CONTEXT", "URL", "DEPLOY_PRIME_URL", "KB_PREVIEW_HEADER" }) start.Environment.Remove(name);
        start.Environment["KB_BIN"] = fake;
        start.Environment["NETLIFY_CACHE_DIR"] = temp.Create("cache");
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        var headers = Path.Combine(root, "output", "_headers");
        return (File.ReadAllText(record).Replace('\n', ' ').Trim(), File.Exists(headers) ? File.ReadAllText(headers) : null);
    }

    [Fact]
    public void A_deploy_preview_is_built_for_its_own_address_and_says_noindex()
    {
        var (args, headers) = RunScript(new()
        {
            ["CONTEXT"] = "deploy-preview", ["URL"] = "https://kennisbank.example", ["DEPLOY_PRIME_URL"] = "https://deploy-preview-42--kennisbank.netlify.app",
            ["KB_PREVIEW_HEADER"] = "X-Robots-Tag: noindex",
        });

        Assert.Equal("build --input input --output output --strict --base-url https://deploy-preview-42--kennisbank.netlify.app", args);
        Assert.Contains("/*\n  X-Robots-Tag: noindex\n", headers, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_is_built_for_url_and_is_indexed()
    {
        var (args, headers) = RunScript(new()
        {
            ["CONTEXT"] = "production", ["URL"] = "https://kennisbank.example", ["DEPLOY_PRIME_URL"] = "https://main--kennisbank.netlify.app",
        });

        Assert.Equal("build --input input --output output --strict --base-url https://kennisbank.example", args);
        Assert.Null(headers);
    }

    [Fact]
    public void Netlify_toml_gives_previews_the_noindex_header_for_the_script()
    {
        var toml = Tomlyn.TomlSerializer.Deserialize<Tomlyn.Model.TomlTable>(File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml")))!;
        var preview = (Tomlyn.Model.TomlTable)((Tomlyn.Model.TomlTable)((Tomlyn.Model.TomlTable)toml["context"])["deploy-preview"])["environment"];
        Assert.Equal("X-Robots-Tag: noindex", preview["KB_PREVIEW_HEADER"]);
    }

    static IReadOnlyList<NetlifyHeaders.Rule> Rules => NetlifyHeaders.Parse(File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml")));
    static string Header(string path, string name) => NetlifyHeaders.For(Rules, path).Single(h => h.Key == name).Value;

    [Fact]
    public void The_site_keeps_its_strict_csp_and_admin_gets_its_own()
    {
        const string site = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        Assert.Equal(site, Header("/nl/lessen/durf-bijsturen/", "Content-Security-Policy"));
        Assert.Equal(site, Header("/assets/css/site.css", "Content-Security-Policy"));

        var admin = Header("/admin/", "Content-Security-Policy");
        Assert.Contains("script-src 'self' 'unsafe-eval';", admin, StringComparison.Ordinal);
        Assert.DoesNotContain("http", admin.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("https://api.github.com", admin, StringComparison.Ordinal);
        Assert.Equal("noindex, nofollow", Header("/admin/config.yml", "X-Robots-Tag"));
        Assert.DoesNotContain(NetlifyHeaders.For(Rules, "/nl/"), h => h.Key == "X-Robots-Tag");
    }
}
