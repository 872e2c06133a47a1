using System.Threading.Channels;

namespace Kennisbank.Cli.Serving;

/// <summary>Tells open preview pages to reload after a rebuild (server-sent events, same origin, so the CSP allows it).</summary>
public sealed class LiveReload
{
    public const string ScriptPath = "/_kb/reload.js";
    public const string EventsPath = "/_kb/events";
    public const string Script = "new EventSource('" + EventsPath + "').onmessage=function(){location.reload()};\n";

    readonly List<Channel<string>> listeners = [];

    public ChannelReader<string> Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (listeners) listeners.Add(channel);
        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<string> reader)
    {
        lock (listeners) listeners.RemoveAll(c => c.Reader == reader);
    }

    public void Reload()
    {
        lock (listeners)
            foreach (var channel in listeners) channel.Writer.TryWrite("reload");
    }

    /// <summary>The preview adds its reload script to each page as an external script: never inline. Not to a page that
    /// says <see cref="Kennisbank.Site.Writing.PreviewHints.NoLiveReload"/> (the CMS's editor).</summary>
    public static string Inject(string html) =>
        html.Contains(Kennisbank.Site.Writing.PreviewHints.NoLiveReload, StringComparison.Ordinal) ? html
            : html.Replace("</head>", $"<script src=\"{ScriptPath}\" defer></script></head>", StringComparison.Ordinal);
}
