using System.Diagnostics;
using System.Text.Json;
using Kennisbank.Browser.Tests.Infrastructure;

namespace Kennisbank.Browser.Tests;

/// <summary>Every built HTML page passes the Nu HTML Checker (vnu) with zero errors; vnu runs once on all files.</summary>
public sealed class HtmlValidityTests(SiteFixture site)
{
    [Fact]
    public async Task Every_page_is_valid_HTML()
    {
        site.RequireSite();
        if (!File.Exists(Tooling.VnuJar)) Tooling.Unavailable($"The Nu HTML Checker is not installed ({Tooling.VnuJar} is missing)");
        var files = Directory.GetFiles(site.OutputDir, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);

        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in (string[])["-jar", Tooling.VnuJar, "--format", "json", "--errors-only", .. files]) start.ArgumentList.Add(arg);
        Process vnu;
        try { vnu = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception e) { Tooling.Unavailable($"java could not be started ({e.Message}); vnu needs Java 17+"); return; }
        using (vnu)
        {
            var stdout = vnu.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = await vnu.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await vnu.WaitForExitAsync(TestContext.Current.CancellationToken);
            var json = stderr.TrimStart().StartsWith('{') ? stderr : await stdout;   // vnu writes its report to stderr
            List<string> errors;
            try { errors = Errors(json, site.OutputDir); }
            catch (JsonException) { Assert.Fail($"vnu gave no JSON report (exit {vnu.ExitCode}):\n{stderr}\n{await stdout}"); return; }
            var byPage = errors.GroupBy(e => e.Split(':')[0]).ToList();
            Assert.True(errors.Count == 0,
                $"{errors.Count} HTML error(s) on {byPage.Count} of {files.Count} page(s) (Nu HTML Checker):\n" +
                string.Join("\n", byPage.Select(g => string.Join("\n", g.Select(e => "  " + e)))));
        }
    }

    /// <summary>"page:line:column: message (extract)" for every error or fatal message.</summary>
    static List<string> Errors(string json, string root)
    {
        using var doc = JsonDocument.Parse(json);
        var list = new List<string>();
        foreach (var m in doc.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = m.GetProperty("type").GetString();
            var subType = m.TryGetProperty("subType", out var st) ? st.GetString() : null;
            if (type is not ("error" or "non-document-error") && subType != "fatal") continue;
            var url = m.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            // vnu reports "file:/tmp/…" (one slash), which System.Uri does not parse.
            var file = url.StartsWith("file:", StringComparison.Ordinal) ? "/" + Uri.UnescapeDataString(url["file:".Length..]).TrimStart('/') : url;
            var page = file.StartsWith(root, StringComparison.Ordinal) ? "/" + Path.GetRelativePath(root, file).Replace('\\', '/') : file;
            page = page.EndsWith("/index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page;
            var line = m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
            var column = m.TryGetProperty("firstColumn", out var c) ? c.GetInt32() : m.TryGetProperty("lastColumn", out var lc) ? lc.GetInt32() : 0;
            var extract = m.TryGetProperty("extract", out var x) ? $" [{x.GetString()?.ReplaceLineEndings(" ").Trim()}]" : "";
            list.Add($"{page}:{line}:{column}: {m.GetProperty("message").GetString()}{extract}");
        }
        return list;
    }
}
