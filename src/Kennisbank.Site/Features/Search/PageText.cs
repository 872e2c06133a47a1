using System.Collections.Immutable;
using System.Net;

namespace Kennisbank.Site.Features.Search;

/// <summary>A part of a page under one H2 or H3 heading (the first part, before any heading, has none): where a result
/// links to, and the text its excerpt comes from.</summary>
public sealed record TextSection(string Anchor, string Heading, string Text);

/// <summary>The readable text of a page's body, by section, taken from the HTML the render stage made anyway (the body
/// is not parsed a third time for the index). The HTML is Markdig's, well-formed and without scripts, so a small scanner
/// does: tags are dropped, block ends separate words, entities are decoded, whitespace collapses.</summary>
public static class PageText
{
    static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "br", "div", "blockquote",
        "pre", "dt", "dd", "dl", "hr", "figcaption", "section", "aside",
    };

    // Tag names are looked up by span: every page's body passes through here in the render stage's parallel pass.
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockNames = Blocks.GetAlternateLookup<ReadOnlySpan<char>>();

    // Per thread, reused for every page: a page's text is collapsed as it is read, so the only new strings are the
    // sections' own (the render stage's parallel pass reads every page; at 10,000 pairs the copies were gigabytes).
    [ThreadStatic] static (Collapsed Text, Collapsed Heading)? buffers;

    public static ImmutableArray<TextSection> Sections(string html)
    {
        var sections = ImmutableArray.CreateBuilder<TextSection>();
        var (text, heading) = buffers ??= (new Collapsed(), new Collapsed());
        text.Clear();
        heading.Clear();
        string anchor = "", title = "";
        var inHeading = false;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var run = html.AsSpan(i, (lt < 0 ? html.Length : lt) - i);
            var into = inHeading ? heading : text;
            if (run.Contains('&')) into.Append(WebUtility.HtmlDecode(run.ToString()));
            else into.Append(run);
            if (lt < 0) break;
            var gt = html.IndexOf('>', lt);
            if (gt < 0) break;
            var tag = html.AsSpan(lt + 1, gt - lt - 1);
            i = gt + 1;
            var closing = tag.StartsWith('/');
            var name = Name(closing ? tag[1..] : tag);
            if (!closing && IsAside(name, tag))
            {
                i = EndOf(html, name, i);
                continue;
            }
            if (name.Equals("h2", StringComparison.OrdinalIgnoreCase) || name.Equals("h3", StringComparison.OrdinalIgnoreCase))
            {
                if (!closing)
                {
                    sections.Add(new TextSection(anchor, title, text.Take()));
                    heading.Clear();
                    anchor = Attribute(tag, "id");
                    inHeading = true;
                }
                else
                {
                    title = heading.Take();
                    inHeading = false;
                }
                continue;
            }
            if (BlockNames.Contains(name)) (inHeading ? heading : text).Append(' ');
        }
        sections.Add(new TextSection(anchor, title, text.Take()));
        return sections.ToImmutable();
    }

    /// <summary>Not the page's reading text: a control (<c>button</c>), and what a popover shows on demand (the
    /// glossary's definition beside a term's first mention). Indexed, every page that mentions "stedenband" said the
    /// glossary's definition too, and its excerpt read "Een stedenband?Stedenband: Volgens de VVSG …".</summary>
    static bool IsAside(ReadOnlySpan<char> name, ReadOnlySpan<char> tag) =>
        name.Equals("button", StringComparison.OrdinalIgnoreCase) || HasAttribute(tag, "popover");

    static bool HasAttribute(ReadOnlySpan<char> tag, string name)
    {
        for (var at = tag.IndexOf(name, StringComparison.Ordinal); at >= 0; )
        {
            var end = at + name.Length;
            if (at > 0 && tag[at - 1] == ' ' && (end == tag.Length || tag[end] is ' ' or '=' or '/')) return true;
            var next = tag[end..].IndexOf(name, StringComparison.Ordinal);
            at = next < 0 ? -1 : end + next;
        }
        return false;
    }

    /// <summary>Where the element opened just before <paramref name="from"/> ends: after its closing tag, counting
    /// elements of the same name inside it (the HTML is Markdig's and the features', well-formed).</summary>
    static int EndOf(string html, ReadOnlySpan<char> name, int from)
    {
        var depth = 1;
        for (var i = from; ; )
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0) return html.Length;
            var gt = html.IndexOf('>', lt);
            if (gt < 0) return html.Length;
            var tag = html.AsSpan(lt + 1, gt - lt - 1);
            i = gt + 1;
            var closing = tag.StartsWith('/');
            if (!Name(closing ? tag[1..] : tag).Equals(name, StringComparison.OrdinalIgnoreCase) || tag.EndsWith('/')) continue;
            depth += closing ? -1 : 1;
            if (depth == 0) return i;
        }
    }

    static ReadOnlySpan<char> Name(ReadOnlySpan<char> tag)
    {
        var end = 0;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end])) end++;
        return tag[..end];
    }

    static string Attribute(ReadOnlySpan<char> tag, string name)
    {
        var at = tag.IndexOf($" {name}=\"", StringComparison.Ordinal);
        if (at < 0) return "";
        var value = tag[(at + name.Length + 3)..];
        var end = value.IndexOf('"');
        return end < 0 ? "" : WebUtility.HtmlDecode(value[..end].ToString());
    }

    /// <summary>Text as it is appended, with runs of white space as one space, trimmed.</summary>
    sealed class Collapsed
    {
        char[] chars = new char[4096];
        int length;
        bool space;

        /// <summary>The run into room made once, a stretch of printable ASCII at a time (found with a vectorised search and
        /// copied as a block); only the characters between, mostly single spaces, are looked at one by one. Every
        /// page's body passes through here: a vectorised search for the next of all Unicode's white space per word was
        /// 4 % of a 10,000-pair build, a loop over every character 3 % (docs/performance.md).</summary>
        public void Append(ReadOnlySpan<char> run)
        {
            if (length + run.Length + 1 > chars.Length) Array.Resize(ref chars, Math.Max(chars.Length * 2, length + run.Length + 1));
            while (!run.IsEmpty)
            {
                var end = run.IndexOfAnyExceptInRange('!', '~');
                var printable = end < 0 ? run : run[..end];
                if (!printable.IsEmpty)
                {
                    if (space) chars[length++] = ' ';
                    space = false;
                    printable.CopyTo(chars.AsSpan(length));
                    length += printable.Length;
                }
                if (end < 0) return;
                One(run[end]);
                run = run[(end + 1)..];
            }
        }

        /// <summary>One character, with room for it and a space before it: white space (exactly what char.IsWhiteSpace
        /// says) or not.</summary>
        void One(char c)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                return;
            }
            if (space) chars[length++] = ' ';
            space = false;
            chars[length++] = c;
        }

        public void Append(char c)
        {
            if (length + 2 > chars.Length) Array.Resize(ref chars, chars.Length * 2);
            One(c);
        }

        public void Clear() => (length, space) = (0, false);

        public string Take()
        {
            var text = new string(chars, 0, length);
            Clear();
            return text;
        }
    }
}
