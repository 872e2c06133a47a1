using Kennisbank.Assessments.Building;
using Kennisbank.Assessments.Model;
using static Kennisbank.Assessments.Definitions.HowReadyAreWe.Rules;

namespace Kennisbank.Assessments.Definitions;

/// <summary>The outcomes (a ladder, checked in this order), the cautions and the next steps of "Hoe klaar zijn we?".</summary>
public static partial class HowReadyAreWe
{
    private static AssessmentBuilder Outcomes(this AssessmentBuilder builder) => builder

        // Seed 000: after year 1 comes the search for a partner: its profile (step 4), then contact and choice (step 5).
        .Outcome("klaar-partner-zoeken", new("Klaar om een partner te zoeken", "Ready to look for a partner"),
            new(
                "De basis van jaar 1 van het stappenplan staat er. Volgens het stappenplan volgt nu de zoektocht naar een partner: eerst het profiel van de partner bepalen (stap 4), dan zoeken en kiezen (stap 5).",
                "The foundations of year 1 of the roadmap are in place. According to the roadmap, the search for a partner comes next: first define the partner's profile (step 4), then search and choose (step 5)."),
            o => o
            .Requires(NoPartnerYet, PolicyStatement, BroadSupport, OperatingBudget, Reciprocity, StrongYearOne)
            .Recommend(new("Bepaal het profiel van jullie partner (stap 4)", "Define the profile of your partner (step 4)"), "stappenplan/stap-4")
            .Recommend(new("Zoek en kies een partner (stap 5)", "Search for and choose a partner (step 5)"), "stappenplan/stap-5"))

        // Seed 000 step 7: a multi-year vision with an annual programme, communication, training, follow-up and evaluation.
        .Outcome("klaar-uitbouwen", new("Klaar om de samenwerking uit te bouwen", "Ready to build the cooperation"),
            new(
                "Jullie samenwerking heeft een stevige basis. Volgens het stappenplan horen daar nu bij: een meerjarenvisie met een jaarprogramma, communicatie over de samenwerking, en regelmatige opvolging en evaluatie (stap 7).",
                "Your cooperation has solid foundations. According to the roadmap, these now belong with it: a multi-year vision with an annual programme, communication about the cooperation, and regular follow-up and evaluation (step 7)."),
            o => o
            .Requires(HasPartner, PolicyStatement, BroadSupport, OperatingBudget, Reciprocity, StrongCooperation)
            .Recommend(new("Stel samen een meerjarenvisie en een jaarprogramma op (stap 7)", "Draw up a multi-year vision and an annual programme together (step 7)"), "stappenplan/stap-7")
            .Recommend(new("Durf bij te sturen wanneer iets niet werkt", "Dare to adjust when something does not work"), "lessen/durf-bijsturen"))

        .Outcome("bijna-klaar", new("Bijna klaar", "Almost ready"),
            new(
                "Een groot deel staat er, maar nog niet alles wat de volgende stap vraagt. Werk eerst aan wat hieronder ontbreekt.",
                "Much is in place, but not yet everything the next step needs. First work on what is missing below."),
            o => o
            .Requires(HalfOfAll)
            .Recommend(new("Toets de voorbereiding aan jullie beleidsopties (stap 3)", "Check your preparation against your policy options (step 3)"), "stappenplan/stap-3", When.Chose("partner", "nee"))
            .Recommend(new("Maak samen met de partner een mentale foto: waar staan jullie?", "Take a mental picture with your partner: where do you stand?"), "lessen/maak-mentale-fotos", When.Chose("partner", "ja")))

        // Seed 000: the roadmap starts with a year of groundwork at home; seed 001: a trajectory that stalls on unclear
        // political support or mandates goes back to broadening support and involvement.
        .Fallback("eerst-voorbereiden", new("Bereid eerst voor", "Prepare first"),
            new(
                "Er is nog veel voorbereiding nodig in de eigen gemeente. Dat is normaal: het stappenplan begint met een jaar 'wroeten in eigen grond'.",
                "There is still a lot to prepare at home. That is normal: the roadmap starts with a year of groundwork in your own municipality."),
            o => o
            .Recommend(new("Begin bij stap 1: het concept van de stedenband", "Start with step 1: the concept of a city link"), "stappenplan/stap-1", When.Chose("partner", "nee"))
            .Recommend(new("Raadpleeg breed over doel en uitwerking (stap 2)", "Consult widely on aims and approach (step 2)"), "stappenplan/stap-2", When.Chose("partner", "nee"))
            .Recommend(new("Vergroot het draagvlak voor de samenwerking", "Broaden support for the cooperation"), "lessen/vergroot-je-draagvlak", When.Chose("partner", "ja"))
            .Recommend(new("Geef de kerngroep een duidelijk mandaat", "Give the core group a clear mandate"), "lessen/betrokkenheid-is-key", When.Chose("partner", "ja")));

