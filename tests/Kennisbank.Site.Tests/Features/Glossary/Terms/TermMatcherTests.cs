using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Site.Features.Glossary.Terms;

namespace Kennisbank.Site.Tests.Features.Glossary.Terms;

/// <summary>The matcher searches spans without allocating (docs/performance.md); these prove it finds exactly what its
/// plain definition below finds: whole words, the first letter in either case unless the term has capitals after it,
/// the language's plural endings, the earliest mention and the longer form at the same place.</summary>
public class TermMatcherTests
{
    static TermLink Term(string term, params string[] forms) =>
        new(term, forms.Length > 0 ? forms : [term], TermMatcher.ExactCase(term), "/nl/woordenlijst/", "def", "uitleg", null);

    static readonly TermLink[] Terms =
    [
        Term("GROS"), Term("Draagvlak"), Term("Stedenband"), Term("Stedenbandcoördinator"), Term("SDG-reflex"),
        Term("City link (stedenband)", "City link (stedenband)", "City link"), Term("a"),
    ];

    static readonly string[] Endings = ["en", "s"];

    [Theory]
    [InlineData("Een stedenband en stedenbanden", 0, "Stedenband", 4, 10)]
    [InlineData("De stedenbandcoördinator belt", 0, "Stedenbandcoördinator", 3, 21)]
    [InlineData("gros is geen GROS", 0, "GROS", 13, 4)]
    [InlineData("Our City links (stedenband)", 0, "City link (stedenband)", 4, 10)]
    [InlineData("Draagvlak, draagvlak", 1, "Draagvlak", 11, 9)]
    public void Finds_the_earliest_whole_word(string text, int start, string term, int index, int length)
    {
        var found = TermMatcher.First(text, start, Terms, Endings);
        Assert.Equal((term, index, length), (found!.Value.Term.Term, found.Value.Index, found.Value.Length));
    }

    [Fact]
    public void Generated_texts_match_as_defined()
    {
        var piece = Gen.Elements("stedenband", "Stedenband", "stedenbanden", "Stedenbands", "stedenbandcoördinator", "GROS", "gros",
            "Gros", "SDG-reflex", "sdg-reflex", "City link", "City links", "city link", "draagvlak", "Draagvlakken", "a", "A",
            " ", ", ", "-", "é", "x", "1", "'", "\u00a0", "en", "s");
        var text = Gen.ListOf(piece).Select(p => string.Concat(p));
        var property = Prop.ForAll(Gen.Zip(text, Gen.Choose(0, 30)).ToArbitrary(), input =>
        {
            var (s, start) = (input.Item1, Math.Min(input.Item2, input.Item1.Length));
            Assert.Equal(Definition(s, start, Terms, Endings), TermMatcher.First(s, start, Terms, Endings));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), property);
    }

    /// <summary>The plain definition (the matcher as it was first written): for each form, each place it occurs, in
    /// either case of its first letter unless exact, not after a letter or digit, then an ending or none, not before one.</summary>
    static (TermLink Term, int Index, int Length)? Definition(string text, int start, IEnumerable<TermLink> terms, IReadOnlyList<string> endings)
    {
        (TermLink, int, int)? best = null;
        foreach (var term in terms)
            foreach (var form in term.Forms)
                if (Find(text, start, form, term.ExactCase, endings) is var (index, length) && (best is null || index < best.Value.Item2
                    || index == best.Value.Item2 && length > best.Value.Item3))
                    best = (term, index, length);
        return best;
    }

    static (int Index, int Length)? Find(string text, int start, string form, bool exactCase, IReadOnlyList<string> endings)
    {
        for (var at = start; at <= text.Length - form.Length; at++)
        {
            var same = exactCase
                ? string.CompareOrdinal(text, at, form, 0, form.Length) == 0
                : (text[at] == char.ToLowerInvariant(form[0]) || text[at] == char.ToUpperInvariant(form[0]))
                    && string.CompareOrdinal(text, at + 1, form, 1, form.Length - 1) == 0;
            if (!same || (at > 0 && char.IsLetterOrDigit(text[at - 1]))) continue;
            foreach (var ending in exactCase ? [""] : endings.Append(""))
            {
                var end = at + form.Length + ending.Length;
                if (end <= text.Length && string.CompareOrdinal(text, at + form.Length, ending, 0, ending.Length) == 0
                    && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                    return (at, form.Length + ending.Length);
            }
        }
        return null;
    }
}
