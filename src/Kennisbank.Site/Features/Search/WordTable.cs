namespace Kennisbank.Site.Features.Search;

/// <summary>A map from a word, looked up by its characters, to a number: an open-addressed table with linear probing
/// and each entry's hash kept beside it. Every word of every page is looked up here (<see cref="TermVocabulary"/>),
/// mostly the same few thousand: a <see cref="Dictionary{TKey, TValue}"/>'s span lookup, through its comparer's
/// interface, was 4 % of a 10,000-pair build (docs/performance.md). Words are never removed.</summary>
sealed class WordTable
{
    struct Entry
    {
        public string? Word;
        public int Hash, Value;
    }

    Entry[] entries = new Entry[1024];
    int count;

    public int Count => count;

    public bool TryGetValue(ReadOnlySpan<char> word, out int value)
    {
        var hash = Hash(word);
        var mask = entries.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var entry = ref entries[i];
            if (entry.Word is null) break;
            if (entry.Hash == hash && word.SequenceEqual(entry.Word))
            {
                value = entry.Value;
                return true;
            }
        }
        value = 0;
        return false;
    }

    /// <summary>Adds a word that is not in the table.</summary>
    public void Add(string word, int value)
    {
        // At most half full: probes stay short.
        if (2 * (count + 1) > entries.Length) Grow();
        Put(entries, word, Hash(word), value);
        count++;
    }

    void Grow()
    {
        var larger = new Entry[entries.Length * 2];
        foreach (var entry in entries)
            if (entry.Word is not null) Put(larger, entry.Word, entry.Hash, entry.Value);
        entries = larger;
    }

    static void Put(Entry[] table, string word, int hash, int value)
    {
        var mask = table.Length - 1;
        var i = hash & mask;
        while (table[i].Word is not null) i = (i + 1) & mask;
        table[i] = new Entry { Word = word, Hash = hash, Value = value };
    }

    /// <summary>FNV-1a over the characters, then mixed so the low bits (the slot) depend on every character.</summary>
    static int Hash(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word) h = (h ^ c) * 16777619u;
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return (int)(h & 0x7FFFFFFF);
    }
}
