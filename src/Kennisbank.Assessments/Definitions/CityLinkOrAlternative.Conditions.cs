using Kennisbank.Assessments.Building;
using Kennisbank.Assessments.Model;
using static Kennisbank.Assessments.Building.Conditions;

namespace Kennisbank.Assessments.Definitions;

/// <summary>
/// The gates and entry conditions of "Stedenband of alternatief?", each with the seed passage it comes from. A sentence
/// says what a form needs, so it reads as a reason for that form and, when it fails, as the reason against it.
/// </summary>
public static partial class CityLinkOrAlternative
{
    // A nested class, so that its fields are initialised before the assessment (in the other file) reads them: the
    // order of static initialisers across the files of a partial class is not defined.
    internal static class Rules
    {
        // ---- Gates: what the seeds call indispensable, for any form ----

        // Seed 003, "Principes": "Politieke steun is onontbeerlijk voor een stedenband"; seed 004 §3.5 and §3.9 ask political
        // involvement of an SDG partnership too; seed 000 step 1 starts with political will ("politieke wil").
        internal static readonly Condition PoliticalSupport = Make("politieke-steun", !When.Chose("politieke-steun", "nog-niet"),
            new("Politieke steun is onontbeerlijk. Zonder politieke steun raden we altijd eerst voorbereiden aan.",
                "Political support is indispensable. Without political support we always advise preparing first."),
            "fiches/essentie-stedenband");

        // Seed 001, "Betrokkenheid is key": "De daadkracht van dit project wordt bepaald door de betrokkenheid van de
        // deelnemers"; a core group with a mandate is indispensable. At the least someone must carry the cooperation.
        internal static readonly Condition SomeoneCarriesIt = Make("trekker", !When.Chose("kerngroep", "niemand"),
            new("Iemand moet de samenwerking trekken. Als nog niemand dat doet, raden we altijd eerst voorbereiden aan.",
                "Someone has to carry the cooperation. When nobody does yet, we always advise preparing first."),
            "lessen/betrokkenheid-is-key");

        // ---- Entry conditions ----

        // Seed 003, definition: "samenwerkingsakkoord tussen twee lokale besturen"; seed 004 §3.1: partnerships between a
        // Flemish local government and one in the Global South.
        internal static readonly Condition OnePartner = Make("een-partner", When.Chose("vorm", "een-partner"),
            new("Het gaat om een samenwerking met één partnergemeente.", "It is a cooperation with one partner municipality."),
            "fiches/essentie-stedenband");

        // Seed 003: "Een stedenband is geen projectwerk, maar vraagt om een procesmatige aanpak ... probeert een duurzaam
        // effect te genereren op lange termijn"; seed 000 step 7: a multi-year vision.
        internal static readonly Condition LongProcess = Make("lang-proces", When.Chose("tijdshorizon", "lang"),
            new("Een stedenband is een proces over meerdere jaren, geen project met snelle resultaten.",
                "A city link is a process over several years, not a project with quick results."),
            "fiches/essentie-stedenband");

        // Seed 001, "Betrokkenheid is key": "Een kerngroep die een duidelijk mandaat heeft vanuit de gemeente en de waarde
        // van het project inziet, is onontbeerlijk."
        internal static readonly Condition Mandate = Make("mandaat", When.Chose("kerngroep", "mandaat"),
            new("Een kerngroep met een duidelijk mandaat van het bestuur is onontbeerlijk voor een stedenband.",
                "A core group with a clear mandate from the council is indispensable for a city link."),
            "lessen/betrokkenheid-is-key");

        // Seed 001, "Toekomstmuziek": "alleen mogelijk als er een vast werkingsbudget beschikbaar is binnen de
        // stedenbandwerking. Zonder werkingsbudget zal de samenwerking volledig afhankelijk zijn van de subsidies".
        internal static readonly Condition OperatingBudget = Make("werkingsbudget", When.Chose("budget", "structureel"),
            new("Een stedenband vraagt een vast werkingsbudget; zonder hangt de samenwerking af van de subsidies van het moment.",
                "A city link needs a structural operating budget; without one, the cooperation depends on whatever subsidies there are."),
            "lessen/toekomstmuziek");

        // Seed 000 step 7, obstacle: "Capaciteit in de eigen gemeente ontbreekt ... of kan niet ingezet worden omdat ze
        // prioritair met andere taken moeten bezig zijn."
        internal static readonly Condition StaffTime = Make("tijd", When.Chose("tijd", QuestionBuilder.YesId),
            new("Een stedenband vraagt blijvend tijd van medewerkers; als die capaciteit ontbreekt, loopt de samenwerking vast.",
                "A city link takes staff time, year after year; without that capacity the cooperation stalls."),
            "stappenplan/stap-7");

        // Seed 000 step 6: "Identificatiemissie en confirmatie (Zuid naar Noord en omgekeerd)".
        internal static readonly Condition VisitsCityLink = Make("werkbezoeken", When.Chose("werkbezoeken", QuestionBuilder.YesId),
            new("De partners leren elkaar kennen met bezoeken in beide richtingen, van Zuid naar Noord en omgekeerd.",
                "The partners get to know each other through visits both ways, from South to North and back."),
            "stappenplan/stap-6");

