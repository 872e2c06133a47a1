using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace Kennisbank.Browser.Tests.Infrastructure;

/// <summary>
/// Watches one page: console errors and uncaught exceptions, CSP violations (a `securitypolicyviolation` listener added by
/// an init script, which Playwright injects through CDP so the page's CSP does not apply to it, plus console messages about
/// the Content Security Policy), failed requests and responses with status 400 or more, and requests to other origins
/// (Chromium is started with every host but 127.0.0.1 unresolvable, so a test never reaches the network).
/// </summary>
public sealed class PageProbe
{
    public const string InitScript = """
        window.__kbCsp = [];
        document.addEventListener('securitypolicyviolation', function (e) {
          window.__kbCsp.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') +
            (e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : '') + (e.sample ? ' sample: ' + e.sample : ''));
        }, true);
        """;

    readonly string origin;
    readonly string? allowedNotFound;
    public ConcurrentQueue<string> ConsoleErrors { get; } = new();
    public ConcurrentQueue<string> CspViolations { get; } = new();
    public ConcurrentQueue<string> FailedRequests { get; } = new();
    public ConcurrentQueue<string> ForeignRequests { get; } = new();

    PageProbe(string origin, string? allowedNotFound)
    {
        this.origin = origin;
        this.allowedNotFound = allowedNotFound;
    }

    /// <summary>Sets up a context so every page in it can be probed: the CSP listener and the foreign-origin block.</summary>
    public static async Task PrepareAsync(IBrowserContext context, Uri site)
    {
        await context.AddInitScriptAsync(InitScript);
    }

    static bool IsForeign(string url, string origin) =>
        (url.StartsWith("http:", StringComparison.Ordinal) || url.StartsWith("https:", StringComparison.Ordinal) || url.StartsWith("ws", StringComparison.Ordinal))
        && !url.StartsWith(origin + "/", StringComparison.Ordinal) && url != origin;

    /// <param name="allowedNotFound">The one URL allowed to answer 404 (the 404 page's own address).</param>
    public static PageProbe Attach(IPage page, Uri site, string? allowedNotFound = null)
    {
        var probe = new PageProbe(site.GetLeftPart(UriPartial.Authority), allowedNotFound);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                probe.CspViolations.Enqueue($"console: {message.Text}");
            else if (message.Type == "error" && !(probe.allowedNotFound is not null && message.Location.StartsWith(probe.allowedNotFound, StringComparison.Ordinal)
                                                  && message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)))
                probe.ConsoleErrors.Enqueue($"console.error: {message.Text}" + (message.Location is { Length: > 0 } at ? $" ({at})" : ""));
        };
        page.PageError += (_, error) => probe.ConsoleErrors.Enqueue($"uncaught exception: {error}");
        page.Request += (_, request) =>
        {
            if (IsForeign(request.Url, probe.origin)) probe.ForeignRequests.Enqueue($"{request.Method} {request.Url} ({request.ResourceType})");
        };
        page.RequestFailed += (_, request) =>
        {
            if (!IsForeign(request.Url, probe.origin))
                probe.FailedRequests.Enqueue($"{request.Url} failed: {request.Failure}");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Url != probe.allowedNotFound)
                probe.FailedRequests.Enqueue($"{response.Url} answered {response.Status}");
        };
        return probe;
    }

    /// <summary>Lets queued events (CSP reports are dispatched as tasks) arrive, then reads the init script's list.</summary>
    public async Task CollectAsync(IPage page)
    {
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 30)))");
        var json = await page.EvaluateAsync<JsonElement>("() => window.__kbCsp || []");
        foreach (var violation in json.EnumerateArray()) CspViolations.Enqueue(violation.GetString() ?? "");
        // A request blocked by the CSP never reaches the network, but it was an attempt to reach another origin.
        foreach (var violation in CspViolations)
            if (violation.Contains("blocked http", StringComparison.Ordinal) && !violation.Contains($"blocked {origin}/", StringComparison.Ordinal))
                ForeignRequests.Enqueue($"(blocked by the CSP) {violation}");
    }
}
