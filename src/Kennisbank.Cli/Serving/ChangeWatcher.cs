namespace Kennisbank.Cli.Serving;

/// <summary>Watches folders and calls back once per burst of changes (editors save in several steps).</summary>
public sealed class ChangeWatcher : IDisposable
{
    static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(15);
    readonly List<FileSystemWatcher> watchers = [];
    readonly Timer timer;

    public ChangeWatcher(IEnumerable<string> folders, Action onChange)
    {
        timer = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += Touch;
            watcher.Created += Touch;
            watcher.Deleted += Touch;
            watcher.Renamed += Touch;
            watchers.Add(watcher);
        }
    }

    void Touch(object sender, FileSystemEventArgs e)
    {
        if (e.FullPath.Contains("/bin/", StringComparison.Ordinal) || e.FullPath.Contains("/obj/", StringComparison.Ordinal)) return;
        timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        timer.Dispose();
    }
}
