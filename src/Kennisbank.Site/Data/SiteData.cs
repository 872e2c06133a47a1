using System.Collections.Immutable;

namespace Kennisbank.Site.Data;

/// <summary>A text in both languages.</summary>
public sealed record LocalizedText(string Nl, string En)
{
    public string For(string lang) => lang == Languages.English ? En : Nl;
}

public sealed record Sdg(int Number, string Nl, string En, string Colour)
{
    public string Name(string lang) => lang == Languages.English ? En : Nl;
}

public sealed record GlossaryEntry(LocalizedText Term, LocalizedText Definition);

public sealed record Period(int Number, LocalizedText Title, LocalizedText Years);

/// <summary>Everything in <c>input/_data/</c>, typed.</summary>
public sealed record SiteData(
    ImmutableArray<Sdg> Sdgs,
    ImmutableArray<GlossaryEntry> Glossary,
    ImmutableArray<Period> Periods)
{
    public static readonly SiteData Empty = new([], [], []);
}