    private static AssessmentBuilder Cautions(this AssessmentBuilder builder) => builder

        // Seed 003: reciprocity is intrinsic, beyond donor and recipient, equal partners whatever their financial
        // strength; seed 001, "maak mentale foto's": from money as the starting point to an equal partnership.
        .Caution("donorreflex", When.Chose("wederkerigheid", "helpen"),
            new("Samenwerken is ook zelf leren", "Cooperation means learning yourselves too"),
            new(
                "Jullie antwoordden dat het vooral om helpen gaat. Wederkerigheid is een wezenlijk kenmerk van de samenwerking: beide besturen leren iets, als gelijkwaardige partners, ongeacht hun financiële slagkracht, met open communicatie, transparantie en wederzijdse verantwoording. Zolang één kant vooral geeft, raden we 'klaar' niet aan.",
                "You answered that it is mainly about helping. Reciprocity is an essential feature of the cooperation: both governments learn something, as equal partners, whatever their financial strength, with open communication, transparency and mutual accountability. As long as one side mainly gives, we do not say 'ready'."),
            ["fiches/essentie-stedenband", "lessen/maak-mentale-fotos"])

        // Seed 003: support as broad as possible, across majority and opposition; seed 001: continuity across elections.
        .Caution("smalle-steun", When.ChoseAny("politieke-steun", "een-partij", "meerderheid"),
            new("Zoek steun over de partijgrenzen heen", "Seek support across party lines"),
            new(
                "Politieke steun moet zo breed mogelijk zijn, over meerderheid en oppositie heen. Een samenwerking loopt vaak over meerdere bestuursperiodes, en elke wissel na verkiezingen kan haar blokkeren als het draagvlak smal is.",
                "Political support must be as broad as possible, across majority and opposition. Cooperation often runs over several terms of office, and every change after an election can block it when support is narrow."),
            ["fiches/essentie-stedenband", "lessen/vergroot-je-draagvlak"])

        // Seed 001, "Je kan niet alles online".
        .Caution("alleen-online", When.Chose("contact", "online"),
            new("Je kan niet alles online", "You cannot do everything online"),
            new(
                "Fysieke ontmoetingen geven meer diepgang en vertrouwen, en helpen om elkaars context te begrijpen. Zoek een evenwicht tussen online en fysiek contact.",
                "Meeting in person gives more depth and trust, and helps you understand each other's context. Look for a balance between online and in-person contact."),
            ["lessen/niet-alles-online"]);

    /// <summary>Every weak part gives a next step, linked to the lesson or the step that helps (hidden parts do not count).</summary>
    private static AssessmentBuilder NextSteps(this AssessmentBuilder builder) => builder
        .Advice(When.Score(Policy).Below(Half),
            new("Leg de doelen vast in een beleidsverklaring, met steun over de partijgrenzen heen (stap 1)", "Set out the goals in a policy statement, with support across party lines (step 1)"), "stappenplan/stap-1")
        .Advice(When.Score(Organisation).Below(Half),
            new("Geef een kerngroep een duidelijk mandaat, tijd en een vast werkingsbudget", "Give a core group a clear mandate, time and a structural operating budget"), "lessen/betrokkenheid-is-key")
        .Advice(When.Score(Support).Below(Half),
            new("Vergroot het draagvlak in je gemeente", "Broaden support in your municipality"), "lessen/vergroot-je-draagvlak")
        .Advice(When.Chose("partner", "nee") & When.Score(Preparation).Below(Half),
            new("Maak een profiel van jullie gemeente en breng de partners in kaart (stap 2)", "Draw up a profile of your municipality and map the partners (step 2)"), "stappenplan/stap-2")
        .Advice(When.Chose("partner", "nee") & When.Score(Preparation).Below(Half),
            new("Onderzoek ook de alternatieven, zoals netwerken (stap 3)", "Explore the alternatives too, such as networks (step 3)"), "stappenplan/stap-3")
        .Advice(When.Chose("partner", "ja") & When.Score(Partnership).Below(Half),
            new("Spreek met je partner dezelfde taal", "Speak the same language as your partner"), "lessen/spreek-dezelfde-taal")
        .Advice(When.Chose("partner", "ja") & When.Score(Partnership).Below(Half),
            new("Zoek een balans tussen online en fysiek contact", "Balance online and in-person contact"), "lessen/niet-alles-online")
        .Advice(!When.Chose("sdg-visie", QuestionBuilder.YesId),
            new("Gebruik de SDG's als gemeenschappelijk kader", "Use the SDGs as a shared framework"), "lessen/internationaal-kader");
}
