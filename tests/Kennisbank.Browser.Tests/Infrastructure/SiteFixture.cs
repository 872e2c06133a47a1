using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Kennisbank.Browser.Tests.Infrastructure.SiteFixture))]

namespace Kennisbank.Browser.Tests.Infrastructure;

/// <summary>
/// Once per test run: builds the site with `kb serve --no-watch --port 0` into a temporary folder, serves it on 127.0.0.1
/// (with netlify.toml's headers, the CSP included) and launches one headless Chromium. Nothing here throws: a missing
/// browser or a failed build is recorded, and each test skips or fails with that reason.
/// </summary>
public sealed partial class SiteFixture : IAsyncLifetime
{
    public const string ProductionBase = "https://kennisbank-stedenbanden.netlify.app";

    /// <summary>A path that is no page, to see the 404 page as visitors do (status 404).</summary>
    public const string MissingPath = "/kb-browser-tests/no-such-page/";

    static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        // Every other host fails at once: a request to another origin is recorded by the tests, never sent.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ];

    Process? server;
    readonly StringBuilder serverLog = new();

    public string OutputDir { get; } = Path.Combine(Path.GetTempPath(), $"kb-browser-tests-{Environment.ProcessId}");
    public Uri? BaseUrl { get; private set; }
    public string? ServerError { get; private set; }
    public string? BrowserError { get; private set; }
    public IPlaywright? Playwright { get; private set; }
    public IBrowser? Browser { get; private set; }

    /// <summary>Every page's path (all languages, fallback pages included), then the language chooser "/" and the 404 page.</summary>
    public IReadOnlyList<string> PagePaths { get; private set; } = [];

    /// <summary>The sitemap's paths only (every page but the fallback pages).</summary>
    public IReadOnlyList<string> SitemapPaths { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        await StartServer();
        if (ServerError is null) await LaunchBrowser();
    }

    async Task StartServer()
    {
        var kb = Path.Combine(AppContext.BaseDirectory, "kb.dll");
        if (!File.Exists(kb)) { ServerError = $"kb.dll not found next to the test assembly ({kb})"; return; }
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { kb, "serve", "--input", Tooling.InputDir, "--output", OutputDir, "--port", "0", "--no-watch" })
            start.ArgumentList.Add(arg);
        // KB_BROWSER_THEME: another theme folder (e.g. a copy with a rule removed, to see a check fail).
        if (Environment.GetEnvironmentVariable("KB_BROWSER_THEME") is { Length: > 0 } theme)
        {
            start.ArgumentList.Add("--theme");
            start.ArgumentList.Add(Path.GetFullPath(theme));
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        server = new Process { StartInfo = start, EnableRaisingEvents = true };
        server.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (serverLog) serverLog.AppendLine(e.Data);
            if (ServingLine().Match(e.Data) is { Success: true } m) ready.TrySetResult(new Uri(m.Groups[1].Value));
        };
        server.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (serverLog) serverLog.AppendLine(e.Data); };
        server.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"kb serve exited with code {server.ExitCode}"));
        server.Start();
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            BaseUrl = await ready.Task.WaitAsync(TimeSpan.FromMinutes(3));
        }
        catch (Exception e)
        {
            ServerError = $"`kb serve` did not start: {e.Message}\n{Log}";
            return;
        }

        var sitemap = Path.Combine(OutputDir, "sitemap.xml");
        if (!File.Exists(sitemap)) { ServerError = $"The build wrote no sitemap.xml (content errors?)\n{Log}"; return; }
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        SitemapPaths = XDocument.Load(sitemap).Descendants(ns + "loc").Select(loc => new Uri(loc.Value.Trim()).AbsolutePath).ToList();
        // Every page of every language, fallback pages included (they are not in the sitemap), from the linked site.
        PagePaths = [.. SiteMap.AllPaths(), "/", MissingPath];
    }

    async Task LaunchBrowser()
    {
        if (!File.Exists(Tooling.ChromiumPath))
        {
            BrowserError = $"Chromium not found at {Tooling.ChromiumPath} (set KB_CHROMIUM to use another)";
            return;
        }
        try
        {
            Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
            Browser = await Playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = Tooling.ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
                Timeout = 60_000,
            });
        }
        catch (Exception e)
        {
            BrowserError = $"Chromium at {Tooling.ChromiumPath} did not start through Playwright: {e.Message}";
        }
    }

    readonly Lock auditGate = new();
    readonly Dictionary<ColorScheme, Task<IReadOnlyList<PageAudit>>> audits = [];

    /// <summary>Every page visited once per colour scheme (started by the first check that needs it, shared by all).
    /// The site follows the reader's prefers-color-scheme (issue 15), so both schemes are audited.</summary>
    public Task<IReadOnlyList<PageAudit>> AuditAsync(ColorScheme scheme = ColorScheme.Light)
    {
        RequireBrowser();
        lock (auditGate)
        {
            if (!audits.TryGetValue(scheme, out var audit)) audits[scheme] = audit = SiteAudit.RunAsync(this, scheme);
            return audit;
        }
    }

    public string Log { get { lock (serverLog) return serverLog.ToString(); } }

    /// <summary>The served site, or a failing test when the build or the server broke.</summary>
    public Uri RequireSite()
    {
        if (ServerError is not null) Assert.Fail(ServerError);
        return BaseUrl!;
    }

    /// <summary>The browser, or a skip (a failure under CI=true) with the install command when Chromium is missing.</summary>
    public IBrowser RequireBrowser()
    {
        RequireSite();
        if (BrowserError is not null) Tooling.Unavailable(BrowserError);
        return Browser!;
    }

    public Uri Url(string path) => new(RequireSite(), path);

    /// <summary>A production address (sitemap, canonical) mapped onto the local server by path.</summary>
    public Uri Local(string address) =>
        address.StartsWith(ProductionBase, StringComparison.Ordinal) ? Url(new Uri(address).PathAndQuery) : new Uri(RequireSite(), address);

    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var browser = RequireBrowser();
        options ??= new();
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 800 };
        options.Locale ??= "nl-BE";
        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        Playwright?.Dispose();
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
        server?.Dispose();
        try { if (Directory.Exists(OutputDir)) Directory.Delete(OutputDir, recursive: true); }
        catch (IOException) { }
    }

    [GeneratedRegex(@"Serving (http://\S+?)/? ")]
    private static partial Regex ServingLine();
}
