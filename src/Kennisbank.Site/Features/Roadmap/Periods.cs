using System.Collections.Immutable;
using Kennisbank.Diagnostics;
using Kennisbank.Localization;
using Kennisbank.Site.Configuration;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Site.Features.Roadmap;

/// <summary>A period of the roadmap ("Jaar 1: wroeten in eigen grond"); step pages name theirs with <c>period:</c>.</summary>
public sealed record Period(int Number, Localized<string> Title, Localized<string> Years);

/// <summary>The roadmap's periods, in number order, from <c>_data/periods.yml</c>.</summary>
public sealed record PeriodList(ImmutableArray<Period> Periods)
{
    public static readonly DataFile File = DataFile.Of("periods", new PeriodList([]), Read);

    static readonly string[] Keys = ["number", "title", "years"];

    static PeriodList Read(YamlReader reader, YamlNode? root, SiteConfig config)
    {
        var periods = new List<Period>();
        foreach (var item in reader.Sequence("the list of periods", root))
        {
            if (reader.Mapping(item, "a period") is not { } mapping) continue;
            int? number = null;
            Localized<string>? title = null, years = null;
            foreach (var (key, _, value) in reader.Entries(mapping, Keys, "period"))
            {
                switch (key)
                {
                    case "number": number = reader.Integer(key, value, 1); break;
                    case "title": title = reader.LocalizedComplete(key, value, config); break;
                    case "years": years = reader.LocalizedComplete(key, value, config); break;
                }
            }
            if (number is null || title is null || years is null)
                reader.Error(item, DiagnosticCodes.MalformedData, "every period needs a 'number', a 'title' and 'years', each text in every language");
            else if (periods.Any(p => p.Number == number))
                reader.Error(item, DiagnosticCodes.MalformedData, $"period {number} is listed twice");
            else
                periods.Add(new Period(number.Value, title, years));
        }
        return new PeriodList([.. periods.OrderBy(p => p.Number)]);
    }
}
