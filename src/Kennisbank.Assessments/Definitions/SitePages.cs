namespace Kennisbank.Assessments.Definitions;

/// <summary>
/// The site's page ids (the fixed page map), for validating recommendation links when the assessments are checked on
/// their own. The site build passes the ids it actually found instead.
/// </summary>
public static class SitePages
{
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "stappenplan/index", "stappenplan/stap-1", "stappenplan/stap-2", "stappenplan/stap-3", "stappenplan/stap-4",
        "stappenplan/stap-5", "stappenplan/stap-6", "stappenplan/stap-7",
        "fiches/index", "fiches/essentie-stedenband", "fiches/vvsg-op-werkbezoek", "fiches/sdg-partnerschappen",
        "lessen/index", "lessen/traject", "lessen/maak-mentale-fotos", "lessen/durf-bijsturen", "lessen/internationaal-kader",
        "lessen/spreek-dezelfde-taal", "lessen/betrokkenheid-is-key", "lessen/niet-alles-online",
        "lessen/vergroot-je-draagvlak", "lessen/toekomstmuziek",
        "sdg-cirkeloefening/index", "sdg-cirkeloefening/spelborden", "sdg-cirkeloefening/werkwijze",
        "woordenlijst/index",
        "zelftest/index",
    };
}
