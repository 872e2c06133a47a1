using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace Kennisbank.Site.Writing;

/// <summary>Strings that many pages write whole, kept beside their UTF-8 bytes: a <see cref="PageBuffer"/> given
/// one of these very strings (by reference, not by value) copies its bytes into the file instead of copying its
/// characters into the page's text and encoding them again. A section's list of pages is most of each page's HTML at
/// scale, the same blocks on every page of the section (Rendering/SectionNavigation, docs/performance.md).</summary>
public static class PreEncoded
{
    /// <summary>Shorter strings are not worth a lookup: a page writes hundreds of small ones.</summary>
    public const int MinLength = 1024;

    static readonly ConditionalWeakTable<string, byte[]> Bytes = new();

    /// <summary>The same string, its bytes kept while it lives. Only well-formed UTF-16 is kept: a lone surrogate at
    /// either end would pair with the text beside it when the page is encoded as one, so those are encoded as text.</summary>
    public static string Keep(string text)
    {
        if (text.Length < MinLength || Bytes.TryGetValue(text, out _)) return text;
        var utf8 = new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        if (Utf8.FromUtf16(text, utf8, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
            Bytes.AddOrUpdate(text, utf8.AsSpan(0, written).ToArray());
        return text;
    }

    /// <summary>The bytes kept for this very string, if any.</summary>
    public static byte[]? Of(string text) =>
        text.Length >= MinLength && Bytes.TryGetValue(text, out var utf8) ? utf8 : null;
}
