using Kennisbank.Assessments.Building;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Definitions;

/// <summary>
/// "Hoe klaar zijn we?": a readiness score 0–100 with a sub-score per dimension. The dimensions follow year 1 of the
/// roadmap (seed 000: policy statement, broad consultation, budget, communication, GROS) and the lessons of the
/// 2019–2022 trajectory (seed 001: core group with a mandate, broad support, a shared language, online and physical
/// contact, the SDGs as a shared framework, an operating budget). Every weak dimension (below 50) gives next steps.
/// </summary>
public static class HowReadyAreWe
{
    private const string Policy = "beleid", Organisation = "organisatie", Budget = "budget",
        Support = "draagvlak", Partnership = "partnerschap", Sdgs = "sdgs";

    /// <summary>A dimension counts as weak below this score.</summary>
    private const int Weak = 50;

    public static Assessment Assessment { get; } = new AssessmentBuilder("hoe-klaar-zijn-we", new("hoe-klaar-zijn-we", "how-ready-are-we"))
        .Title(new("Hoe klaar zijn we?", "How ready are we?"))
        .Introduction(new(
            "Hoe goed is jullie gemeente voorbereid op internationale samenwerking? Beantwoord vijftien vragen en krijg een score per onderdeel, met concrete volgende stappen waar het nog zwak is.",
            "How well prepared is your municipality for international cooperation? Answer fifteen questions and get a score for each part, with concrete next steps where you are still weak."))
        .Dimension(Policy, new("Beleid en politieke steun", "Policy and political support"))
        .Dimension(Organisation, new("Organisatie en mandaat", "Organisation and mandate"))
        .Dimension(Budget, new("Budget", "Budget"))
        .Dimension(Support, new("Draagvlak in de gemeente", "Local support"))
        .Dimension(Partnership, new("Samenwerken met de partner", "Working with the partner"))
        .Dimension(Sdgs, new("Verankering in de SDG's", "Anchoring in the SDGs"))

        // Seed 000 step 1: discuss the goals in the college, the council and the GROS; document: a policy statement.
        .YesNo("beleidsverklaring", new("Zijn de doelen van internationale samenwerking vastgelegd in een beleidsverklaring?", "Are the goals of international cooperation set out in a policy statement?"), q => q
            .Hint(new("Na een bespreking in het college, de gemeenteraad en de GROS.", "After a discussion in the executive, the council and the GROS."))
            .Yes((Policy, 4)).No().DontKnow())

        // Seed 003: support as broad as possible, across party lines, majority and opposition.
        .Scale("politieke-steun", new("Hoe breed is de politieke steun?", "How broad is the political support?"),
            low: new("Eén partij of persoon", "One party or person"),
            high: new("Meerderheid en oppositie", "Majority and opposition"), q => q
            .PointsPerStep(Policy, 1))

        // Seed 001, "involvement is key": a core group with a clear mandate is indispensable.
        .YesNo("kerngroep", new("Is er een kerngroep met een duidelijk mandaat van de gemeente?", "Is there a core group with a clear mandate from the council?"), q => q
            .Yes((Organisation, 4)).No().DontKnow())

        // Seed 000 step 7: capacity is missing or taken up by other priorities; seed 001: the coordinator's role was unclear.
        .Scale("tijd", new("Hoeveel tijd kunnen medewerkers er echt aan besteden?", "How much time can staff really spend on it?"),
            low: new("Nauwelijks, andere taken gaan voor", "Hardly any, other tasks come first"),
            high: new("Genoeg, het hoort bij hun taak", "Enough, it is part of their job"), q => q
            .PointsPerStep(Organisation, 1))

        // Seed 004: the partnership must not rest with one person or department; seed 000 step 2: an internal working group.
        .YesNo("diensten", new("Werken meerdere diensten mee, zoals de communicatiedienst?", "Do several departments take part, such as communications?"), q => q
            .Yes((Organisation, 2)).No().DontKnow())

