using System.Text;

namespace Kennisbank.Site.Writing;

/// <summary>One file of the built site: content made by the build, or a file copied as it is.
/// Page content is produced on demand: the writer renders each page just before writing it (into a buffer reused
/// for every page, see <see cref="PageBuffer"/>), so a 20,000-page build never holds the whole site in memory.</summary>
public sealed class OutputFile
{
    readonly byte[]? bytes;
    readonly Action<TextWriter>? produce;
    readonly Lazy<byte[]>? memo;

    readonly Func<byte[]>? make;
    readonly Func<object>? version;

    OutputFile(string path, byte[]? bytes, Action<TextWriter>? produce, string? copyFrom, string? origin, Lazy<byte[]>? memo = null, Func<byte[]>? make = null, Func<object>? version = null) =>
        (Path, this.bytes, this.produce, CopyFrom, Origin, this.memo, this.make, this.version) = (path, bytes, produce, copyFrom, origin, memo, make, version);

    public string Path { get; }
    public string? CopyFrom { get; }

    /// <summary>Where the file comes from, as diagnostics name it (input/x.nl.md, theme/assets/…), when it has one source.</summary>
    public string? Origin { get; }

    /// <summary>Made from what the pages' rendering left behind (see <see cref="Deferred"/>): written after every other file.</summary>
    public bool IsDeferred => make is not null;

    /// <summary>The bytes to write (null for a copied file). A lazy file renders again on every call.</summary>
    public byte[]? Content
    {
        get
        {
            if (memo is not null) return memo.Value;
            if (make is not null) return make();
            if (bytes is not null || produce is null) return bytes;
            var stream = new MemoryStream();
            WriteTo(stream);
            return stream.ToArray();
        }
    }

    /// <summary>Writes the content (not for a copied file) as UTF-8 without a byte order mark.</summary>
    public void WriteTo(Stream stream)
    {
        if (memo is not null)
        {
            stream.Write(memo.Value);
            return;
        }
        if (bytes is not null)
        {
            stream.Write(bytes);
            return;
        }
        if (make is not null)
        {
            stream.Write(make());
            return;
        }
        PageBuffer.Write(produce!, stream);
    }

    public static OutputFile Text(string path, string text, string? origin = null) => new(path, Encoding.UTF8.GetBytes(text), null, null, origin);
    public static OutputFile Lazy(string path, Action<TextWriter> write, string? origin = null) => new(path, null, write, null, origin);
    public static OutputFile Copy(string path, string source, string? origin = null) => new(path, null, null, source, origin ?? source);

    /// <summary>A file made from what the pages' rendering gathered (the search index from each page's text): the
    /// writers write it after all other files, so the pages have been rendered by then. Its path is known before; its
    /// content must still be right when it is made first (a test reading files in any order), only slower.</summary>
    /// <param name="version">What the bytes are made from, when that is cheaper to have than the bytes: two deferred
    /// files of one path whose versions are equal (<see cref="object.Equals(object, object)"/>) have the same bytes.
    /// The preview then neither makes nor compares them again (<see cref="SiteWriter.Update"/>).</param>
    public static OutputFile Deferred(string path, Func<byte[]> make, string? origin = null, Func<object>? version = null) =>
        new(path, null, null, null, origin, make: make, version: version);

    /// <summary>A deferred file's version (see <see cref="Deferred"/>), null when it has none.</summary>
    public object? Version() => version?.Invoke();

    /// <summary>The same file with its content made once and kept (for the preview's cache).</summary>
    public OutputFile Materialized() => produce is null && make is null ? this : new(Path, Content, null, null, Origin);

    /// <summary>The same file, made when first written and then kept: the preview's cache reuses it across rebuilds,
    /// and a fault while making it still surfaces where files are written, naming the page.</summary>
    public OutputFile Memoized()
    {
        if (produce is null) return this;
        var render = produce;
        return new(Path, null, null, null, Origin, new Lazy<byte[]>(() =>
        {
            var stream = new MemoryStream();
            PageBuffer.Write(render, stream);
            return stream.ToArray();
        }));
    }

    public override string ToString() => Path;
}
