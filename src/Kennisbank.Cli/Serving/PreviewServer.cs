using Kennisbank.Site;
using Kennisbank.Site.Incremental;
using Kennisbank.Site.Writing;
using Kennisbank.Theme;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kennisbank.Cli.Serving;

/// <summary>`kb serve`: builds, serves the output on 127.0.0.1 with production's headers, and rebuilds and reloads on change.</summary>
public static class PreviewServer
{
    public static async Task<int> Run(Settings settings, string? output, int port, bool watch, bool timings, CancellationToken cancel)
    {
        IReadOnlyList<NetlifyHeaders.Rule> headers;
        try { headers = File.Exists("netlify.toml") ? NetlifyHeaders.Parse(File.ReadAllText("netlify.toml")) : []; }
        catch (NetlifyConfigException e)
        {
            // Serving without the file's headers (the CSP among them) would preview something production does not send.
            Console.Error.WriteLine(e.Message);
            return ExitCodes.ContentErrors;
        }

        var outputDir = Path.GetFullPath(output ?? Path.Combine(Path.GetTempPath(), $"kb-serve-{Environment.ProcessId}"));
        var redirects = new RedirectsFile(Path.Combine(outputDir, "_redirects"), Console.Error);
        var reload = new LiveReload();
        using var renderer = new ThemeRenderer();
        var gate = new SemaphoreSlim(1, 1);
        var cache = new BuildCache();
        var cms = Commands.LocateCms(settings);
        WrittenFiles? written = null;

        bool Rebuild()
        {
            gate.Wait();
            try
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var result = SiteBuilder.Build(Commands.Options(settings, cms), renderer, cache);
                var built = clock.Elapsed;
                if (result.Succeeded)   // otherwise the last good preview stays up
                {
                    IReadOnlyList<Kennisbank.Diagnostics.Diagnostic> failures;
                    try
                    {
                        if (written is null)
                        {
                            failures = SiteWriter.Write(outputDir, result.Files);
                            // A failed full write leaves the previous output as it was: nothing known, write it all again.
                            written = failures.Count == 0 ? WrittenFiles.Of(result.Files) : null;
                        }
                        else (failures, written) = SiteWriter.Update(outputDir, result.Files, written);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        // A file went away between reading and copying it (git switching branches under the CMS's local
                        // backend does that): one line, and the next change writes the whole preview again.
                        Console.Error.WriteLine($"preview: {e.Message.Split('\n')[0]}; the preview is written again at the next change");
                        written = null;
                        return false;
                    }
                    if (failures.Count > 0) result = result with { Diagnostics = [.. result.Diagnostics, .. failures] };
                    // The build writes _redirects from the site's configuration: a language added there applies at once.
                    redirects.Load();
                }
                Commands.Report(result with { Elapsed = clock.Elapsed }, "Built", settings);
                if (timings)
                    Console.WriteLine("  " + string.Join(", ", result.Timings.Select(t => $"{t.Stage.Split(' ')[0]} {t.Time.TotalMilliseconds:0}"))
                        + $", write {(clock.Elapsed - built).TotalMilliseconds:0} ms; {cache.Rendered} page(s) rendered");
                return result.Succeeded;
            }
            finally { gate.Release(); }
        }

        Rebuild();

        // The content root is the program's own folder, not the working directory: the host watches its content root
        // (recursively, for configuration changes), and in a repository with benchmark output that took seconds.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.Run(context => StaticSite.Serve(context, outputDir, headers, redirects.Rules, reload, watch));
        await app.StartAsync(cancel);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine($"Serving {address}/ (Ctrl+C to stop)");

        using var watcher = watch ? new ChangeWatcher([settings.Input, settings.ThemeDir], () => { if (Rebuild()) reload.Reload(); }) : null;
        try { await Task.Delay(Timeout.Infinite, cancel); }
        catch (OperationCanceledException) { }
        await app.StopAsync(CancellationToken.None);
        if (output is null && Directory.Exists(outputDir)) Directory.Delete(outputDir, recursive: true);
        return ExitCodes.Success;
    }
}
