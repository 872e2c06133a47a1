using System.Text;

namespace Kennisbank.Site.Features.Search;

/// <summary>A word of a text: where it is (for the excerpt's &lt;mark&gt;) and its folded form.</summary>
public readonly record struct Word(int Start, int End, string Text);

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

    // One builder per thread: every page's text passes through here in the render stage's parallel pass.
    [ThreadStatic] static StringBuilder? builder;

    public static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var current = builder ??= new StringBuilder();
        current.Clear();
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            var kind = Folding.Kind(text[i]);
            if (kind == CharKind.Letter)
            {
                if (start < 0) start = i;
                Folding.AppendFolded(current, text[i]);
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
                    Emit(words, current, start, i);
                    start = -1;
                    i += 2;
                    continue;
                }
                if (current.Length > 2)
                {
                    i++;
                    continue;
                }
            }
            if (start >= 0) Emit(words, current, start, i);
            start = -1;
            i++;
        }
        if (start >= 0) Emit(words, current, start, text.Length);
        return words;
    }

    /// <summary>Whether the text ends inside a word, so its last word may still be being typed (a prefix).</summary>
    public static bool EndsInWord(string text) =>
        text.Length > 0 && Folding.Kind(text[^1]) is CharKind.Letter or CharKind.Mark;

    static void Emit(List<Word> words, StringBuilder current, int start, int end)
    {
        var text = current.ToString();
        current.Clear();
        if (text.Length > MaxLength || (text.Length == 1 && !char.IsAsciiDigit(text[0]))) return;
        words.Add(new Word(start, end, text));
    }
}
