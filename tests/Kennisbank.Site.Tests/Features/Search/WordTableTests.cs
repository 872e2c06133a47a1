using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Site.Features.Search;

namespace Kennisbank.Site.Tests.Features.Search;

public class WordTableTests
{
    [Fact]
    public void Finds_what_a_dictionary_finds()
    {
        // Short words from few letters: many equal hashes' neighbours, growth past the first table, misses.
        var word = Gen.Choose(1, 5).SelectMany(n => Gen.Elements('a', 'b', 'é', 'z', '1').ArrayOf(n)).Select(c => new string(c));
        var ops = Gen.Choose(0, 3_000).SelectMany(n => Gen.Zip(word, Gen.Choose(-1, 50)).ArrayOf(n));
        Prop.ForAll(ops.ToArbitrary(), pairs =>
        {
            var table = new WordTable();
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (w, value) in pairs)
            {
                var found = table.TryGetValue(w.AsSpan(), out var got);
                if (found != expected.TryGetValue(w, out var want) || (found && got != want)) return false;
                if (!found)
                {
                    table.Add(w, value);
                    expected[w] = value;
                }
            }
            return table.Count == expected.Count && expected.All(e => table.TryGetValue(e.Key, out var v) && v == e.Value);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}
