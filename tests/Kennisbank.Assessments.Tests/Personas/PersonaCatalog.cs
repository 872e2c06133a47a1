namespace Kennisbank.Assessments.Tests.Personas;

/// <summary>
/// Fourteen municipalities written from the seeds, and what a VVSG advisor would expect the two self-assessments to tell
/// them. The answers are result links, so each persona can also be opened on the site. Seeds: 000 the roadmap, 001 the
/// renewal trajectory and its lessons, 003 the essence of a city link, 004 the SDG partnerships.
/// </summary>
public static class PersonaCatalog
{
    // Answers of "Stedenband of alternatief?" in question order: actieve-stedenband, politieke-steun, kerngroep, tijd,
    // budget, middenveld, tijdshorizon, vorm, inhoud, werkbezoeken (one partner only), wederkerig (1–5).
    private static string CityLink(string active, string support, string core, string time, string budget, string civil,
        string horizon, string form, string focus, string? visits, int reciprocity) =>
        $"r=actieve-stedenband:{active},politieke-steun:{support},kerngroep:{core},tijd:{time},budget:{budget},middenveld:{civil}," +
        $"tijdshorizon:{horizon},vorm:{form},inhoud:{focus}," + (visits is null ? "" : $"werkbezoeken:{visits},") + $"wederkerig:{reciprocity}";

    // Answers of "Hoe klaar zijn we?": partner, politieke-steun, beleidsverklaring, kerngroep, tijd, werkingsbudget,
    // draagvlak, sdg-visie, wederkerigheid, then profiel and alternatieven (no partner) or afspraken and contact (partner).
    private static string Readiness(string partner, string support, string statement, string core, string time, string budget,
        string involved, string sdgs, string reciprocity, string first, string second) =>
        $"r=partner:{partner},politieke-steun:{support},beleidsverklaring:{statement},kerngroep:{core},tijd:{time}," +
        $"werkingsbudget:{budget},draagvlak:{involved},sdg-visie:{sdgs},wederkerigheid:{reciprocity}," +
        (partner == "nee" ? $"profiel:{first},alternatieven:{second}" : $"afspraken:{first},contact:{second}");

    private static readonly string[] None = [];

    private static readonly string[] ClassicConditions =
        ["nieuwe-stedenband", "een-partner", "lang-proces", "mandaat", "werkingsbudget", "tijd", "werkbezoeken"];

    private static readonly string[] SdgConditions =
        ["een-partner", "hoogstens-twee-jaar", "een-thema", "leren", "niet-een-persoon", "werkbezoeken-sdg", "tijd-sdg"];

    private static readonly string[] ReadyYearOne =
        ["geen-partner", "beleidsverklaring", "brede-steun", "werkingsbudget", "wederkerigheid", "geen-zwak-onderdeel-jaar-1"];

    private static readonly string[] ReadyWithPartner =
        ["met-partner", "beleidsverklaring", "brede-steun", "werkingsbudget", "wederkerigheid", "geen-zwak-onderdeel"];

