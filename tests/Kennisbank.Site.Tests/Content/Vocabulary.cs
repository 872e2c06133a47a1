using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisbank.Site.Tests.Content;

/// <summary>What a faithful translation must keep from its original: the heading outline, the numbers (dates
/// included), and the names. A name is a word written with a capital inside a sentence in both the Dutch and the
/// English page (so a name the English translation kept as a name), or an acronym.</summary>
public static partial class Vocabulary
{
    [GeneratedRegex(@"(?<=\d)[.\u00A0\u202F ](?=\d{3}\b)")]
    private static partial Regex ThousandsSeparator();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<=[.!?:;])\s+")]
    private static partial Regex SentenceBreak();

    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseCustomContainers().Build();

    public static MarkdownDocument Parse(string file)
    {
        var text = File.ReadAllText(file);
        var body = text.StartsWith("---", StringComparison.Ordinal) ? text[(text.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..] : text;
        return Markdown.Parse(body, Pipeline);
    }

    public static IReadOnlyList<int> Outline(MarkdownDocument document) => [.. document.Descendants<HeadingBlock>().Select(h => h.Level)];

    /// <summary>The text of each paragraph, heading and table cell, without link targets or code.</summary>
    public static IEnumerable<string> Blocks(MarkdownDocument document) =>
        document.Descendants<LeafBlock>().Where(b => b.Inline is not null).Select(b => Text(b.Inline!));

    /// <summary>The words of a block: literals, with a space for each line break (a soft break joins two lines).</summary>
    static string Text(ContainerInline inline) => string.Concat(inline.Descendants().Select(i => i switch
    {
        LiteralInline literal => literal.Content.ToString(),
        LineBreakInline => " ",
        _ => "",
    }));

    /// <summary>Every number, with thousands separators of any language removed ("35.000", "35 000" → 35000).</summary>
    public static IReadOnlySet<string> Numbers(MarkdownDocument document) =>
        Blocks(document).SelectMany(b => Number().Matches(ThousandsSeparator().Replace(b, "")).Select(m => m.Value)).ToHashSet();

    /// <summary>Every word, and the parts of words joined by an apostrophe or a hyphen ("l'ANCB" has "ANCB",
    /// "COVID-19-pandemie" has "COVID-19"), so elision and compounds do not hide a name.</summary>
    public static IReadOnlySet<string> Words(MarkdownDocument document)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Blocks(document).SelectMany(b => Word().Matches(b).Select(m => m.Value)))
        {
            words.Add(word);
            var parts = word.Split(['\'', '’', '-']);
            words.UnionWith(parts);
            for (var i = 0; i < parts.Length; i++)
                for (var j = i + 2; j <= parts.Length; j++) words.Add(string.Join('-', parts[i..j]));
        }
        return words;
    }

    /// <summary>Words with a capital that do not start a sentence, and acronyms anywhere.</summary>
    public static IReadOnlySet<string> Capitalized(MarkdownDocument document)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in Blocks(document).SelectMany(b => SentenceBreak().Split(b)))
        {
            var words = Word().Matches(sentence).Select(m => m.Value).ToList();
            for (var i = 0; i < words.Count; i++)
                if (IsAcronym(words[i]) || (i > 0 && char.IsUpper(words[i][0]))) names.Add(words[i]);
        }
        return names;
    }

    public static bool IsAcronym(string word) => word.Length >= 2 && word.Count(char.IsUpper) >= 2 && word.Where(char.IsLetter).All(char.IsUpper);
}
