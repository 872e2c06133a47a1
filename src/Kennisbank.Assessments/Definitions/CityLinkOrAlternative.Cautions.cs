using Kennisbank.Assessments.Building;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Definitions;

/// <summary>
/// The safeguards of "Stedenband of alternatief?": answers the seeds treat as warning signs add a sourced caution to
/// whatever the outcome is.
/// </summary>
public static partial class CityLinkOrAlternative
{
    private static AssessmentBuilder Cautions(this AssessmentBuilder builder) => builder

        // Seed 003, "Principes": equal partners "ongeacht hun ongelijke financiële slagkracht"; beyond "de traditionele
        // donor-ontvanger relatie"; "Open communicatie, transparantie en wederzijdse verantwoording"; reciprocity is "een
        // intrinsiek kenmerk". Seed 001, "Maak mentale foto's": from unequal cooperation with money as the starting point
        // to an equal partnership. Seed 004 §3.9: openness to learn.
        .Caution("donorreflex", When.ChoseAny("wederkerig", "1", "2"),
            new("Samenwerken is ook zelf leren", "Cooperation means learning yourselves too"),
            new(
                "Jullie antwoordden dat het vooral om helpen gaat. Wederkerigheid is een wezenlijk kenmerk van een stedenband: beide besturen leren iets uit de samenwerking, als gelijkwaardige partners, ongeacht hun financiële slagkracht. De bronnen willen de klassieke relatie van gever en ontvanger overstijgen, met open communicatie, transparantie en wederzijdse verantwoording. Ook een SDG-partnerschap vraagt openheid om te leren.",
                "You answered that it is mainly about helping. Reciprocity is an essential feature of a city link: both governments learn from the cooperation, as equal partners, whatever their financial strength. The sources want to move beyond the classic donor–recipient relationship, with open communication, transparency and mutual accountability. An SDG partnership, too, asks for openness to learn."),
            ["fiches/essentie-stedenband", "lessen/maak-mentale-fotos"])

        // Seed 003, "De menselijke valkuil": the temptation of short-term, "fotografeerbare" results; the VVSG advises a
        // pragmatic solution: short projects only embedded in a clear trajectory of capacity building, and to
        // "communiceer regelmatig klaar en duidelijk over de eigenlijke bedoeling van de stedenband naar de bevolking".
        .Caution("projectreflex", When.Chose("inhoud", "projecten"),
            new("Een stedenband is een proces, geen project", "A city link is a process, not a project"),
            new(
                "Snel zichtbare resultaten zijn verleidelijk, voor politici hier en bij de partner. De VVSG raadt een pragmatische aanpak aan: korte projecten kunnen motiveren, maar alleen als ze ingebed zijn in een duidelijk traject van bestuurskrachtversterking. Vertel inwoners regelmatig waarvoor de samenwerking echt dient.",
                "Quick, visible results are tempting, for politicians here and at the partner's. The VVSG advises a pragmatic approach: short projects can motivate, but only when they are embedded in a clear trajectory of strengthening local government. Tell residents regularly what the cooperation is really for."),
            ["fiches/essentie-stedenband"])

        // Seed 003: political support "moet zo breed mogelijk gedragen worden, over de partijgrenzen en meerderheid en
        // oppositie heen". Seed 001, "Vergroot je draagvlak": a multi-year trajectory spans several legislatures and
        // "Elke overgang brengt het risico met zich mee dat het project geblokkeerd of belemmerd wordt."
        .Caution("smalle-steun", When.Chose("politieke-steun", "meerderheid"),
            new("Zoek steun over de partijgrenzen heen", "Seek support across party lines"),
            new(
                "Politieke steun moet zo breed mogelijk zijn, over meerderheid en oppositie heen. Een samenwerking loopt vaak over meerdere bestuursperiodes, en elke wissel na verkiezingen kan haar blokkeren als het draagvlak smal is.",
                "Political support must be as broad as possible, across majority and opposition. Cooperation often runs over several terms of office, and every change after an election can block it when support is narrow."),
            ["fiches/essentie-stedenband", "lessen/vergroot-je-draagvlak"])

        // Seed 004 §3.5: "mag niet bij één persoon of dienst terecht komen". Seed 001, "Vergroot je draagvlak": the
        // departure of a coordinator; "een duidelijk mandaat en een sterke kerngroep essentieel".
        .Caution("een-persoon", When.Chose("kerngroep", "een-persoon"),
            new("Laat de samenwerking niet op één persoon rusten", "Do not let the cooperation rest on one person"),
            new(
                "Een partnerschap mag niet bij één persoon of één dienst terechtkomen. In het vernieuwingstraject kwam de samenwerking onder druk toen een coördinator vertrok; een sterke kerngroep met een duidelijk mandaat maakt haar minder kwetsbaar.",
                "A partnership must not rest with one person or one department. In the renewal trajectory the cooperation came under pressure when a coordinator left; a strong core group with a clear mandate makes it less vulnerable."),
            ["lessen/vergroot-je-draagvlak", "fiches/sdg-partnerschappen"])

        // Seed 001, "Je kan niet alles online": physical meetings give depth, trust and understanding of each other's context.
        .Caution("alleen-online", When.Chose("werkbezoeken", QuestionBuilder.NoId),
            new("Je kan niet alles online", "You cannot do everything online"),
            new(
                "Fysieke ontmoetingen geven meer diepgang en vertrouwen, en helpen om elkaars context te begrijpen. Zoek een evenwicht tussen online en fysiek contact.",
                "Meeting in person gives more depth and trust, and helps you understand each other's context. Look for a balance between online and in-person contact."),
            ["lessen/niet-alles-online"]);
}
