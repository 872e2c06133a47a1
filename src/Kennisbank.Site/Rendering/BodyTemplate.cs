using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Kennisbank.Site.Rendering;

/// <summary>A page's body as HTML, rendered once in the parse stage from the tree its checks have read, with holes
/// where the HTML depends on what later stages decide: a link's URL (the link stage resolves it) and a callout's label
/// (in the language the page is shown in, which for a fallback is not its own). Rendering a page fills the holes
/// instead of parsing its body a second time: that second parse was about 15 % of a 10,000-pair build's samples
/// (issue 16, docs/performance.md). The HTML is kept as UTF-8, half the memory of a string until the page is written.</summary>
public sealed class BodyTemplate
{
    public enum HoleKind : byte { Url, CalloutLabel }

    /// <param name="At">Where the hole is in the HTML, in bytes.</param>
    /// <param name="Value">The URL as written, or the callout's kind.</param>
    public readonly record struct Hole(int At, HoleKind Kind, string Value);

    readonly byte[] html;

    BodyTemplate(byte[] html, ImmutableArray<Hole> holes) => (this.html, Holes) = (html, holes);

    public ImmutableArray<Hole> Holes { get; }

    /// <summary>The template of a parsed body; null when its HTML is not valid UTF-16 (then the page is parsed again
    /// when it is rendered, so nothing is lost in the round trip).</summary>
    public static BodyTemplate? Make(MarkdownDocument document)
    {
        var writer = ContentRenderer.Borrow();
        try
        {
            var text = writer.GetStringBuilder();
            var holes = new List<(int At, HoleKind Kind, string Value)>();
            var renderer = ContentRenderer.NewRenderer(writer,
                url => { holes.Add((text.Length, HoleKind.Url, url)); return ""; },
                (_, kind) => holes.Add((text.Length, HoleKind.CalloutLabel, kind)));
            renderer.Render(document);
            writer.Flush();
            return Encode(text, holes);
        }
        finally
        {
            ContentRenderer.Return(writer);
        }
    }

    /// <summary>The HTML with its holes filled: a URL as the renderer writes every URL (rewritten, then escaped), a
    /// label in the given language.</summary>
    public void WriteTo(HtmlRenderer renderer, UiStrings strings)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, html.Length));
        try
        {
            var from = 0;
            foreach (var hole in Holes)
            {
                Copy(renderer, from, hole.At, chars);
                if (hole.Kind == HoleKind.Url) renderer.WriteEscapeUrl(hole.Value);
                else CalloutRenderer.WriteLabel(renderer, strings, hole.Value);
                from = hole.At;
            }
            Copy(renderer, from, html.Length, chars);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    void Copy(HtmlRenderer renderer, int from, int to, char[] chars)
    {
        var count = Encoding.UTF8.GetChars(html.AsSpan(from, to - from), chars);
        renderer.Write(chars.AsSpan(0, count));
    }

    static BodyTemplate? Encode(StringBuilder text, List<(int At, HoleKind Kind, string Value)> holes)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, text.Length * 3));
        try
        {
            text.CopyTo(0, chars, text.Length);
            var filled = ImmutableArray.CreateBuilder<Hole>(holes.Count);
            int charAt = 0, byteAt = 0;
            foreach (var (at, kind, value) in holes)
            {
                if (!Append(chars.AsSpan(charAt, at - charAt), bytes, ref byteAt)) return null;
                charAt = at;
                filled.Add(new Hole(byteAt, kind, value));
            }
            if (!Append(chars.AsSpan(charAt, text.Length - charAt), bytes, ref byteAt)) return null;
            return new BodyTemplate(bytes.AsSpan(0, byteAt).ToArray(), filled.MoveToImmutable());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Strict: a lone surrogate is not replaced but refused, so a template always decodes to what was rendered.</summary>
    static bool Append(ReadOnlySpan<char> chars, byte[] bytes, ref int byteAt)
    {
        if (Utf8.FromUtf16(chars, bytes.AsSpan(byteAt), out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done) return false;
        byteAt += written;
        return true;
    }
}
