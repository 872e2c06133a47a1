using System.Collections.Immutable;
using Kennisbank.Site.Diagnostics;
using Kennisbank.Site.Loading;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Kennisbank.Site.Data;

/// <summary>Parses the known data files into <see cref="SiteData"/>; a malformed file is a diagnostic, not a crash.</summary>
public static class DataParser
{
    static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    sealed class TextDto { public string Nl { get; set; } = ""; public string En { get; set; } = ""; }
    sealed class SdgDto { public int Number { get; set; } public string Nl { get; set; } = ""; public string En { get; set; } = ""; public string Colour { get; set; } = ""; }
    sealed class TermDto { public TextDto Term { get; set; } = new(); public TextDto Definition { get; set; } = new(); }
    sealed class PeriodDto { public int Number { get; set; } public TextDto Title { get; set; } = new(); public TextDto Years { get; set; } = new(); }

    public static (SiteData Data, ImmutableArray<Diagnostic> Diagnostics) Parse(IReadOnlyList<DataFile> files)
    {
        var diagnostics = new List<Diagnostic>();
        var data = SiteData.Empty;
        foreach (var file in files)
        {
            if (Safety.YamlLimits.Check(file.Text, file.DisplayPath) is { } tooComplex) { diagnostics.Add(tooComplex); continue; }
            try
            {
                data = file.Name switch
                {
                    "sdgs" => data with { Sdgs = Yaml.Deserialize<List<SdgDto>>(file.Text)
                        .Select(s => new Sdg(s.Number, s.Nl, s.En, s.Colour)).OrderBy(s => s.Number).ToImmutableArray() },
                    "glossary" => data with { Glossary = Yaml.Deserialize<List<TermDto>>(file.Text)
                        .Select(t => new GlossaryEntry(Text(t.Term), Text(t.Definition))).ToImmutableArray() },
                    "periods" => data with { Periods = Yaml.Deserialize<List<PeriodDto>>(file.Text)
                        .Select(p => new Period(p.Number, Text(p.Title), Text(p.Years))).OrderBy(p => p.Number).ToImmutableArray() },
                    _ => data,
                };
            }
            catch (YamlException e)
            {
                diagnostics.Add(Diagnostic.Error(file.DisplayPath, (int)e.Start.Line, (int)e.Start.Column, DiagnosticCodes.MalformedData,
                    $"the data file is not in the expected shape: {(e.InnerException ?? e).Message.Split(" at Line", 2)[0]}"));
            }
        }
        diagnostics.AddRange(Check(data, files));
        return (data, diagnostics.ToImmutableArray());
    }

    static LocalizedText Text(TextDto? t) => new(t?.Nl ?? "", t?.En ?? "");

    static IEnumerable<Diagnostic> Check(SiteData data, IReadOnlyList<DataFile> files)
    {
        var sdgFile = files.FirstOrDefault(f => f.Name == "sdgs");
        if (sdgFile is null) yield break;
        foreach (var sdg in data.Sdgs.Where(s => s.Number is < 1 or > 17 || s.Nl.Length == 0 || s.En.Length == 0))
            yield return Diagnostic.Error(sdgFile.DisplayPath, 1, 1, DiagnosticCodes.MalformedData,
                $"SDG {sdg.Number}: every SDG needs a number 1–17 and a Dutch and English name");
    }
}
