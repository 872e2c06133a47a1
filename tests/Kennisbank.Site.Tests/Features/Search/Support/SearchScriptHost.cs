using System.Text;
using System.Text.Json;
using Jint;
using Jint.Native;
using Kennisbank.Site.Features.Search;

namespace Kennisbank.Site.Tests.Features.Search.Support;

/// <summary>The published (minified) search script in a bare Jint engine (no DOM, so only its normaliser and search
/// run), reading index files from a build's output instead of over HTTP: its loader is called back at once, so a
/// search completes within the call. Results come back as JSON text, as the tests compare them with C#. Limits as the
/// assessments' host (tests/Kennisbank.Assessments.Tests/Support/ScriptHost.cs): a loop gone wrong fails, not hangs.
/// One host belongs to one thread.</summary>
public sealed class SearchScriptHost
{
    const string Harness = """
        var __ix = {};
        function __forget() { __ix = {}; }
        function __index(lang) {
          return __ix[lang] || (__ix[lang] = new kbSearch.Index(__base(lang), function (p, done) {
            var t = __read(p);
            done(t === null ? 'missing ' + p : null, t === null ? null : JSON.parse(t));
          }));
        }
        function __meta(lang) { var m; __index(lang).meta(function (e, x) { m = x; }); return m; }
        function __words(lang, s) { return JSON.stringify([kbSearch.words(s, __meta(lang).fold), kbSearch.endsInWord(s, __meta(lang).fold)]); }
        function __stem(lang, w) { return kbSearch.stem(w, __meta(lang).steps); }
        function __stemWith(steps, w) { return kbSearch.stem(w, JSON.parse(steps)); }
        function __fragments(lang, docs) {
          var out = null;
          __index(lang).fragments(JSON.parse(docs), function (e, fs) { out = e ? { error: e } : fs; });
          return JSON.stringify(out);
        }
        function __search(lang, q, limit) {
          var out = null;
          __index(lang).search(q, limit, function (e, r) { out = e ? { error: e } : { hits: r.hits, total: r.total }; });
          return JSON.stringify(out);
        }
        """;

    readonly Engine engine = new(options => options.TimeoutInterval(TimeSpan.FromSeconds(10)).LimitMemory(256L * 1024 * 1024).LimitRecursion(64));
    readonly JsValue words, stem, stemWith, search, fragments;

    /// <param name="files">The built site's files by path; the index of language L is under assets/search/L/.</param>
    public SearchScriptHost(string script, IReadOnlyDictionary<string, byte[]> files)
    {
        engine.SetValue("__base", new Func<string, string>(lang => SearchFeature.IndexPath(lang).TrimStart('/')));
        engine.SetValue("__read", new Func<string, string?>(path =>
        {
            Fetched.Add(path);
            return files.TryGetValue(path, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;
        }));
        engine.Execute(script);
        engine.Execute(Harness);
        (words, stem, stemWith, search, fragments) = (engine.GetValue("__words"), engine.GetValue("__stem"), engine.GetValue("__stemWith"),
            engine.GetValue("__search"), engine.GetValue("__fragments"));
    }

    public (List<Word> Words, bool EndsInWord) Words(string lang, string text)
    {
        using var json = JsonDocument.Parse(engine.Invoke(words, lang, text).AsString());
        var list = json.RootElement[0].EnumerateArray()
            .Select(w => new Word(w[0].GetInt32(), w[1].GetInt32(), w[2].GetString()!)).ToList();
        return (list, json.RootElement[1].GetBoolean());
    }

    /// <summary>Every file the script asked for, in order; a file is asked for once until <see cref="Forget"/>.</summary>
    public List<string> Fetched { get; } = [];

    /// <summary>A fresh start, as a new visitor: no index file loaded yet.</summary>
    public void Forget()
    {
        engine.Invoke(engine.GetValue("__forget"));
        Fetched.Clear();
    }

    public string Stem(string lang, string word) => engine.Invoke(stem, lang, word).AsString();

    /// <summary>The script's stemmer with any rules, given as meta.json gives them: [[[suffix, replacement, min, after]]].</summary>
    public string Stem(RuleSet rules, string word) =>
        engine.Invoke(stemWith, JsonSerializer.Serialize(rules.Steps.Select(step => step.Select(r => new object[] { r.Suffix, r.Replacement, r.MinStem, r.After }))), word).AsString();

    /// <summary>The fragments the script reads for these results (as the field shows them), each its URL.</summary>
    public List<string> Fragments(string lang, IEnumerable<int> docs)
    {
        using var json = JsonDocument.Parse(engine.Invoke(fragments, lang, JsonSerializer.Serialize(docs)).AsString());
        if (json.RootElement.ValueKind != JsonValueKind.Array) throw new InvalidOperationException($"the script failed: {json.RootElement}");
        return [.. json.RootElement.EnumerateArray().Select(f => f.GetProperty("u").GetString()!)];
    }

    /// <summary>The top hits (result number, score, section) and the total, or the error the script reported.</summary>
    public (List<Hit> Hits, int Total) Search(string lang, string query, int limit)
    {
        using var json = JsonDocument.Parse(engine.Invoke(search, lang, query, limit).AsString());
        if (json.RootElement.TryGetProperty("error", out var error)) throw new InvalidOperationException($"the script failed: {error}");
        var hits = json.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => new Hit(h[0].GetInt32(), h[1].GetInt32(), h[2].GetInt32())).ToList();
        return (hits, json.RootElement.GetProperty("total").GetInt32());
    }
}
