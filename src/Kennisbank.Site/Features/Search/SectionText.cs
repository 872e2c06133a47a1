using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kennisbank.Site.Features.Search;

/// <summary>A result's text by section as its fragment file says it: the UTF-8 JSON <c>[[anchor, heading, text], …]</c>,
/// made once in the render stage's parallel pass. A page's text is kept from its render until the index is written;
/// as UTF-8 it takes half the memory of the strings and is not encoded again (docs/performance.md, issue 11). Equal by
/// its bytes, so the preview's <see cref="IndexCache"/> compares it by value.</summary>
public sealed class SectionText : IEquatable<SectionText>
{
    internal static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    readonly byte[] json;

    SectionText(byte[] json) => this.json = json;

    public ReadOnlySpan<byte> Json => json;

    // Per thread, reused for every page: only the finished bytes are new (a growing buffer per page was 40 KB).
    [ThreadStatic] static (System.Buffers.ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? writer;

    public static SectionText Of(IEnumerable<TextSection> sections)
    {
        var (buffer, w) = writer ??= New();
        buffer.ResetWrittenCount();
        w.Reset(buffer);
        w.WriteStartArray();
        foreach (var s in sections)
        {
            w.WriteStartArray();
            w.WriteStringValue(s.Anchor);
            w.WriteStringValue(s.Heading);
            w.WriteStringValue(s.Text);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.Flush();
        return new SectionText(buffer.WrittenSpan.ToArray());
    }

    static (System.Buffers.ArrayBufferWriter<byte>, Utf8JsonWriter) New()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        return (buffer, new Utf8JsonWriter(buffer, Options));
    }

    /// <summary>The sections read back (for the tests and anything else that wants them as text; the index does not).</summary>
    public ImmutableArray<TextSection> Sections()
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(s => new TextSection(s[0].GetString()!, s[1].GetString()!, s[2].GetString()!))];
    }

    public bool Equals(SectionText? other) => other is not null && (ReferenceEquals(this, other) || json.AsSpan().SequenceEqual(other.json));

    public override bool Equals(object? obj) => Equals(obj as SectionText);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(json);
        return hash.ToHashCode();
    }
}
