using System.Text.Json;

namespace Kennisbank.Site.Features.Search;

/// <summary>The index of one language as static files under <c>assets/search/&lt;lang&gt;/</c>, so that a query fetches
/// only what it needs (as Pagefind does):
/// <list type="bullet">
/// <item><c>meta.json</c>: the rules, the folding table, how many results and shards there are (fetched when the
/// search field is first focused);</item>
/// <item><c>d/&lt;n&gt;.json</c>: dictionary shards, <c>[term, results, term, results, …]</c>: all terms with the same first two
/// letters are in one shard, so a word's shard holds every term it can match, prefix and typo candidates included;</item>
/// <item><c>p/&lt;n&gt;.json</c>: postings shards, <c>{ term: "postings" }</c>, fetched for the few candidate terms only;</item>
/// <item><c>f/&lt;n&gt;.json</c>: the fragments (URL, title, section, headings, text) of results n·K to n·K + K − 1, fetched
/// for the results shown: one result's object when K is 1, else an array of K (see <see cref="FragmentGroup"/>).</item>
/// </list>
/// A shard's number is a hash of its key, and the number of shards follows from the number of results, so every path
/// is known before any page is rendered; the contents are written after the pages (see <c>OutputFile.Deferred</c>).</summary>
public sealed class IndexFiles
{
    /// <summary>The 64 characters of the postings' variable-length numbers: 0–31 end a number, 32–63 go on.</summary>
    public const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    static readonly JsonWriterOptions Options = SectionText.Options;

    readonly LanguageIndex index;
    readonly List<string>[] dictionary;
    readonly List<string>[] postings;

    public IndexFiles(LanguageIndex index)
    {
        this.index = index;
        dictionary = Group(index.Terms, DictionaryShards(index.Docs.Length), Key);
        postings = Group(index.Terms, PostingShards(index.Docs.Length), t => t);
    }

    /// <summary>A term's dictionary key: its first two letters (a one-letter term, a digit, is its own key).</summary>
    public static string Key(string term) => term.Length <= 2 ? term : term[..2];

    /// <summary>The shard of a key: a hash the browser's script computes the same way (every step stays an exact
    /// integer in JavaScript: below 2^53).</summary>
    public static int Shard(string key, int shards)
    {
        var hash = 0L;
        foreach (var c in key) hash = (hash * 31 + c) % 1_000_003;
        return (int)(hash % shards);
    }

    /// <summary>D, results/16 within 32–256, and P, results/8 within 64–1024 (below; rounded up to a power of two): a
    /// shard holds some 16 or 8 results' worth of terms, so that a medium site is not mostly near-empty files (at 2,000
    /// pairs, with results/4 and results/2, the shard a query for "gemeente" fetched was 109 bytes gzipped). The
    /// floors keep a small site's first search small (the real site's shards are as before: 22 KB, budget 40 KB;
    /// with 8 and 16 shards it was 30 KB); 10,000 pairs reach the caps.</summary>
    public static int DictionaryShards(int docs) => PowerOfTwo(docs / 16, 32, 256);

    public static int PostingShards(int docs) => PowerOfTwo(docs / 8, 64, 1024);

    /// <summary>K, how many results share a fragment file: 1 up to 1,023 results (a first search fetches only the
    /// fragments it shows: the real site's 40 KB budget), 2 up to 1,535, then 4. Making a file costs this disk more
    /// than writing its few kilobytes, and a file per result made most of a medium site's files (at 2,000 pairs 6,594
    /// of 11,710 were the index's); 4 keeps the first search within the 150 KB budget at 10,000 pairs
    /// (docs/performance.md, docs/search.md). The shard counts above are sized the same way.</summary>
    public static int FragmentGroup(int docs) => PowerOfTwo(docs / 512, 1, 4);