        // Seed 001, outlook: only possible with a fixed operating budget, otherwise dependent on subsidies.
        .SingleChoice("werkingsbudget", new("Is er een vast werkingsbudget?", "Is there a structural operating budget?"), q => q
            .Option("structureel", new("Ja, een vast budget", "Yes, a structural budget"), [(Budget, 4)])
            .Option("subsidies", new("Nee, we rekenen op subsidies", "No, we rely on subsidies"), [(Budget, 1)])
            .Option("geen", new("Nee, er is geen budget", "No, there is no budget"), []))

        // Seed 000 steps 1 and 2: review the budget (communication included) and think through its implications.
        .YesNo("budget-herbekeken", new("Is het budget herbekeken, ook voor communicatie?", "Has the budget been reviewed, communication included?"), q => q
            .Yes((Budget, 2)).No().DontKnow())

        // Seed 000 steps 1 and 2: the GROS and all relevant partners in the discussion; seed 003: civil society in every phase.
        .YesNo("gros-middenveld", new("Denken de GROS en het middenveld mee over de doelen?", "Do the GROS and civil society help shape the goals?"), q => q
            .Hint(new("De GROS is de gemeentelijke raad voor ontwikkelingssamenwerking.", "The GROS is the municipal council for development cooperation."))
            .Yes((Support, 3)).No().DontKnow())

        // Seed 000 step 1: a communication strategy; seed 003: tell the population clearly what the cooperation is for.
        .YesNo("communicatieplan", new("Is er een communicatieplan om inwoners te informeren?", "Is there a communication plan to inform residents?"), q => q
            .Yes((Support, 2)).No().DontKnow())

        // Seed 001, "broaden your support": the project must be widely known within the municipality.
        .Scale("bekendheid", new("Hoe bekend is de samenwerking binnen de gemeente?", "How well known is the cooperation within the municipality?"),
            low: new("Alleen bij enkele betrokkenen", "Only to a few people involved"),
            high: new("Breed bekend", "Widely known"), q => q
            .PointsPerStep(Support, 1))

        // Seed 003: reciprocity beyond donor and recipient; seed 001, "take mental pictures": from unequal to equal partnership.
        .Scale("wederkerigheid", new("Leren jullie en de partner van elkaar?", "Do you and your partner learn from each other?"),
            low: new("Vooral één kant geeft", "Mostly one side gives"),
            high: new("Beide kanten leren evenveel", "Both sides learn as much"), q => q
            .PointsPerStep(Partnership, 1))

        // Seed 001, "speak the same language": agree on what key terms such as participation mean.
        .YesNo("gedeelde-taal", new("Hebben jullie met de partner afgesproken wat kernbegrippen betekenen?", "Have you agreed with your partner what key terms mean?"), q => q
            .Hint(new("Bijvoorbeeld wat jullie allebei onder participatie verstaan.", "For example what you both mean by participation."))
            .Yes((Partnership, 2)).No().DontKnow())

        // Seed 001, "not everything online": a balance of online and physical meetings.
        .SingleChoice("contact", new("Hoe houden jullie contact met de partner?", "How do you keep in touch with your partner?"), q => q
            .Option("beide", new("Online én met ontmoetingen ter plaatse", "Online and by meeting in person"), [(Partnership, 2)])
            .Option("online", new("Alleen online", "Only online"), [(Partnership, 1)])
            .Option("fysiek", new("Alleen bij werkbezoeken", "Only during working visits"), [(Partnership, 1)])
            .Option("geen-partner", new("We hebben nog geen partner", "We have no partner yet"), []))

        // Seed 001, "an international framework": the SDGs as a shared framework for the cooperation.
        .YesNo("sdg-kader", new("Gebruiken jullie de SDG's als kader voor de samenwerking?", "Do you use the SDGs as the framework for the cooperation?"), q => q
            .Yes((Sdgs, 2)).No().DontKnow())

        // Seed 001, "broaden your support": a policy vision to work with the SDGs.
        .YesNo("sdg-beleid", new("Heeft de gemeente een beleidsvisie om met de SDG's te werken?", "Does the municipality have a policy vision for working with the SDGs?"), q => q
            .Yes((Sdgs, 2)).No().DontKnow())

