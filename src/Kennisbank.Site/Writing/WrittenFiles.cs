using System.Security.Cryptography;

namespace Kennisbank.Site.Writing;

/// <summary>What the preview's output folder holds, as its last write left it: per path the file written and, once
/// the preview has made its bytes, their hash. The next rebuild compares its files with this instead of reading
/// the disk (<see cref="SiteWriter.Update"/>), and writes only the files whose bytes changed. Kept by `serve`'s
/// session; a value: each update returns a new one.</summary>
public sealed class WrittenFiles
{
    /// <summary>One path's file. <paramref name="Hash"/> is null when the bytes were never made here (a copied file, or
    /// one written by a full <see cref="SiteWriter.Write"/>: then the disk has them). <paramref name="Version"/> is the
    /// deferred file's version when it has one (<see cref="OutputFile.Deferred"/>).</summary>
    internal readonly record struct Entry(OutputFile File, byte[]? Hash, object? Version = null);

    internal IReadOnlyDictionary<string, Entry> Entries { get; }

    internal WrittenFiles(IReadOnlyDictionary<string, Entry> entries) => Entries = entries;

    /// <summary>After a full write: the files are on disk, their bytes not known here.</summary>
    public static WrittenFiles Of(IReadOnlyList<OutputFile> files) =>
        new(files.ToDictionary(f => f.Path, f => new Entry(f, null), StringComparer.Ordinal));

    /// <summary>SHA-256: two different contents never pass for one (a skipped write would leave a stale file).</summary>
    internal static byte[] HashOf(byte[] content) => SHA256.HashData(content);
}