    public static IReadOnlyList<Persona> All { get; } =
    [
        // Seed 003: an official agreement backed politically and by society, political support across majority and
        // opposition, civil society in every phase, reciprocity; seed 001: a mandated core group and a fixed operating
        // budget; seed 000: year 1 done (policy statement, profile, alternatives), so next is the partner's profile.
        new("Toegewijde gemeente", "003 definitie en principes; 001 betrokkenheid is key, toekomstmuziek; 000 jaar 1, stap 4",
            new(CityLink("nee", "breed", "mandaat", "ja", "structureel", "ja", "lang", "een-partner", "bestuurskracht", "ja", 5),
                "stedenband", None, ClassicConditions, "vernieuwen", ["actieve-stedenband"]),
            new(Readiness("nee", "breed", "ja", "ja", "voldoende", "structureel", "inwoners", "ja", "leren", "ja", "ja"),
                "klaar-partner-zoeken", None, ReadyYearOne, "klaar-uitbouwen", ["met-partner", "geen-zwak-onderdeel"])),

        // Seed 004 §3.1 (at most two years), §3.2 (one theme), §3.4 (the programme's €35,000, so no fixed budget
        // needed), §3.5 (not one person: a working group will do), §3.9 (visits both ways, openness to learn, time).
        // Readiness for a city link is another matter: seed 001 calls a mandated core group indispensable.
        new("Lichte leerder met een thema en twee jaar", "004 §3.1, §3.2, §3.4, §3.5, §3.9; 001 betrokkenheid is key",
            new(CityLink("nee", "breed", "werkgroep", "ja", "geen", "ja", "twee-jaar", "een-partner", "een-thema", "ja", 4),
                "sdg-partnerschap", None, SdgConditions, "stedenband", ["lang-proces", "mandaat", "werkingsbudget"]),
            new(Readiness("nee", "breed", "nee", "nee", "deels", "geen", "middenveld", "ja", "leren", "nee", "ja"),
                "eerst-voorbereiden", None, ["kerngroep"], "klaar-partner-zoeken", ["beleidsverklaring", "werkingsbudget", "geen-zwak-onderdeel-jaar-1"])),

        // Seed 003, "Tot slot": joining thematic or geographic networks may make more sense than a city link; seed 004
        // §3.5: a partnership must not rest with one person or department, so that gets a caution.
        new("Thematische netwerker", "003 tot slot (netwerken); 004 §3.5",
            new(CityLink("nee", "breed", "een-persoon", "nee", "geen", "weet-niet", "nog-onduidelijk", "netwerk", "een-thema", null, 4),
                "netwerk", ["een-persoon"], ["netwerk"], "sdg-partnerschap", ["een-partner", "niet-een-persoon", "werkbezoeken-sdg", "tijd-sdg"]),
            null),

        // Seed 003: "Politieke steun is onontbeerlijk"; seed 001: a mandated core group is indispensable; seed 003, the
        // human pitfall (projects) and reciprocity; seed 000: year 1 first.
        new("Gemeente die nog niet klaar is", "003 principes, menselijke valkuil; 001 betrokkenheid is key; 000 jaar 1",
            new(CityLink("nee", "nog-niet", "niemand", "nee", "geen", "nee", "nog-onduidelijk", "een-partner", "projecten", "weet-niet", 2),
                "eerst-voorbereiden", ["donorreflex", "projectreflex"], ["politieke-steun", "trekker"], "stedenband",
                ["lang-proces", "mandaat", "werkingsbudget", "tijd", "werkbezoeken"]),
            new(Readiness("nee", "geen", "nee", "nee", "nauwelijks", "geen", "bestuur", "nee", "helpen", "nee", "nee"),
                "eerst-voorbereiden", ["donorreflex"], ["politieke-steun", "kerngroep"], "klaar-partner-zoeken",
                ["beleidsverklaring", "brede-steun", "werkingsbudget", "wederkerigheid", "geen-zwak-onderdeel-jaar-1"])),

        // Seed 003: reciprocity is "een intrinsiek kenmerk", beyond "de traditionele donor-ontvanger relatie"; seed 001,
        // "maak mentale foto's". The form still fits, so the advice stands, with the caution; readiness waits for it.
        new("Donorreflex", "003 wederkerigheid, gelijkwaardig partnerschap; 001 maak mentale foto's",
            new(CityLink("nee", "breed", "mandaat", "ja", "structureel", "ja", "lang", "een-partner", "bestuurskracht", "ja", 1),
                "stedenband", ["donorreflex"], ClassicConditions, "vernieuwen", ["actieve-stedenband"]),
            new(Readiness("nee", "breed", "ja", "ja", "voldoende", "structureel", "inwoners", "ja", "helpen", "ja", "ja"),
                "bijna-klaar", ["donorreflex"], ["helft-van-de-punten"], "klaar-partner-zoeken", ["wederkerigheid"])),

        // Seed 001: the renewal of city links running since 2001 and 2004, from money as the starting point to an equal
        // partnership; "je kan niet alles online"; "spreek dezelfde taal" (the partnership part is weak).
        new("Stedenband van lang geleden die wil vernieuwen", "001 het traject, maak mentale foto's, spreek dezelfde taal, niet alles online",
            new(CityLink("ja", "breed", "mandaat", "ja", "structureel", "ja", "lang", "een-partner", "bestuurskracht", "ja", 3),
                "vernieuwen", None, ["actieve-stedenband", "een-partner", "lang-proces", "mandaat", "werkingsbudget", "tijd"],
                "stedenband", ["nieuwe-stedenband"]),
            new(Readiness("ja", "breed", "ja", "ja", "deels", "structureel", "middenveld", "ja", "allebei", "nee", "online"),
                "bijna-klaar", ["alleen-online"], ["helft-van-de-punten"], "klaar-uitbouwen", ["geen-zwak-onderdeel"])),

        // Seed 000 step 1: the policy statement is there; seed 003: support "zo breed mogelijk ... over de partijgrenzen
        // en meerderheid en oppositie heen"; seed 001: continuity across legislatures.
        new("Beleidsverklaring, maar steun van één partij", "000 stap 1; 003 politiek maar niet partijgebonden; 001 vergroot je draagvlak",
            new(CityLink("nee", "meerderheid", "mandaat", "ja", "structureel", "ja", "lang", "een-partner", "bestuurskracht", "ja", 4),
                "stedenband", ["smalle-steun"], ClassicConditions, "vernieuwen", ["actieve-stedenband"]),
            new(Readiness("nee", "een-partij", "ja", "ja", "voldoende", "structureel", "middenveld", "ja", "leren", "ja", "ja"),
                "bijna-klaar", ["smalle-steun"], ["helft-van-de-punten"], "klaar-partner-zoeken", ["brede-steun"])),

        // Seed 001, "Toekomstmuziek": only possible with a fixed operating budget; without one, everything depends on the
        // subsidies of the moment. Everything else fits a classic city link.
        new("Alles behalve een vast budget", "001 toekomstmuziek",
            new(CityLink("nee", "breed", "mandaat", "ja", "subsidies", "ja", "lang", "een-partner", "bestuurskracht", "ja", 4),
                "eerst-voorbereiden", None, None, "stedenband", ["werkingsbudget"]),
            new(Readiness("nee", "breed", "ja", "ja", "voldoende", "subsidies", "inwoners", "ja", "leren", "ja", "ja"),
                "bijna-klaar", None, ["helft-van-de-punten"], "klaar-partner-zoeken", ["werkingsbudget"])),

        // Seed 004 §3.2: an SDG partnership can be "een opstap ... voor langdurige internationale samenwerking", so not
        // knowing the horizon yet does not block it.
        new("Weet de tijdshorizon nog niet", "004 §3.1, §3.2 (opstap)",
            new(CityLink("nee", "breed", "werkgroep", "ja", "geen", "nee", "nog-onduidelijk", "een-partner", "een-thema", "ja", 3),
                "sdg-partnerschap", None, SdgConditions, "stedenband", ["lang-proces", "mandaat", "werkingsbudget"]),
            null),

        // Seed 003, "De menselijke valkuil": quick, "fotografeerbare" results tempt; projects only embedded in a trajectory.
        new("Projectreflex", "003 geen projectwerk, de menselijke valkuil",
            new(CityLink("nee", "breed", "mandaat", "ja", "structureel", "ja", "lang", "een-partner", "projecten", "ja", 4),
                "stedenband", ["projectreflex"], ClassicConditions, "vernieuwen", ["actieve-stedenband"]),
            null),

        // Seed 004 §3.5: "Dit partnerschap mag niet bij één persoon of dienst terecht komen"; seed 001: a coordinator left.
        new("Alles rust op één persoon", "004 §3.5; 001 vergroot je draagvlak",
            new(CityLink("nee", "breed", "een-persoon", "ja", "geen", "ja", "twee-jaar", "een-partner", "een-thema", "ja", 4),
                "eerst-voorbereiden", ["een-persoon"], None, "sdg-partnerschap", ["niet-een-persoon"]),
            null),

        // Seed 001: renewing needs a fixed budget (Toekomstmuziek), and physical meetings (niet alles online); the habit of
        // giving ("maak mentale foto's") and narrow support are cautions.
        new("Vernieuwer zonder budget", "001 toekomstmuziek, niet alles online, maak mentale foto's; 003 breed gedragen",
            new(CityLink("ja", "breed", "mandaat", "ja", "geen", "ja", "lang", "een-partner", "bestuurskracht", "nee", 2),
                "eerst-voorbereiden", ["donorreflex", "alleen-online"], None, "vernieuwen", ["werkingsbudget"]),
            new(Readiness("ja", "meerderheid", "ja", "ja", "deels", "geen", "middenveld", "nee", "helpen", "nee", "fysiek"),
                "eerst-voorbereiden", ["donorreflex", "smalle-steun"], None, "klaar-uitbouwen",
                ["brede-steun", "werkingsbudget", "wederkerigheid", "geen-zwak-onderdeel"])),

        // Seed 000 step 7: a multi-year vision, communication, follow-up; seed 001: shared language, online and in person.
        new("Sterke samenwerking met een partner", "000 stap 7; 001 spreek dezelfde taal, niet alles online",
            new(CityLink("ja", "breed", "mandaat", "ja", "structureel", "ja", "lang", "een-partner", "bestuurskracht", "ja", 5),
                "vernieuwen", None, ["actieve-stedenband", "een-partner", "lang-proces", "mandaat", "werkingsbudget", "tijd"],
                "stedenband", ["nieuwe-stedenband"]),
            new(Readiness("ja", "breed", "ja", "ja", "voldoende", "structureel", "inwoners", "ja", "leren", "ja", "beide"),
                "klaar-uitbouwen", None, ReadyWithPartner, "klaar-partner-zoeken", ["geen-partner", "geen-zwak-onderdeel-jaar-1"])),

        // Seed 003: without political support, nothing else decides: not a classic link, not "almost ready".
        new("Alles op orde behalve de politieke steun", "003 politieke steun is onontbeerlijk",
            new(CityLink("nee", "nog-niet", "mandaat", "ja", "structureel", "ja", "lang", "een-partner", "bestuurskracht", "ja", 5),
                "eerst-voorbereiden", None, ["politieke-steun"], "stedenband", None),
            new(Readiness("nee", "geen", "ja", "ja", "voldoende", "structureel", "inwoners", "ja", "leren", "ja", "ja"),
                "eerst-voorbereiden", None, ["politieke-steun"], "bijna-klaar", None)),
    ];
}