    /// <summary>The value rounded up to a power of two, within the bounds.</summary>
    static int PowerOfTwo(int value, int min, int max) =>
        Math.Clamp((int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, value)), min, max);

    public static int FragmentFiles(int docs) => (docs + FragmentGroup(docs) - 1) / FragmentGroup(docs);

    static List<string>[] Group(IEnumerable<string> terms, int shards, Func<string, string> key)
    {
        var groups = Enumerable.Range(0, shards).Select(_ => new List<string>()).ToArray();
        foreach (var term in terms) groups[Shard(key(term), shards)].Add(term);
        return groups;
    }

    public byte[] Meta() => Json(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("docs", index.Docs.Length);
        w.WriteNumber("terms", index.Docs.Count(d => d.IsTerm));
        w.WriteNumber("dict", dictionary.Length);
        w.WriteNumber("post", postings.Length);
        w.WriteNumber("frag", FragmentGroup(index.Docs.Length));
        w.WriteStartArray("steps");
        foreach (var step in index.Rules.Steps)
        {
            w.WriteStartArray();
            foreach (var rule in step)
            {
                w.WriteStartArray();
                w.WriteStringValue(rule.Suffix);
                w.WriteStringValue(rule.Replacement);
                w.WriteNumberValue(rule.MinStem);
                w.WriteStringValue(rule.After);
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteStartArray("stop");
        foreach (var word in index.Rules.StopWords.Order(StringComparer.Ordinal)) w.WriteStringValue(word);
        w.WriteEndArray();
        w.WriteStartObject("fold");
        foreach (var (c, folded) in Folding.Table.OrderBy(f => f.Key)) w.WriteString(c.ToString(), folded);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    public byte[] Dictionary(int shard) => Json(w =>
    {
        w.WriteStartArray();
        foreach (var term in dictionary[shard])
        {
            w.WriteStringValue(term);
            w.WriteNumberValue(index.Postings[term].Length);
        }
        w.WriteEndArray();
    });

    public byte[] Postings(int shard) => Json(w =>
    {
        w.WriteStartObject();
        foreach (var term in postings[shard]) w.WriteString(term, Encode(index.Postings[term]));
        w.WriteEndObject();
    });

    /// <summary>Fragment file n: one result's fragment, or K of them as an array (<see cref="FragmentGroup"/>), written
    /// into one buffer of about the right size (the texts are most of it).</summary>
    public byte[] FragmentFile(int file)
    {
        var docs = FileDocs(file);
        var size = FragmentGroup(index.Docs.Length);
        return Json(w =>
        {
            if (size > 1) w.WriteStartArray();
            foreach (var d in docs) Fragment(w, d);
            if (size > 1) w.WriteEndArray();
        }, docs.Sum(d => d.Text.Json.Length + 1024));
    }

    /// <summary>All that fragment file n is made from, its results: equal results, equal bytes (the preview's writer
    /// skips the file then, see <c>OutputFile.Deferred</c>).</summary>
    public object FragmentSource(int file) => new Results(FileDocs(file));

    IndexDoc[] FileDocs(int file)
    {
        var size = FragmentGroup(index.Docs.Length);
        return index.Docs.AsSpan(file * size, Math.Min(size, index.Docs.Length - file * size)).ToArray();
    }

    /// <summary>Results compared one by one (<see cref="IndexDoc"/> is a record: by value, its texts by instance).</summary>
    sealed class Results(IndexDoc[] docs)
    {
        readonly IndexDoc[] docs = docs;

        public override bool Equals(object? obj) => obj is Results other && docs.AsSpan().SequenceEqual(other.docs);

        public override int GetHashCode() => docs.Length;
    }

    public byte[] Fragment(int doc) => Json(w => Fragment(w, index.Docs[doc]), index.Docs[doc].Text.Json.Length + 1024);

    static void Fragment(Utf8JsonWriter w, IndexDoc d)
    {
        w.WriteStartObject();
        w.WriteString("u", d.Url);
        w.WriteString("t", d.Title);
        w.WriteString("s", d.Section);
        w.WriteString("m", d.Meta);
        w.WriteString("d", d.Description);
        // Encoded once, when the page was rendered (SectionText), with the same options.
        w.WritePropertyName("h");
        w.WriteRawValue(d.Text.Json, skipInputValidation: true);
        w.WriteEndObject();
    }

    /// <summary>Each posting as three numbers: the result number's distance from the previous one, the score, the section.</summary>
    public static string Encode(IEnumerable<Posting> list)
    {
        var text = new System.Text.StringBuilder();
        var previous = 0;
        foreach (var p in list)
        {
            Number(text, p.Doc - previous);
            Number(text, p.Score);
            Number(text, p.Section);
            previous = p.Doc;
        }
        return text.ToString();
    }

    static void Number(System.Text.StringBuilder text, int n)
    {
        while (n >= 32)
        {
            text.Append(Digits[32 + (n & 31)]);
            n >>= 5;
        }
        text.Append(Digits[n]);
    }

    static byte[] Json(Action<Utf8JsonWriter> write, int sizeHint = 256)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(sizeHint);
        using (var writer = new Utf8JsonWriter(buffer, Options)) write(writer);
        return buffer.WrittenSpan.ToArray();
    }
}
