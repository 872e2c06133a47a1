using System.Collections.Immutable;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Configuration;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Loading;
using Kennisbank.Site.Yaml;

namespace Kennisbank.Site.Data;

/// <summary>Reads the data files the features declare, each with the feature's own reader. A missing or broken file
/// gives the feature's empty value and a diagnostic, never a crash; a file no feature reads is a warning.</summary>
public static class DataParser
{
    public static (SiteData Data, ImmutableArray<Diagnostic> Diagnostics) Parse(IReadOnlyList<DataText> files, ContentSchema schema, SiteConfig config)
    {
        var diagnostics = new List<Diagnostic>();
        var data = SiteData.Empty;
        foreach (var declared in schema.DataFiles.Values.OrderBy(d => d.Name, StringComparer.Ordinal))
            data = data.With(declared.Type, declared.Empty);
        foreach (var file in files)
        {
            if (!schema.DataFiles.TryGetValue(file.Name, out var declared))
            {
                var known = string.Join(", ", schema.DataFiles.Keys.Order(StringComparer.Ordinal).Select(n => n + ".yml"));
                diagnostics.Add(Diagnostic.Warning(file.DisplayPath, 1, 1, DiagnosticCodes.UnknownDataFile,
                    $"no part of the site reads this data file (known: {(known.Length == 0 ? "none" : known)}); rename it or remove it"));
                continue;
            }
            var (root, problem) = YamlText.Load(file.Text, file.DisplayPath, 0, DiagnosticCodes.MalformedData, "the data file");
            if (problem is not null)
            {
                diagnostics.Add(problem);
                continue;
            }
            // An empty file (or only comments) is a mistake, not "no data": silently it would drop every SDG or term.
            if (root is null)
            {
                diagnostics.Add(Diagnostic.Error(file.DisplayPath, 1, 1, DiagnosticCodes.MalformedData,
                    "the data file is empty; give it its list, or remove the file"));
                continue;
            }
            data = data.With(declared.Type, declared.Read(new YamlReader(file.DisplayPath, 0, diagnostics, DiagnosticCodes.MalformedData), root, config));
        }
        return (data, [.. diagnostics]);
    }
}
