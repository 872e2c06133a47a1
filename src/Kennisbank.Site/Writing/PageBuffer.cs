using System.Text;

namespace Kennisbank.Site.Writing;

/// <summary>Where a page is rendered before it goes to its file: one per thread, reused for every page, so rendering
/// 20,000 pages does not allocate 20,000 sets of writer buffers (a StreamWriter per file was 80 KB a page of garbage).
/// The text is encoded to UTF-8 (no byte order mark) and written in large blocks.</summary>
sealed class PageBuffer
{
    [ThreadStatic] static PageBuffer? current;

    readonly StringWriter text = new(new StringBuilder(32 * 1024));
    readonly Encoder encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    readonly byte[] bytes = new byte[64 * 1024];
    bool inUse;

    public static void Write(Action<TextWriter> produce, Stream stream)
    {
        var buffer = current is { inUse: false } ? current : current = new PageBuffer();
        buffer.inUse = true;
        try
        {
            buffer.text.GetStringBuilder().Clear();
            produce(buffer.text);
            buffer.Encode(stream);
        }
        finally
        {
            buffer.inUse = false;
        }
    }

    void Encode(Stream stream)
    {
        encoder.Reset();
        foreach (var chunk in text.GetStringBuilder().GetChunks())
            Convert(chunk.Span, stream, flush: false);
        Convert([], stream, flush: true);
    }

    void Convert(ReadOnlySpan<char> chars, Stream stream, bool flush)
    {
        bool completed;
        do
        {
            encoder.Convert(chars, bytes, flush, out var used, out var written, out completed);
            stream.Write(bytes, 0, written);
            chars = chars[used..];
        } while (!completed);
    }
}
