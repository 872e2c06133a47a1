using AngleSharp.Dom;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Parsing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kennisbank.Site.Safety;

/// <summary>Rule 5 of the safety contract (docs/diagnostics.md): deep nesting in Markdown or raw HTML is a
/// diagnostic, found before Markdig renders it or AngleSharp parses it, never an exception or a hang.</summary>
/// <remarks>
/// What the libraries do, measured (Markdig 1.6, AngleSharp 1.10.3; the same on a 256 KB thread stack as on 8 MB):
/// <list type="bullet">
/// <item>Markdig parses at most 128 nested blocks: 128 block quotes ('&gt;' × 128), 64 nested lists ('- ' × 64: a
/// list and its item are two levels), 43 of '&gt; - ', 128 callouts; beyond, it throws <see cref="ArgumentException"/>
/// ("Markdown elements in the input are too deeply nested"). Inline nesting is limited far later, at 10,240 ('[' or
/// links) or 5,120 (alternating emphasis), and emphasis alone ('*' × 500,000) not at all.</item>
/// <item>Markdig's renderer allows 128 levels in all (blocks and inlines together) and throws the same exception
/// beyond: 128 unclosed '[', 128 levels of emphasis ('*' × 255 around a word), or 64 block quotes holding 64 levels
/// of emphasis, which parse without complaint. The render runs when a page is written, after the checks.</item>
/// <item>Neither overflowed the stack in any of these, up to 500,000 levels: both count depth before recursing.</item>
/// <item>AngleSharp parses &lt;div&gt; × 100,000 without an exception, flattening the tree below 512 levels, but in
/// quadratic time (20,000: 3.6 s; 100,000: 115 s): its stack of open elements keeps growing, whatever
/// <c>HtmlParserOptions.MaximumDepth</c> is.</item>
/// </list>
/// So the limit is on the syntax tree's depth, below both of Markdig's, and is checked on the text first: a linear
/// scan gives an upper bound of the depth, and only a page whose bound is over the limit is parsed here to find
/// its true depth (real pages never are: their bound is a few levels). Raw HTML is counted before AngleSharp sees it.
/// </remarks>
public static class NestingGuard
{
    /// <summary>Levels of the Markdown syntax tree (a quote, a list, a list item, a callout, a link, an emphasis: one
    /// each), and of open HTML elements. Half of Markdig's 128, so that rendering never reaches Markdig's limit; real
    /// pages use fewer than ten.</summary>
    public const int MaximumDepth = 64;

    /// <summary>Start tags in one block of raw HTML that AngleSharp is given. Its time grows with tags × open
    /// elements, so this bounds a block's parse (1,024 nested: well under a second) whatever its shape.</summary>
    public const int MaximumHtmlTags = 1_024;

    /// <summary>Levels the scan adds for what it does not count: the leaf block, its inline root, a table's rows and
    /// cells, and a margin.</summary>
    const int Unseen = 6;

