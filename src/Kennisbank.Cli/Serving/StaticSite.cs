using Microsoft.AspNetCore.Http;

namespace Kennisbank.Cli.Serving;

/// <summary>Serves the built folder the way Netlify does: pretty URLs, 404.html for unknown paths, the configured headers,
/// and the rules of the site's own `_redirects` file (e.g. "/" to the visitor's language).</summary>
public static class StaticSite
{
    static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8", [".txt"] = "text/plain; charset=utf-8", [".svg"] = "image/svg+xml",
        [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".gif"] = "image/gif", [".webp"] = "image/webp",
        [".pdf"] = "application/pdf", [".ico"] = "image/x-icon", [".json"] = "application/json",
    };

    /// <summary>Netlify reads these files and does not publish them.</summary>
    static readonly string[] Unpublished = ["_redirects", "_headers"];

    public static async Task Serve(HttpContext context, string root, IReadOnlyList<NetlifyHeaders.Rule> headers,
        IReadOnlyList<RedirectRule> redirects, LiveReload reload, bool watch)
    {
        var path = context.Request.Path.Value ?? "/";
        if (watch && path == LiveReload.EventsPath) { await Events(context, reload); return; }
        if (watch && path == LiveReload.ScriptPath)
        {
            context.Response.ContentType = ContentTypes[".js"];
            await context.Response.WriteAsync(LiveReload.Script);
            return;
        }

        var file = Resolve(root, path);
        var folder = file is null && path.Length > 1 && !path.EndsWith('/') && Resolve(root, path + "/") is not null;
        if (Redirect(context, path, redirects, shadowed: file is not null || folder) is ({ } rule, { } destination))
        {
            if (rule.IsRedirect)
            {
                context.Response.StatusCode = rule.Status;
                context.Response.Headers.Location = destination;
                return;
            }
            ApplyHeaders(context, headers, path);
            var target = Resolve(root, destination.Split('?')[0]);
            await Send(context, root, target, target is null ? StatusCodes.Status404NotFound : rule.Status, watch);
            return;
        }

        ApplyHeaders(context, headers, path);
        if (folder)
        {
            context.Response.Redirect(path + "/");
            return;
        }
        await Send(context, root, file, file is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK, watch);
    }

    static (RedirectRule Rule, string Destination)? Redirect(HttpContext context, string path, IReadOnlyList<RedirectRule> rules, bool shadowed) =>
        rules.Count == 0 ? null : NetlifyRedirects.Match(rules, new RedirectRequest(path,
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            context.Request.QueryString.Value ?? "", context.Request.Headers.AcceptLanguage.ToString()), shadowed);

    static void ApplyHeaders(HttpContext context, IReadOnlyList<NetlifyHeaders.Rule> headers, string path)
    {
        foreach (var (key, value) in NetlifyHeaders.For(headers, path)) context.Response.Headers[key] = value;
    }

    static async Task Send(HttpContext context, string root, string? file, int status, bool watch)
    {
        context.Response.StatusCode = status;
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
        if (relative.Split('/').Contains("..") || Unpublished.Contains(relative)) return null;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root, StringComparison.Ordinal)) return null;
        if (path.EndsWith('/')) full = Path.Combine(full, "index.html");
        return File.Exists(full) ? full : null;
    }

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
