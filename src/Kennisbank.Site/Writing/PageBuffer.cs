using System.Text;

namespace Kennisbank.Site.Writing;

/// <summary>Where a page is rendered before it goes to its file: one per thread, reused for every page, so rendering
/// 20,000 pages does not allocate 20,000 sets of writer buffers (a StreamWriter per file was 80 KB a page of garbage).
/// The text is encoded to UTF-8 (no byte order mark) and written in large blocks. A <see cref="PreEncoded"/> string
/// written whole is not copied into the text: its bytes are spliced in where it stood.</summary>
sealed class PageBuffer
{
    [ThreadStatic] static PageBuffer? current;

    readonly SplicingWriter text = new();
    readonly Encoder encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    readonly byte[] bytes = new byte[64 * 1024];
    int filled;
    bool inUse;

    public static void Write(Action<TextWriter> produce, Stream stream)
    {
        var buffer = current is { inUse: false } ? current : current = new PageBuffer();
        buffer.inUse = true;
        try
        {
            buffer.text.Clear();
            produce(buffer.text);
            buffer.Encode(stream);
        }
        finally
        {
            buffer.inUse = false;
        }
    }

    /// <summary>The text and the spliced bytes, in order. Before each splice the encoder is flushed: a spliced string
    /// is well-formed and so starts with no low surrogate, so a high surrogate left before it is as lone as it would
    /// have been with the string encoded as text, and is replaced the same way.</summary>
    void Encode(Stream stream)
    {
        encoder.Reset();
        filled = 0;
        var splices = text.Splices;
        int next = 0, at = 0;
        foreach (var chunk in text.GetStringBuilder().GetChunks())
        {
            var chars = chunk.Span;
            for (; next < splices.Count && splices[next].At <= at + chars.Length; next++)
            {
                var cut = splices[next].At - at;
                Convert(chars[..cut], stream, flush: true);
                Put(splices[next].Bytes, stream);
                chars = chars[cut..];
                at += cut;
            }
            Convert(chars, stream, flush: false);
            at += chars.Length;
        }
        for (; next < splices.Count; next++)
        {
            Convert([], stream, flush: true);
            Put(splices[next].Bytes, stream);
        }
        Convert([], stream, flush: true);
        Drain(stream);
    }

    void Convert(ReadOnlySpan<char> chars, Stream stream, bool flush)
    {
        bool completed;
        do
        {
            // The encoder refuses an output too small for the next character's bytes.
            if (bytes.Length - filled < 64) Drain(stream);
            encoder.Convert(chars, bytes.AsSpan(filled), flush, out var used, out var written, out completed);
            filled += written;
            chars = chars[used..];
        } while (!completed);
    }

    void Put(byte[] data, Stream stream)
    {
        if (data.Length > bytes.Length - filled) Drain(stream);
        if (data.Length > bytes.Length)
        {
            stream.Write(data);
            return;
        }
        data.CopyTo(bytes.AsSpan(filled));
        filled += data.Length;
    }

    void Drain(Stream stream)
    {
        stream.Write(bytes, 0, filled);
        filled = 0;
    }

    /// <summary>A string writer that leaves out a <see cref="PreEncoded"/> string written whole and notes where it
    /// stood. Only <see cref="PageBuffer"/> reads it, and puts the bytes back.</summary>
    sealed class SplicingWriter() : StringWriter(new StringBuilder(32 * 1024))
    {
        public readonly List<(int At, byte[] Bytes)> Splices = [];

        public void Clear()
        {
            GetStringBuilder().Clear();
            Splices.Clear();
        }

        public override void Write(string? value)
        {
            if (value is not null && PreEncoded.Of(value) is { } utf8) Splices.Add((GetStringBuilder().Length, utf8));
            else base.Write(value);
        }
    }
}
