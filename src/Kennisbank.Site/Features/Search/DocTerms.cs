using System.Collections.Immutable;

namespace Kennisbank.Site.Features.Search;

/// <summary>How one term occurs in one result: in the title, in an H2/H3 heading, how often in the text, and the
/// section (0: before any heading) a result for it links to. <paramref name="TitlePart"/> and
/// <paramref name="HeadingPart"/>: as a part of a compound there (see <see cref="Compounds"/>).</summary>
public readonly record struct TermStat(string Term, bool Title, bool Heading, int Body, int Section, bool TitlePart = false, bool HeadingPart = false);

/// <summary>The terms of one result, from its title, description and text sections: what the index holds for it.
/// Computed once per page, in the render stage's parallel pass (see <see cref="SearchFeature"/>).</summary>
public sealed record DocTerms(ImmutableArray<TermStat> Terms, int TitleTerms)
{
    /// <summary>Body counts stop here: a word said ten times is not ten times as relevant, and a heading must beat any
    /// body (20 &gt; 9), a title any heading.</summary>
    public const int MaxBody = 9;

    /// <summary>What is counted of one term while a result is read (one dictionary lookup per word).</summary>
    sealed class Counting(int sections)
    {
        public bool Title, Heading;
        public int HeadingSection = -1;
        public readonly int[] Counts = new int[sections];
    }

    public static DocTerms Of(string title, string description, IReadOnlyList<TextSection> sections, RuleSet rules, Func<string, string> intern)
    {
        var size = Math.Max(1, sections.Count);
        var stats = new Dictionary<string, Counting>(StringComparer.Ordinal);
        Counting Get(string term)
        {
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(stats, term, out _);
            return slot ??= new Counting(size);
        }

        var titleTerms = new HashSet<string>(StringComparer.Ordinal);
        Analyzer.ForEachTerm(title, rules, term =>
        {
            titleTerms.Add(term);
            Get(term).Title = true;
        });
        Analyzer.ForEachTerm(description, rules, term => Get(term).Counts[0]++);
        for (var i = 0; i < sections.Count; i++)
        {
            Analyzer.ForEachTerm(sections[i].Heading, rules, term =>
            {
                var stat = Get(term);
                if (!stat.Heading) (stat.Heading, stat.HeadingSection) = (true, i);
            });
            Analyzer.ForEachTerm(sections[i].Text, rules, term => Get(term).Counts[i]++);
        }
        var terms = new TermStat[stats.Count];
        var n = 0;
        foreach (var (term, c) in stats)
            terms[n++] = new TermStat(intern(term), c.Title, c.Heading, Math.Min(c.Counts.Sum(), MaxBody),
                c.Title ? 0 : c.Heading ? c.HeadingSection : MostIn(c.Counts));
        Array.Sort(terms, (a, b) => string.CompareOrdinal(a.Term, b.Term));
        return new DocTerms(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(terms), Math.Max(1, titleTerms.Count));
    }

    /// <summary>The section where a term occurs most (the first of equals).</summary>
    static int MostIn(int[] counts)
    {
        var best = 0;
        for (var i = 1; i < counts.Length; i++)
            if (counts[i] > counts[best]) best = i;
        return best;
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
