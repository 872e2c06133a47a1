using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text;
using Kennisbank.Site.Linking;

namespace Kennisbank.Site.Incremental;

/// <summary>Everything about the linked site that one page's HTML can show of other pages: every property of every
/// page (titles, URLs, order, dates, front matter, tags, translations, neighbours), the navigation and the footer.
/// It is derived from the records themselves, by reflection, so a new property or front-matter key is part of it
/// without anyone remembering to add it. Only what a page shows of itself alone is left out, marked
/// <see cref="PageLocalAttribute"/>: changing it re-renders that page, which is re-rendered anyway.</summary>
public static class StructureKey
{
    public static string Of(LinkedSite site) => Append(new StringBuilder(), site).ToString();

    /// <summary>The key appended to <paramref name="key"/>: the preview compares builders, not strings, since making
    /// the real site's key a string, and a second one with the data and interface texts after it, was a quarter of every
    /// rebuild (docs/performance.md).</summary>
    public static StringBuilder Append(StringBuilder key, LinkedSite site)
    {
        foreach (var page in site.Pages) { Append(key, page, 0); key.Append('\n'); }
        Append(key, site.Sections, 0);
        Append(key, site.Order, 0);
        Append(key, site.Footer, 0);
        return key;
    }

    static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    static void Append(StringBuilder key, object? value, int depth)
    {
        // Records here are shallow; the limit only guards against a cycle a future type might bring.
        if (depth > 8) return;
        switch (value)
        {
            case null: key.Append('∅'); return;
            case string s: key.Append(s.Length).Append(':').Append(s); return;
            case IFormattable f: key.Append(f.ToString(null, CultureInfo.InvariantCulture)); return;
            case bool b: key.Append(b ? '1' : '0'); return;
            case System.Runtime.CompilerServices.ITuple tuple:
                key.Append('<');
                for (var i = 0; i < tuple.Length; i++) { Append(key, tuple[i], depth + 1); key.Append(','); }
                key.Append('>');
                return;
            case IDictionary dictionary:
                key.Append('{');
                // Entries in a stable order, whatever the dictionary's own (immutable dictionaries enumerate by hash).
                var entries = new List<(string Key, object? Value)>();
                for (var e = dictionary.GetEnumerator(); e.MoveNext();)
                {
                    var one = new StringBuilder();
                    Append(one, e.Key, depth + 1);
                    entries.Add((one.ToString(), e.Value));
                }
                foreach (var (k, v) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    key.Append(k).Append('='); Append(key, v, depth + 1); key.Append(';');
                }
                key.Append('}');
                return;
            case IEnumerable items:
                key.Append('[');
                foreach (var item in items) { Append(key, item, depth + 1); key.Append(','); }
                key.Append(']');
                return;
        }
        var type = value.GetType();
        key.Append(type.Name).Append('(');
        foreach (var property in Properties.GetOrAdd(type, Readable))
        {
            Append(key, property.GetValue(value), depth + 1);
            key.Append('|');
        }
        key.Append(')');
    }

    // The payloads are records of this assembly, which kb's project keeps whole when trimming (Native AOT,
    // TrimmerRootAssembly in Kennisbank.Cli.csproj).
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Kennisbank.Site is kept whole when trimming")]
    static PropertyInfo[] Readable(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<PageLocalAttribute>() is null
                        && p.DeclaringType != typeof(LinkedSite) && p.Name != "EqualityContract")
            .OrderBy(p => p.Name, StringComparer.Ordinal)];
}