        .Outcome("klaar", new("Klaar om te starten", "Ready to start"),
            new(
                "Jullie hebben een stevige basis op elk onderdeel. Jullie kunnen de volgende stap zetten: een partner zoeken of de samenwerking verder uitbouwen.",
                "You have solid foundations on every part. You can take the next step: finding a partner, or building the cooperation further."),
            When.Overall.AtLeast(75) & AllAtLeast(Weak), o => o
            .Recommend(new("Bepaal het profiel van jullie partner (stap 4)", "Define the profile of your partner (step 4)"), "stappenplan/stap-4")
            .Recommend(new("Durf bij te sturen wanneer iets niet werkt", "Dare to adjust when something does not work"), "lessen/durf-bijsturen"))

        .Outcome("bijna-klaar", new("Bijna klaar", "Almost ready"),
            new(
                "Een groot deel staat er, maar nog niet alles. Werk eerst de zwakke onderdelen hieronder bij en toets dan of een stedenband bij jullie beleid past.",
                "Much is in place, but not everything yet. Work on the weak parts below first, then check whether a city link fits your policy."),
            When.Overall.AtLeast(50) & !(When.Overall.AtLeast(75) & AllAtLeast(Weak)), o => o
            .Recommend(new("Toets de voorbereiding aan jullie beleidsopties (stap 3)", "Check your preparation against your policy options (step 3)"), "stappenplan/stap-3"))

        .Outcome("eerst-voorbereiden", new("Bereid eerst voor", "Prepare first"),
            new(
                "Er is nog veel voorbereiding nodig in de eigen gemeente. Dat is normaal: het stappenplan begint met een jaar wroeten in eigen grond.",
                "There is still a lot to prepare at home. That is normal: the roadmap starts with a year of groundwork in your own municipality."),
            When.Overall.Below(50), o => o
            .Recommend(new("Begin bij stap 1: het concept van de stedenband", "Start with step 1: the concept of a city link"), "stappenplan/stap-1")
            .Recommend(new("Raadpleeg breed over doel en uitwerking (stap 2)", "Consult widely on aims and approach (step 2)"), "stappenplan/stap-2"))

        // Every weak dimension: a concrete next step, linked to the lesson or the sheet that helps.
        .Advice(When.Score(Policy).Below(Weak),
            new("Zoek politieke steun over de partijgrenzen heen", "Seek political support across party lines"), "fiches/essentie-stedenband")
        .Advice(When.Score(Organisation).Below(Weak),
            new("Stel een kerngroep samen met een duidelijk mandaat", "Set up a core group with a clear mandate"), "lessen/betrokkenheid-is-key")
        .Advice(When.Score(Budget).Below(Weak),
            new("Voorzie een vast werkingsbudget", "Provide a structural operating budget"), "lessen/toekomstmuziek")
        .Advice(When.Score(Support).Below(Weak),
            new("Vergroot het draagvlak in je gemeente", "Broaden support in your municipality"), "lessen/vergroot-je-draagvlak")
        .Advice(When.Score(Partnership).Below(Weak),
            new("Spreek met je partner dezelfde taal", "Speak the same language as your partner"), "lessen/spreek-dezelfde-taal")
        .Advice(When.Score(Partnership).Below(Weak),
            new("Zoek een balans tussen online en fysiek contact", "Balance online and in-person contact"), "lessen/niet-alles-online")
        .Advice(When.Score(Sdgs).Below(Weak),
            new("Gebruik de SDG's als gemeenschappelijk kader", "Use the SDGs as a shared framework"), "lessen/internationaal-kader")
        .Advice(When.Score(Sdgs).Below(Weak),
            new("Doe de SDG-cirkeloefening", "Do the SDG circle exercise"), "sdg-cirkeloefening/index")
        .Build();

    private static Predicate AllAtLeast(int threshold) => When.All(
        [.. new[] { Policy, Organisation, Budget, Support, Partnership, Sdgs }.Select(d => When.Score(d).AtLeast(threshold))]);
}
