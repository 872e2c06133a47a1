namespace Kennisbank.Site.Features.Search;

/// <summary>A word of a text: where it is (for the excerpt's &lt;mark&gt;) and its folded form.</summary>
public readonly record struct Word(int Start, int End, string Text);

/// <summary>What receives the words of a text from <see cref="Tokenizer.Scan{TSink}"/>: each word's place and its
/// folded form, in a buffer that is only valid during the call (so a caller that has seen the word makes no string).</summary>
public interface IWordSink
{
    void Word(int start, int end, ReadOnlySpan<char> folded);
}

/// <summary>Splits text into folded words, the same way as the browser's script (search.js, <c>words</c>):
/// <list type="bullet">
/// <item>a word is a run of letters and digits (see <see cref="Folding"/>); hyphens and dashes separate, so
/// "SDG-partnerschap" is found by "sdg" and by "partnerschap", and "Edegem–San Jerónimo" is three words;</item>
/// <item>an apostrophe between letters: a final "'s" is dropped ("SDG's" is "sdg", "auto's" is "auto"); after one or
/// two letters it separates (French elision: "l'économie" is "economie"); otherwise it joins ("Nimlaha'kok" is
/// "nimlahakok", so the name is found with or without it);</item>
/// <item>single letters are no words (digits are: "SDG 5"), nor is a run longer than <see cref="MaxLength"/>.</item>
/// </list></summary>
public static class Tokenizer
{
    public const int MaxLength = 40;

    // One buffer per thread: every page's text passes through here in the render stage's parallel pass.
    [ThreadStatic] static char[]? buffer;

    /// <summary>The words of a text, each as a string (queries, excerpts, tests).</summary>
    public static List<Word> Words(string text)
    {
        var sink = new ListSink([]);
        Scan(text, ref sink);
        return sink.Words;
    }

    /// <summary>The words of a text, in order, to a sink, without a string per word (indexing reads every page).</summary>
    public static void Scan<TSink>(string text, ref TSink sink) where TSink : struct, IWordSink
    {
        var current = buffer ??= new char[64];
        var length = 0;
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var kind = Folding.Kind(c);
            if (kind == CharKind.Letter)
            {
                if (start < 0) start = i;
                if (c is >= 'a' and <= 'z')
                {
                    // A run of lower-case ASCII letters, most of any text, is its own folded form: copied in one go. Past
                    // MaxLength the word is dropped anyway: counted, not stored (a 1 MB run of letters stays cheap).
                    var end = i + 1;
                    while (end < text.Length && text[end] is >= 'a' and <= 'z') end++;
                    var stored = Math.Clamp(MaxLength + 1 - length, 0, end - i);
                    if (length + stored > current.Length) Array.Resize(ref current, Math.Max(current.Length * 2, length + stored));
                    text.AsSpan(i, stored).CopyTo(current.AsSpan(length));
                    length += end - i;
                    i = end;
                    continue;
                }
                // Past MaxLength the word is dropped anyway: count, don't store.
                if (length > MaxLength) length++;
                else length = Folding.AppendFolded(ref current, length, c);
                i++;
                continue;
            }
            if (kind == CharKind.Mark)
            {
                i++;
                continue;
            }
            if (kind == CharKind.Apostrophe && start >= 0 && i + 1 < text.Length && Folding.Kind(text[i + 1]) == CharKind.Letter)
            {
                if (Folding.FoldsToS(text[i + 1]) && (i + 2 == text.Length || Folding.Kind(text[i + 2]) is CharKind.Separator or CharKind.Apostrophe))
                {
                    Emit(ref sink, current, length, start, i);
                    (start, length) = (-1, 0);
                    i += 2;
                    continue;
                }
                if (length > 2)
                {
                    i++;
                    continue;
                }
            }
            if (start >= 0) Emit(ref sink, current, length, start, i);
            (start, length) = (-1, 0);
            i++;
        }
        if (start >= 0) Emit(ref sink, current, length, start, text.Length);
        buffer = current;
    }

    /// <summary>Whether the text ends inside a word, so its last word may still be being typed (a prefix).</summary>
    public static bool EndsInWord(string text) =>
        text.Length > 0 && Folding.Kind(text[^1]) is CharKind.Letter or CharKind.Mark;

    static void Emit<TSink>(ref TSink sink, char[] buffer, int length, int start, int end) where TSink : struct, IWordSink
    {
        if (length > MaxLength || (length == 1 && !char.IsAsciiDigit(buffer[0]))) return;
        sink.Word(start, end, buffer.AsSpan(0, length));
    }

    readonly struct ListSink(List<Word> words) : IWordSink
    {
        public List<Word> Words => words;
        public void Word(int start, int end, ReadOnlySpan<char> folded) => words.Add(new Word(start, end, folded.ToString()));
    }
}
