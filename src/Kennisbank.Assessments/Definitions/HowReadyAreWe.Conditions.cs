using Kennisbank.Assessments.Building;
using Kennisbank.Assessments.Model;
using static Kennisbank.Assessments.Building.Conditions;

namespace Kennisbank.Assessments.Definitions;

/// <summary>The gates and entry conditions of "Hoe klaar zijn we?", each with the seed passage it comes from.</summary>
public static partial class HowReadyAreWe
{
    /// <summary>The dimensions, named once. "Voorbereiding" is asked only without a partner (year 1 of the roadmap),
    /// "partnerschap" only with one.</summary>
    internal const string Policy = "beleid", Organisation = "organisatie", Support = "draagvlak",
        Preparation = "voorbereiding", Partnership = "partnerschap";

    /// <summary>A part counts as weak below half of its points: our threshold, not the seeds'.</summary>
    internal const int Half = 50;

    // A nested class, so that its fields are initialised before the assessment (in the other file) reads them.
    internal static class Rules
    {
        // ---- Gates ----

        // Seed 003, "Principes": "Politieke steun is onontbeerlijk voor een stedenband".
        internal static readonly Condition PoliticalSupport = Make("politieke-steun", !When.Chose("politieke-steun", "geen"),
            new("Politieke steun is onontbeerlijk. Zonder politieke steun raden we altijd eerst voorbereiden aan.",
                "Political support is indispensable. Without political support we always advise preparing first."),
            "fiches/essentie-stedenband");

        // Seed 001, "Betrokkenheid is key": "Een kerngroep die een duidelijk mandaat heeft vanuit de gemeente en de waarde
        // van het project inziet, is onontbeerlijk."
        internal static readonly Condition CoreGroup = Make("kerngroep", When.Chose("kerngroep", QuestionBuilder.YesId),
            new("Een kerngroep met een duidelijk mandaat is onontbeerlijk. Zonder kerngroep raden we altijd eerst voorbereiden aan.",
                "A core group with a clear mandate is indispensable. Without one we always advise preparing first."),
            "lessen/betrokkenheid-is-key");

        // ---- Entry conditions ----

        // Seed 000: year 1 is groundwork at home; the search for a partner comes in years 1–2 (steps 4–6).
        internal static readonly Condition NoPartnerYet = Make("geen-partner", When.Chose("partner", "nee"),
            new("Jullie hebben nog geen partner: dan gaat het om jaar 1 van het stappenplan, en daarna om een partner zoeken.",
                "You have no partner yet: then it is about year 1 of the roadmap, and after that about finding a partner."),
            "stappenplan/index");

        // Seed 000, years 2–3: the actual cooperation (step 7).
        internal static readonly Condition HasPartner = Make("met-partner", When.Chose("partner", "ja"),
            new("Jullie werken al samen met een partner: dan gaat het om de samenwerking zelf (stap 7).",
                "You already work with a partner: then it is about the cooperation itself (step 7)."),
            "stappenplan/stap-7");

        // Seed 000 step 1: the document of step 1 is a policy statement ("Beleidsverklaring").
        internal static readonly Condition PolicyStatement = Make("beleidsverklaring", When.Chose("beleidsverklaring", QuestionBuilder.YesId),
            new("De doelen staan in een beleidsverklaring, het document van stap 1 van het stappenplan.",
                "The goals are set out in a policy statement, the document of step 1 of the roadmap."),
            "stappenplan/stap-1");

        // Seed 003: support "moet zo breed mogelijk gedragen worden, over de partijgrenzen en meerderheid en oppositie heen".
        internal static readonly Condition BroadSupport = Make("brede-steun", When.Chose("politieke-steun", "breed"),
            new("De politieke steun is breed, over de partijgrenzen heen: bij meerderheid en oppositie.",
                "Political support is broad, across party lines: in the majority and the opposition."),
            "fiches/essentie-stedenband");

        // Seed 001, "Toekomstmuziek": only possible with a fixed operating budget, otherwise dependent on subsidies.
        internal static readonly Condition OperatingBudget = Make("werkingsbudget", When.Chose("werkingsbudget", "structureel"),
            new("Er is een vast werkingsbudget; zonder hangt de samenwerking af van de subsidies van het moment.",
                "There is a structural operating budget; without one, the cooperation depends on whatever subsidies there are."),
            "lessen/toekomstmuziek");

        // Seed 003: reciprocity is "een intrinsiek kenmerk"; beyond the donor–recipient relationship.
        internal static readonly Condition Reciprocity = Make("wederkerigheid", !When.Chose("wederkerigheid", "helpen"),
            new("Jullie willen ook zelf leren: wederkerigheid is een wezenlijk kenmerk van de samenwerking.",
                "You want to learn yourselves too: reciprocity is an essential feature of the cooperation."),
            "fiches/essentie-stedenband");

        // Our threshold (half of each part's points), so the page marks it as a suggestion.
        internal static readonly Condition StrongYearOne = Make("geen-zwak-onderdeel-jaar-1",
            AtLeastHalf(Policy, Organisation, Support, Preparation),
            new("Elk onderdeel haalt minstens de helft van zijn punten.", "Every part scores at least half of its points."),
            "stappenplan/index", suggestion: true);

        internal static readonly Condition StrongCooperation = Make("geen-zwak-onderdeel",
            AtLeastHalf(Policy, Organisation, Support, Partnership),
            new("Elk onderdeel haalt minstens de helft van zijn punten.", "Every part scores at least half of its points."),
            "stappenplan/stap-7", suggestion: true);

        // Our threshold too: "almost" means at least half of all points.
        internal static readonly Condition HalfOfAll = Make("helft-van-de-punten", When.Overall.AtLeast(Half),
            new("Jullie halen minstens de helft van alle punten.", "You score at least half of all points."),
            "stappenplan/index", suggestion: true);

        private static Predicate AtLeastHalf(params string[] dimensions) =>
            When.All([.. dimensions.Select(d => When.Score(d).AtLeast(Half))]);
    }
}
