using Microsoft.AspNetCore.Http;

namespace Kennisbank.Cli.Serving;

/// <summary>Serves the built folder the way Netlify does: pretty URLs, 404.html for unknown paths, the configured headers,
/// and "/" sent to /nl/ or /en/ by the browser's language.</summary>
public static class StaticSite
{
    static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8", [".txt"] = "text/plain; charset=utf-8", [".svg"] = "image/svg+xml",
        [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".gif"] = "image/gif", [".webp"] = "image/webp",
        [".pdf"] = "application/pdf", [".ico"] = "image/x-icon", [".json"] = "application/json",
    };

    public static async Task Serve(HttpContext context, string root, IReadOnlyList<NetlifyHeaders.Rule> headers, LiveReload reload, bool watch)
    {
        var path = context.Request.Path.Value ?? "/";
        if (watch && path == LiveReload.EventsPath) { await Events(context, reload); return; }
        if (watch && path == LiveReload.ScriptPath)
        {
            context.Response.ContentType = ContentTypes[".js"];
            await context.Response.WriteAsync(LiveReload.Script);
            return;
        }
        if (path == "/" && PreferredLanguage(context.Request.Headers.AcceptLanguage.ToString()) is { } lang)
        {
            context.Response.Redirect($"/{lang}/");
            return;
        }

        foreach (var (key, value) in NetlifyHeaders.For(headers, path)) context.Response.Headers[key] = value;

        var file = Resolve(root, path);
        if (file is null && path.Length > 1 && !path.EndsWith('/') && Resolve(root, path + "/") is not null)
        {
            context.Response.Redirect(path + "/");
            return;
        }
        context.Response.StatusCode = file is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        file ??= Path.Combine(root, "404.html");
        if (!File.Exists(file)) return;
        context.Response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        if (watch && file.EndsWith(".html", StringComparison.Ordinal))
            await context.Response.WriteAsync(LiveReload.Inject(await File.ReadAllTextAsync(file)));
        else
            await context.Response.SendFileAsync(file);
    }

    static string? Resolve(string root, string path)
    {
        var relative = Uri.UnescapeDataString(path).TrimStart('/');
        if (relative.Split('/').Contains("..")) return null;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root, StringComparison.Ordinal)) return null;
        if (path.EndsWith('/')) full = Path.Combine(full, "index.html");
        return File.Exists(full) ? full : null;
    }

    /// <summary>Mirrors the Language redirects in netlify.toml: nl or en when the browser asks for it, else none.</summary>
    public static string? PreferredLanguage(string acceptLanguage) =>
        acceptLanguage.Split(',')
            .Select(part => part.Split(';')[0].Trim().ToLowerInvariant())
            .Select(tag => tag.Split('-')[0])
            .FirstOrDefault(tag => tag is "nl" or "en");

    static async Task Events(HttpContext context, LiveReload reload)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.Body.FlushAsync();
        var reader = reload.Subscribe();
        try
        {
            await foreach (var message in reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"data: {message}\n\n");
                await context.Response.Body.FlushAsync();
            }
        }
        catch (OperationCanceledException) { }
        finally { reload.Unsubscribe(reader); }
    }
}
