using System.Collections.Immutable;

namespace Kennisbank.Site.Features.Search;

/// <summary>How one term occurs in one result: in the title, in an H2/H3 heading, how often in the text, and the
/// section (0: before any heading) a result for it links to. <paramref name="TitlePart"/> and
/// <paramref name="HeadingPart"/>: as a part of a compound there (see <see cref="Compounds"/>).</summary>
public readonly record struct TermStat(string Term, bool Title, bool Heading, int Body, int Section, bool TitlePart = false, bool HeadingPart = false);

/// <summary>The terms of one result, from its title, description and text sections, in the order they are first met
/// there: what the index holds for it. Computed once per page, in the render stage's parallel pass (see <see cref="SearchFeature"/>).</summary>
public sealed record DocTerms(ImmutableArray<TermStat> Terms, int TitleTerms)
{
    /// <summary>Body counts stop here: a word said ten times is not ten times as relevant, and a heading must beat any
    /// body (20 &gt; 9), a title any heading.</summary>
    public const int MaxBody = 9;

    /// <summary>The terms of a result with this title, description and text by section: where each occurs (title,
    /// heading, body count) and the section a result for it links to (its heading's, else where it occurs most).
    /// Terms are counted by their number in the thread's <see cref="TermVocabulary"/>, one lookup per word
    /// (<see cref="TermCounter"/>).</summary>
    public static DocTerms Of(string title, string description, IReadOnlyList<TextSection> sections, RuleSet rules)
    {
        var counter = TermCounter.Start(rules);
        counter.Read(title, TermCounter.Place.Title, 0);
        counter.Read(description, TermCounter.Place.Body, 0);
        for (var i = 0; i < sections.Count; i++)
        {
            counter.Read(sections[i].Heading, TermCounter.Place.Heading, i);
            counter.Read(sections[i].Text, TermCounter.Place.Body, i);
        }
        // Not sorted: nothing reads them in order but the compounds' merge, which sorts its few (LanguageIndex).
        // Sorting every page's terms was 3 % of a 10,000-pair build (docs/performance.md).
        var (terms, titleTerms) = counter.Finish(MaxBody);
        return new DocTerms(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(terms), Math.Max(1, titleTerms));
    }

    /// <summary>The posting's score: title beats heading beats text. A short title counts more (a result titled exactly
    /// "GROS" beats "GROS and the council"), which puts a glossary term first for a query that is that term. A part
    /// of a compound in the title or a heading counts half.</summary>
    public int Score(TermStat stat) => Field(stat) + stat.Body;

    int Field(TermStat stat)
    {
        var title = 100 + 100 / TitleTerms;
        return Math.Max(Math.Max(stat.Title ? title : 0, stat.TitlePart ? title / 2 : 0), Math.Max(stat.Heading ? 20 : 0, stat.HeadingPart ? 10 : 0));
    }

    /// <summary>A term's own occurrences and those as a part of compounds, together: the section of whichever scores
    /// more (its own on a tie).</summary>
    public TermStat Merge(TermStat own, TermStat part)
    {
        var merged = own with
        {
            TitlePart = own.TitlePart || part.TitlePart, HeadingPart = own.HeadingPart || part.HeadingPart,
            Body = Math.Min(own.Body + part.Body, MaxBody),
        };
        return Field(part) > Field(own) ? merged with { Section = part.Section } : merged;
    }
}
