using Kennisbank.Assessments.Model;

namespace Kennisbank.Site.Features.Assessments;

/// <summary>
/// The slug, title and description of an assessment's generated pages. They are content of those pages, so they live
/// with their generator, in the languages the assessments are written in ({0} is the assessment's title).
/// </summary>
public sealed record PageTexts(Text Slug, Text Title, Text Description)
{
    public static readonly PageTexts Method = new(
        new("berekening", "method"),
        new("Berekening: {0}", "How it is calculated: {0}"),
        new("Hoe de zelftest '{0}' een resultaat kiest: de voorwaarden als zinnen, de punten per antwoord, de waarschuwingen en de bronnen.",
            "How the self-assessment '{0}' chooses a result: the conditions as sentences, the points per answer, the cautions and the sources."));

    public static readonly PageTexts Group = new(
        new("samen", "together"),
        new("Samen invullen: {0}", "Take it together: {0}"),
        new("Vul de zelftest '{0}' in als groep: elk lid op een eigen toestel, de begeleider legt de antwoorden samen. Niets wordt verstuurd.",
            "Take the self-assessment '{0}' as a group: each member on their own device, the facilitator combines the answers. Nothing is sent anywhere."));
}
