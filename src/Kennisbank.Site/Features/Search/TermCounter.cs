namespace Kennisbank.Site.Features.Search;

/// <summary>Counts the terms of one result as <see cref="DocTerms.Of"/> reads it: per term, whether it is in the title
/// and in a heading (the first such section), its body count, and the section where the body says it most (the first
/// of equals). Sections are read in order, so "most" is kept as a running best, not a count per section. The state is
/// an array by term number, per thread and rule set, reset lazily by a page stamp: reading a page allocates only its
/// result (it was a dictionary entry, an object and an array per term, most of the search's cost at scale:
/// docs/performance.md, issue 11).</summary>
sealed class TermCounter
{
    public enum Place { Title, Heading, Body }

    struct Slot
    {
        public int Page;
        public bool Title, Heading;
        public int HeadingSection, Body, Current, CurrentCount, Best, BestCount;
    }

    [ThreadStatic] static Dictionary<RuleSet, TermCounter>? perThread;

    readonly TermVocabulary vocabulary;
    readonly List<int> seen = [];
    Slot[] slots = new Slot[1024];
    int page, titleTerms;

    TermCounter(TermVocabulary vocabulary) => this.vocabulary = vocabulary;

    /// <summary>This thread's counter of the rules, emptied for a new result.</summary>
    public static TermCounter Start(RuleSet rules)
    {
        perThread ??= new(ReferenceEqualityComparer.Instance);
        if (!perThread.TryGetValue(rules, out var counter)) perThread[rules] = counter = new(TermVocabulary.Of(rules));
        counter.page++;
        counter.seen.Clear();
        counter.titleTerms = 0;
        return counter;
    }

    public void Read(string text, Place place, int section)
    {
        var sink = new Sink(this, place, section);
        Analyzer.ForEachTerm(text, vocabulary, ref sink);
    }

    ref Slot Get(int id)
    {
        if (id >= slots.Length) Array.Resize(ref slots, Math.Max(id + 1, slots.Length * 2));
        ref var slot = ref slots[id];
        if (slot.Page != page)
        {
            slot = new Slot { Page = page, Current = -1 };
            seen.Add(id);
        }
        return ref slot;
    }

    void Count(int id, Place place, int section)
    {
        ref var slot = ref Get(id);
        switch (place)
        {
            case Place.Title:
                if (!slot.Title) titleTerms++;
                slot.Title = true;
                break;
            case Place.Heading:
                if (!slot.Heading) (slot.Heading, slot.HeadingSection) = (true, section);
                break;
            default:
                if (slot.Current != section)
                {
                    Close(ref slot);
                    (slot.Current, slot.CurrentCount) = (section, 0);
                }
                slot.CurrentCount++;
                slot.Body++;
                break;
        }
    }

    /// <summary>A section's count against the best so far: only a larger one wins (the first of equals stays).</summary>
    static void Close(ref Slot slot)
    {
        if (slot.CurrentCount > slot.BestCount) (slot.Best, slot.BestCount) = (slot.Current, slot.CurrentCount);
    }

    /// <summary>The result's terms, in the order first met, and how many distinct terms its title has.</summary>
    public (TermStat[] Terms, int TitleTerms) Finish(int maxBody)
    {
        var terms = new TermStat[seen.Count];
        for (var n = 0; n < terms.Length; n++)
        {
            ref var slot = ref slots[seen[n]];
            Close(ref slot);
            terms[n] = new TermStat(vocabulary.Term(seen[n]), slot.Title, slot.Heading, Math.Min(slot.Body, maxBody),
                slot.Title ? 0 : slot.Heading ? slot.HeadingSection : slot.Best);
        }
        return (terms, titleTerms);
    }

    readonly struct Sink(TermCounter counter, Place place, int section) : ITermSink
    {
        public void Term(int id) => counter.Count(id, place, section);
    }
}
