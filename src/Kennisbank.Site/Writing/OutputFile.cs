using System.Text;

namespace Kennisbank.Site.Writing;

/// <summary>One file of the built site: content made by the build, or a file copied as it is.
/// Page content is produced on demand: the writer renders each page just before writing it and drops it right after,
/// so a 20,000-page build never holds the whole site in memory.</summary>
public sealed class OutputFile
{
    readonly byte[]? bytes;
    readonly Func<byte[]>? produce;

    OutputFile(string path, byte[]? bytes, Func<byte[]>? produce, string? copyFrom) =>
        (Path, this.bytes, this.produce, CopyFrom) = (path, bytes, produce, copyFrom);

    public string Path { get; }
    public string? CopyFrom { get; }

    /// <summary>The bytes to write (null for a copied file). A lazy file renders again on every call.</summary>
    public byte[]? Content => bytes ?? produce?.Invoke();

    public static OutputFile Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text), null, null);
    public static OutputFile Lazy(string path, Func<string> text) => new(path, null, () => Encoding.UTF8.GetBytes(text()), null);
    public static OutputFile Copy(string path, string source) => new(path, null, null, source);

    /// <summary>The same file with its content made once and kept (for the preview's cache).</summary>
    public OutputFile Materialized() => produce is null ? this : new(Path, produce(), null, null);

    public override string ToString() => Path;
}