        // Our own routing, not the seeds': seed 001 is a whole trajectory about renewing existing city links, so a
        // municipality that has one is pointed there first rather than to "find a partner" (roadmap step 4).
        internal static readonly Condition NoActiveLink = Make("nieuwe-stedenband", When.Chose("actieve-stedenband", "nee"),
            new("Het gaat om een nieuwe stedenband. Wie al een actieve stedenband heeft, vertrekt beter van die samenwerking.",
                "It is a new city link. A municipality with an active city link had better start from that cooperation."),
            "lessen/traject", suggestion: true);

        // Seed 001: the renewal trajectory (2019–2022) started from three running city links (since 2001 and 2004).
        internal static readonly Condition ActiveLink = Make("actieve-stedenband", When.Chose("actieve-stedenband", "ja"),
            new("Vernieuwen vertrekt van een stedenband die nog loopt, zoals in het vernieuwingstraject van 2019–2022.",
                "Renewing starts from a city link that is still running, as in the renewal trajectory of 2019–2022."),
            "lessen/traject");

        // Seed 003, "Tot slot": "Of kan het zinvoller zijn om aan te sluiten bij multilaterale initiatieven, zoals het
        // inschrijven in thematische of geografische netwerken."
        internal static readonly Condition SeveralPartners = Make("netwerk", When.Chose("vorm", "netwerk"),
            new("Jullie willen met meerdere gemeenten samenwerken: dan kan een thematisch of geografisch netwerk zinvoller zijn dan een stedenband.",
                "You want to work with several municipalities: a thematic or geographic network may then make more sense than a city link."),
            "fiches/essentie-stedenband");

        // Seed 004 §3.1: "beperkte duur ... maximaal 2 jaar"; §3.2: "een opstap ... voor langdurige internationale
        // samenwerking". Not knowing the horizon yet does not block a time-limited partnership.
        internal static readonly Condition AtMostTwoYears = Make("hoogstens-twee-jaar", When.ChoseAny("tijdshorizon", "twee-jaar", "nog-onduidelijk"),
            new("Een SDG-partnerschap duurt hoogstens twee jaar; het kan een opstap zijn naar een langere samenwerking.",
                "An SDG partnership lasts two years at most; it can be a first step towards longer cooperation."),
            "fiches/sdg-partnerschappen");

        // Seed 004 §3.2: "kort lopende partnerschappen thematisch moeten afbakenen", e.g. citizen participation in Rwanda.
        internal static readonly Condition OneTheme = Make("een-thema", When.Chose("inhoud", "een-thema"),
            new("Een SDG-partnerschap draait rond één afgebakend thema, zoals burgerparticipatie.",
                "An SDG partnership centres on one clearly defined theme, such as citizen participation."),
            "fiches/sdg-partnerschappen");

        // Seed 004 §3.9: "Openheid om te leren van de inbreng van de Rwandese gemeente"; "op een gelijkwaardige basis".
        internal static readonly Condition OpenToLearn = Make("leren", When.ChoseAny("wederkerig", "3", "4", "5"),
            new("Een SDG-partnerschap vraagt openheid om van de partner te leren, op gelijkwaardige basis.",
                "An SDG partnership asks for openness to learn from the partner, on an equal footing."),
            "fiches/sdg-partnerschappen");

        // Seed 004 §3.5: "Dit partnerschap mag niet bij één persoon of dienst terecht komen in de gemeente ... een interne
        // stuurgroep met een brede samenstelling van actoren."
        internal static readonly Condition NotOnePerson = Make("niet-een-persoon", When.ChoseAny("kerngroep", "mandaat", "werkgroep"),
            new("Een SDG-partnerschap mag niet bij één persoon of één dienst terechtkomen; een brede interne stuurgroep helpt.",
                "An SDG partnership must not rest with one person or one department; a broad internal steering group helps."),
            "fiches/sdg-partnerschappen");

        // Seed 004 §3.9: "minstens één werkbezoek ... + minstens éénmaal de ontvangst ... van een delegatie".
        internal static readonly Condition VisitsSdg = Make("werkbezoeken-sdg", When.Chose("werkbezoeken", QuestionBuilder.YesId),
            new("Een SDG-partnerschap vraagt minstens één werkbezoek aan de partner en één ontvangst van een delegatie.",
                "An SDG partnership asks for at least one working visit to the partner and hosting one delegation in return."),
            "fiches/sdg-partnerschappen");

        // Seed 004 §3.9, "Tijdsinvestering": at least 5 fixed half-day meetings, a working visit of about a week per year,
        // and at least 3 digital support sessions a year.
        internal static readonly Condition TimeSdg = Make("tijd-sdg", When.Chose("tijd", QuestionBuilder.YesId),
            new("Een SDG-partnerschap vraagt tijd: minstens vijf vergaderingen van een halve dag, een werkbezoek van ongeveer een week per jaar en digitale sessies.",
                "An SDG partnership takes time: at least five half-day meetings, a working visit of about a week a year, and digital sessions."),
            "fiches/sdg-partnerschappen");
    }
}