    /// <returns>A diagnostic when the Markdown body is nested more than <see cref="MaximumDepth"/> levels; otherwise
    /// null, and then Markdig can parse and render it.</returns>
    public static Diagnostic? Check(string markdownBody, string path)
    {
        var (bound, line) = UpperBound(markdownBody);
        if (bound <= MaximumDepth) return null;

        // Rare: the scan's bound is generous, so the page is parsed to find its true depth.
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdownBody, MarkdownPipelineFactory.Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit; it does not say where, the scan does.
            return TooDeep(path, line, 1);
        }
        return Deepest(document) is { } deep ? TooDeep(path, deep.Line + 1, deep.Column + 1) : null;
    }

    static Diagnostic TooDeep(string path, int line, int column) =>
        Diagnostic.Error(path, line, column, DiagnosticCodes.NestedTooDeeply,
            $"the Markdown is nested too deeply to render (at most {MaximumDepth} levels of quotes, lists, callouts, links and emphasis)");

    /// <summary>An upper bound of the syntax tree's depth, in one pass over the text, and the first line where it is
    /// reached. Sound by construction (a test checks it against Markdig on random nestings):
    /// <list type="bullet">
    /// <item>A line's container blocks (CommonMark "container blocks") are opened by the markers at its start, or are
    /// lists whose items it continues by indentation, and each list level needs at least two columns (a marker and a
    /// space). So markers ('&gt;': one level; a list marker: two, list and item) plus one level per column of leading
    /// whitespace (a tab as four) bound them. Callout fences (':::') are counted for the rest of the page.</item>
    /// <item>Inline content (links, emphasis) never spans a blank line (CommonMark: a blank line ends a paragraph), so
    /// within a run of non-blank lines every '[' and every '*', '_' or '::' that could open emphasis (not followed by a
    /// space, a tab or the end of the line) is counted, none subtracted.</item>
    /// </list></summary>
    internal static (int Bound, int Line) UpperBound(string text)
    {
        int best = 0, bestLine = 1, fences = 0, blockMax = 0, inline = 0, lineNumber = 0;
        var start = 0;
        while (start <= text.Length)
        {
            // CommonMark line endings: "\n", "\r\n" and a lone "\r".
            var end = text.AsSpan(start).IndexOfAny('\n', '\r');
            end = end < 0 ? text.Length : start + end;
            var line = text.AsSpan(start, end - start);
            lineNumber++;
            if (line.IsWhiteSpaceOrTabs())
            {
                blockMax = 0;
                inline = 0;
            }
            else
            {
                var containers = Containers(line, out var rest);
                if (rest.StartsWith(":::")) fences++;
                blockMax = Math.Max(blockMax, containers + fences);
                inline += InlineOpeners(rest);
                if (blockMax + inline + Unseen > best)
                {
                    best = blockMax + inline + Unseen;
                    if (best > MaximumDepth && bestLine == 1) bestLine = lineNumber;
                }
            }
            if (end >= text.Length) break;
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        return (best, bestLine);
    }

    static bool IsWhiteSpaceOrTabs(this ReadOnlySpan<char> line) => line.IndexOfAnyExcept(' ', '\t') < 0;

    /// <summary>Levels opened by the container markers and indentation at the start of a line, and the line after them.</summary>
    static int Containers(ReadOnlySpan<char> line, out ReadOnlySpan<char> rest)
    {
        int levels = 0, i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ') { levels++; i++; }
            else if (c == '\t') { levels += 4; i++; }
            else if (c == '>') { levels++; i++; }
            else if (c is '-' or '+' or '*' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t')) { levels += 2; i++; }
            else if (char.IsAsciiDigit(c))
            {
                var j = i;
                while (j < line.Length && j - i < 10 && char.IsAsciiDigit(line[j])) j++;
                if (j < line.Length && line[j] is '.' or ')' && (j + 1 == line.Length || line[j + 1] is ' ' or '\t'))
                {
                    levels += 2;
                    i = j + 1;
                }
                else break;
            }
            else break;
        }
        rest = line[i..];
        return levels;
    }

    /// <summary>Characters that could open an inline container: '[' (a link or an image, or a bracket Markdig keeps
    /// open), and '*', '_' or a run of ':' (the callouts' inline containers, '::text::') followed by anything but
    /// a space, a tab or the end of the line. A superset of CommonMark's "left-flanking delimiter run".</summary>
    internal static int InlineOpeners(ReadOnlySpan<char> line)
    {
        var count = 0;
        // The next candidate is found by a vectorised search: every page's every line passes through here.
        for (var i = 0; line[i..].IndexOfAny(Openers) is var next and >= 0; )
        {
            i += next;
            var c = line[i];
            if (c == '[')
            {
                count++;
                i++;
                continue;
            }
            var run = i;
            while (run < line.Length && line[run] == c) run++;
            var opens = run == line.Length || line[run] is not (' ' or '\t');
            if (opens && (c != ':' || run - i >= 2)) count += run - i;
            i = run;
        }
        return count;
    }

    static readonly System.Buffers.SearchValues<char> Openers = System.Buffers.SearchValues.Create("[*_:");

    /// <summary>The first node of the tree deeper than the limit, walked with a stack of its own (the tree can be far
    /// deeper than the limit: Markdig nests emphasis without bound).</summary>
    static MarkdownObject? Deepest(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > MaximumDepth) return item.Node;
            switch (item.Node)
            {
                case ContainerBlock container:
                    foreach (var child in container) pending.Push((child, item.Depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, item.Depth + 1));
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling) pending.Push((child, item.Depth + 1));
                    break;
            }
        }
        return null;
    }

    /// <summary>Before AngleSharp parses a block of raw HTML: the block's start tags ('&lt;' and a letter, wherever they
    /// are, so an upper bound) must be few enough for its parse to be quick.</summary>
    public static Diagnostic? CheckHtml(string html, string path, int line, int column)
    {
        var tags = 0;
        for (var at = html.IndexOf('<', StringComparison.Ordinal); at >= 0 && at + 1 < html.Length; at = html.IndexOf('<', at + 1))
            if (char.IsAsciiLetter(html[at + 1]) && ++tags > MaximumHtmlTags)
                return HtmlTooDeep(path, line, column, $"has more than {MaximumHtmlTags:N0} tags");
        return null;
    }

    /// <summary>After AngleSharp parsed a block of raw HTML: its elements may nest at most <see cref="MaximumDepth"/>
    /// levels below &lt;body&gt;.</summary>
    public static Diagnostic? CheckHtml(IDocument document, string path, int line, int column)
    {
        if (document.Body is not { } body) return null;
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((body, 0));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > MaximumDepth) return HtmlTooDeep(path, line, column, $"nests elements more than {MaximumDepth} levels deep");
            foreach (var child in item.Element.Children) pending.Push((child, item.Depth + 1));
        }
        return null;
    }

    static Diagnostic HtmlTooDeep(string path, int line, int column, string what) =>
        Diagnostic.Error(path, line, column, DiagnosticCodes.NestedTooDeeply,
            $"the raw HTML {what}; it is too deep to check (at most {MaximumDepth} levels and {MaximumHtmlTags:N0} tags a block)");
}
