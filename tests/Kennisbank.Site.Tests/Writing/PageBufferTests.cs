using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Tests.Writing;

public class PageBufferTests
{
    static byte[] Written(Action<TextWriter> produce)
    {
        var stream = new MemoryStream();
        PageBuffer.Write(produce, stream);
        return stream.ToArray();
    }

    /// <summary>What the buffer must write: the whole text as one UTF-8 encoding, a lone surrogate replaced.</summary>
    static byte[] Expected(IEnumerable<string> pieces) => new UTF8Encoding(false).GetBytes(string.Concat(pieces));

    [Fact]
    public void A_kept_string_is_spliced_in_as_its_bytes()
    {
        var block = PreEncoded.Keep("<li><a href=\"/nl/gids/\">Gids – één</a></li>" + new string('x', PreEncoded.MinLength));
        Assert.NotNull(PreEncoded.Of(block));
        var pieces = new[] { "<ul>", block, block, "é\uD83D", block, "</ul>\uD83D\uDE00" };
        Assert.Equal(Expected(pieces), Written(w => { foreach (var p in pieces) w.Write(p); }));
    }

    [Fact]
    public void A_string_that_is_not_well_formed_is_not_kept()
    {
        var loose = "\uDE00" + new string('x', PreEncoded.MinLength);
        Assert.Null(PreEncoded.Of(PreEncoded.Keep(loose)));
        Assert.Null(PreEncoded.Of(PreEncoded.Keep("short")));
        // Equal text is not the same string: only the kept one is spliced.
        Assert.Null(PreEncoded.Of(new string('x', PreEncoded.MinLength)));
    }

    [Fact]
    public void Spliced_pages_are_the_text_encoded_whole()
    {
        // Kept blocks of many sizes (one larger than the buffer's 64 KB) between text of every kind: ASCII, accents,
        // pairs, lone surrogates right before a block, long runs that fill the buffer.
        var blocks = new[] { 1, 3, 40, 70 }.Select(k => PreEncoded.Keep(string.Concat(Enumerable.Repeat("<li>één 😀</li>", k * 100)))).ToArray();
        var text = Gen.Elements("a", "é", "\uD83D", "\uDE00", "😀", "<p>", new string('y', 9_000), "");
        var piece = Gen.OneOf(text, Gen.Elements(blocks));
        var pages = Gen.Choose(0, 30).SelectMany(n => piece.ArrayOf(n));
        Prop.ForAll(pages.ToArbitrary(), pieces =>
            Written(w => { foreach (var p in pieces) w.Write(p); }).AsSpan().SequenceEqual(Expected(pieces)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
