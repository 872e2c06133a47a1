using System.Collections.Immutable;
using Kennisbank.Diagnostics;
using Kennisbank.Localization;
using Kennisbank.Site.Configuration;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Site.Features.Sdgs;

/// <summary>One of the UN's 17 Sustainable Development Goals, as <c>_data/sdgs.yml</c> lists it.</summary>
/// <param name="Pillar">Which of the five pillars of the 2030 Agenda (people, planet, prosperity, peace, partnership)
/// the goal belongs to, for the first board of the SDG circle exercise; null where the file gives none.</param>
public sealed record Sdg(int Number, Localized<string> Name, string Colour, string? Pillar = null);

/// <summary>The goals, in number order.</summary>
public sealed record SdgList(ImmutableArray<Sdg> Goals)
{
    public Sdg? Find(int number) => Goals.FirstOrDefault(g => g.Number == number);

    /// <summary>Reads <c>_data/sdgs.yml</c>: a list of <c>{ number, name: { nl: …, en: … }, colour }</c>.</summary>
    public static readonly DataFile File = DataFile.Of("sdgs", new SdgList([]), Read);

    static readonly string[] Keys = ["number", "name", "colour", "pillar"];

    /// <summary>The five pillars ("the 5 P's") of the 2030 Agenda, in the Agenda's order (seed 001 names them).</summary>
    public static readonly ImmutableArray<string> Pillars = ["people", "planet", "prosperity", "peace", "partnership"];

    static SdgList Read(YamlReader reader, YamlNode? root, SiteConfig config)
    {
        var goals = new List<Sdg>();
        foreach (var item in reader.Sequence("the SDG list", root))
        {
            if (reader.Mapping(item, "an SDG") is not { } mapping) continue;
            int? number = null;
            Localized<string>? name = null;
            var colour = "";
            string? pillar = null;
            foreach (var (key, _, value) in reader.Entries(mapping, Keys, "SDG"))
            {
                switch (key)
                {
                    case "number": number = reader.Integer(key, value, 1, SdgFeature.Count); break;
                    case "name": name = reader.LocalizedComplete(key, value, config); break;
                    case "colour": colour = reader.Scalar(key, value) ?? ""; break;
                    case "pillar":
                        pillar = reader.Scalar(key, value);
                        if (pillar is not null && !Pillars.Contains(pillar))
                        {
                            reader.Error(value, DiagnosticCodes.MalformedData, $"'{pillar}' is not a pillar: use one of {string.Join(", ", Pillars)}");
                            pillar = null;
                        }
                        break;
                }
            }
            if (number is null || name is null)
            {
                reader.Error(item, DiagnosticCodes.MalformedData, "every SDG needs a 'number' from 1 to 17 and a 'name' in every language");
                continue;
            }
            if (goals.Any(g => g.Number == number))
                reader.Error(item, DiagnosticCodes.MalformedData, $"SDG {number} is listed twice");
            else
                goals.Add(new Sdg(number.Value, name, colour, pillar));
        }
        return new SdgList([.. goals.OrderBy(g => g.Number)]);
    }
}
