using Kennisbank.Diagnostics;

namespace Kennisbank.Site.Writing;

/// <summary>Stage 5: write the site into a temporary folder beside the output folder, then swap it in.
/// Until the swap, the previous output stays as it was, so a failed or interrupted build loses nothing.</summary>
public static class SiteWriter
{
    /// <returns>The pages that could not be rendered, or that the output could not be written at all (a full disk, no
    /// permission: KB037); then nothing is swapped in and the output stays as it was.</returns>
    public static IReadOnlyList<Diagnostic> Write(string outputDir, IReadOnlyList<OutputFile> files)
    {
        var output = Path.GetFullPath(outputDir.TrimEnd('/', '\\'));
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(parent);
            RemoveLeftovers(parent, name);
            foreach (var dir in files.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.Path))!).Distinct())
                Directory.CreateDirectory(dir);
            var failures = new System.Collections.Concurrent.ConcurrentBag<Diagnostic>();
            void WriteAll(IEnumerable<OutputFile> pass) => Parallel.ForEach(pass, file =>
            {
                var target = Path.Combine(staging, file.Path);
                if (file.CopyFrom is not null)
                {
                    File.Copy(file.CopyFrom, target);
                    return;
                }
                // The page buffer writes in large blocks, so the file stream itself does not need to buffer.
                using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
                try
                {
                    file.WriteTo(stream);
                }
                catch (Exception e) when (e is not (IOException or UnauthorizedAccessException or OutOfMemoryException))
                {
                    // Rendering happens here, while writing: a fault in one page names that page (docs/diagnostics.md).
                    failures.Add(Faults.InFile(file.Origin ?? file.Path, "the page could not be rendered", e));
                }
            });
            // Deferred files are made from what rendering the pages gathered, so they go second.
            WriteAll(files.Where(f => !f.IsDeferred));
            WriteAll(files.Where(f => f.IsDeferred));
            if (!failures.IsEmpty)
            {
                RemoveStaging(staging);
                return DiagnosticList.Sorted(failures);
            }
        }
        catch (Exception e) when (FileSystem(e) is { } cause)
        {
            // A full disk or a folder kb may not write to is no bug in kb: one line that says what, and that nothing changed.
            Faults.Record(e);
            RemoveStaging(staging);
            return [Diagnostic.Error(output, 1, 1, DiagnosticCodes.OutputNotWritten,
                $"the site could not be written ({cause.Message.Split('\n', 2)[0].Trim()}); the previous output is unchanged")];
        }
        catch
        {
            RemoveStaging(staging);
            throw;
        }
        // Only now is the output touched: everything up to here was written beside it.
        Swap(staging, output, parent, name);
        return [];
    }

    /// <summary>The file system's own error behind a failed write (pages are written in parallel, so it may come
    /// wrapped), or null for any other fault.</summary>
    static Exception? FileSystem(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException all => all.Flatten().InnerExceptions.All(i => i is IOException or UnauthorizedAccessException) ? all.Flatten().InnerExceptions[0] : null,
        _ => null,
    };

    static void RemoveStaging(string staging)
    {
        try
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build to clear (RemoveLeftovers); the previous output is untouched either way.
        }
    }

    /// <summary>For the preview: writes in place only the files whose bytes are not the ones written last time (see
    /// <see cref="WrittenFiles"/>), and removes the ones that are gone. Fast, not atomic; `build` always uses
    /// <see cref="Write"/>.</summary>
    /// <returns>The pages that could not be rendered, and what the output holds now (a failed page keeps its old file).</returns>
    public static (IReadOnlyList<Diagnostic> Failures, WrittenFiles Written) Update(string outputDir, IReadOnlyList<OutputFile> files, WrittenFiles previous)
    {
        // Deferred files last, as in Write: they are made from what rendering the pages gathered. Within each pass the
        // files are made, hashed and written in parallel (each touches only its own path): a rebuild makes the
        // changed pages and a language's index files anew, and hashing them one by one was most of its write stage.
        var pages = files.Where(f => !f.IsDeferred).ToArray();
        var deferred = files.Where(f => f.IsDeferred).ToArray();
        var results = new (WrittenFiles.Entry? Entry, Diagnostic? Failure)[pages.Length + deferred.Length];
        InParallel(pages.Length, i => results[i] = UpdateOne(outputDir, pages[i], previous));
        InParallel(deferred.Length, i => results[pages.Length + i] = UpdateOne(outputDir, deferred[i], previous));

        var failures = new List<Diagnostic>();
        var now = new Dictionary<string, WrittenFiles.Entry>(StringComparer.Ordinal);
        foreach (var (file, (entry, failure)) in pages.Concat(deferred).Zip(results))
        {
            if (failure is not null) failures.Add(failure);
            if (entry is { } written) now[file.Path] = written;
        }
        foreach (var gone in previous.Entries.Keys.Where(p => !now.ContainsKey(p)))
            File.Delete(Path.Combine(outputDir, gone));
        return (failures, new WrittenFiles(now));
    }

    /// <summary>Parallel.For, with a file system's error thrown as itself: `serve` catches it to write the whole preview
    /// again (a source gone while git switches branches), and would not know it wrapped.</summary>
    static void InParallel(int count, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, body);
        }
        catch (AggregateException e) when (FileSystem(e) is { } cause)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
        }
    }

    /// <summary>One file of <see cref="Update"/>: written unless the output holds its bytes already. Returns what the
    /// output holds at its path now (none: a new page that failed), and the failure if it could not be rendered.</summary>
    static (WrittenFiles.Entry? Entry, Diagnostic? Failure) UpdateOne(string outputDir, OutputFile file, WrittenFiles previous)
    {
        var target = Path.Combine(outputDir, file.Path);
        var known = previous.Entries.TryGetValue(file.Path, out var old);
        // The very same file (a page the cache did not render again) was written last time.
        if (known && ReferenceEquals(old.File, file)) return (old, null);
        // A deferred file made from the same thing as last time (a language's search index that no page changed).
        var version = file.Version();
        if (known && version is not null && old.Hash is not null && Equals(old.Version, version)) return (old, null);
        if (file.CopyFrom is not null)
        {
            if (!(known && old.File.CopyFrom == file.CopyFrom && IsCopyOf(target, file.CopyFrom)))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file.CopyFrom, target, overwrite: true);
            }
            return (new(file, null), null);
        }
        try
        {
            var content = file.Content!;
            var hash = WrittenFiles.HashOf(content);
            // Equal bytes are not written again: rewriting a file in place costs milliseconds on ext4 (it flushes a
            // file truncated and rewritten when it is closed), and a rebuild has a thousand files.
            var same = known && (old.Hash is not null ? old.Hash.AsSpan().SequenceEqual(hash) : old.File.CopyFrom is null && IsSame(target, content));
            if (!same)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, content);
            }
            return (new(file, hash, version), null);
        }
        catch (Exception e) when (e is not (IOException or UnauthorizedAccessException or OutOfMemoryException))
        {
            return (known ? old : null, Faults.InFile(file.Origin ?? file.Path, "the page could not be rendered", e));
        }
    }

    /// <summary>Whether the output still holds the source as it is now: the same path is not the same file when an
    /// editor has saved a new image or stylesheet since it was copied.</summary>
    static bool IsCopyOf(string target, string source)
    {
        var (copy, original) = (new FileInfo(target), new FileInfo(source));
        return copy.Exists && original.Exists && copy.Length == original.Length && copy.LastWriteTimeUtc >= original.LastWriteTimeUtc;
    }

    static bool IsSame(string target, byte[] content)
    {
        var info = new FileInfo(target);
        return info.Exists && info.Length == content.Length && File.ReadAllBytes(target).AsSpan().SequenceEqual(content);
    }

    static void Swap(string staging, string output, string parent, string name)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        var old = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        Directory.Move(output, old);
        Directory.Move(staging, output);
        Directory.Delete(old, recursive: true);
    }

    /// <summary>A build killed mid-way leaves its staging folder behind; the next one clears it.</summary>
    static void RemoveLeftovers(string parent, string name)
    {
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.staging-*")
                     .Concat(Directory.EnumerateDirectories(parent, $".{name}.old-*")))
            Directory.Delete(dir, recursive: true);
    }
}
