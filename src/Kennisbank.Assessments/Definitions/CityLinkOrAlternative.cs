using Kennisbank.Assessments.Building;
using Kennisbank.Assessments.Model;
using static Kennisbank.Assessments.Definitions.CityLinkOrAlternative.Rules;

namespace Kennisbank.Assessments.Definitions;

/// <summary>
/// "Stedenband of alternatief?": which form of international cooperation suits the municipality now. It is decided by
/// conditions, not by points: two gates (political support, someone who carries it), then each form's entry conditions
/// from its seed (the forms exclude each other, so their order never decides), else "prepare first".
/// Sources: seed 003 (the essence of a city link, and that it is one form among others), seed 004 (SDG partnerships),
/// seed 001 (the renewal of existing city links), seed 000 (the roadmap). The conditions are in the other file.
/// </summary>
public static partial class CityLinkOrAlternative
{
    public static Assessment Assessment { get; } = new AssessmentBuilder("stedenband-of-alternatief", new("stedenband-of-alternatief", "city-link-or-alternative"))
        .Title(new("Stedenband of alternatief?", "A city link, or an alternative?"))
        .Introduction(new(
            "Een stedenband is één vorm van internationale samenwerking, niet de enige. Beantwoord hoogstens elf korte vragen en ontdek wat nu bij jullie gemeente past: een stedenband starten, jullie stedenband vernieuwen, een SDG-partnerschap, aansluiten bij een netwerk, of eerst voorbereiden.",
            "A city link (stedenband) is one form of international cooperation, not the only one. Answer up to eleven short questions to find out what suits your municipality now: starting a city link, renewing your city link, an SDG partnership, joining a network, or preparing first."))

        // Seed 001: the trajectory renewed city links running since 2001 and 2004; seed 004 §3.9: having no active city
        // link is a plus for an SDG partnership.
        .SingleChoice("actieve-stedenband", new("Heeft jullie gemeente al een actieve stedenband met een gemeente in het globale Zuiden?", "Does your municipality already have an active city link with a municipality in the Global South?"), q => q
            .Hint(new("Ook als die stedenband aan vernieuwing toe is.", "Even if that city link is due for renewal."))
            .About("lessen/traject")
            .Option("ja", new("Ja", "Yes"), [])
            .Option("nee", new("Nee", "No"), []))

        // Seed 003: political support is indispensable and must be as broad as possible, across majority and opposition.
        .SingleChoice("politieke-steun", new("Is er politieke steun voor internationale samenwerking?", "Is there political support for international cooperation?"), q => q
            .Hint(new("Een stedenband is politiek, maar niet partijgebonden.", "A city link is political, but not party-political."))
            .About("fiches/essentie-stedenband")
            .Option("breed", new("Ja, bij meerderheid én oppositie", "Yes, across majority and opposition"), [])
            .Option("meerderheid", new("Ja, maar vooral bij de meerderheid of één partij", "Yes, but mainly in the majority or one party"), [])
            .Option("nog-niet", new("Nog niet", "Not yet"), []))

        // Seed 001, "involvement is key": a core group with a clear mandate is indispensable; seed 004 §3.5: the
        // partnership must not rest with one person or department.
        .SingleChoice("kerngroep", new("Wie trekt de samenwerking in jullie gemeente?", "Who carries the cooperation in your municipality?"), q => q
            .About("lessen/betrokkenheid-is-key")
            .Option("mandaat", new("Een kerngroep met een duidelijk mandaat van het bestuur", "A core group with a clear mandate from the council"), [])
            .Option("werkgroep", new("Een werkgroep van meerdere mensen, nog zonder duidelijk mandaat", "A working group of several people, without a clear mandate yet"), [])
            .Option("een-persoon", new("Eén persoon of één dienst", "One person or one department"), [])
            .Option("niemand", new("Nog niemand", "Nobody yet"), []))

        // Seed 000 step 7: capacity is missing or taken by other tasks; seed 004 §3.9: the time an SDG partnership takes.
        .YesNo("tijd", new("Kunnen medewerkers en mandatarissen er echt tijd voor maken, naast hun andere taken?", "Can staff and elected members really make time for it, alongside their other tasks?"), q => q
            .Hint(new(
                "Een SDG-partnerschap vraagt bijvoorbeeld minstens vijf vergaderingen van een halve dag, een werkbezoek van ongeveer een week per jaar en minstens drie digitale sessies per jaar.",
                "An SDG partnership, for example, takes at least five half-day meetings, a working visit of about a week a year and at least three digital sessions a year."))
            .About("fiches/sdg-partnerschappen")
            .Yes().No().DontKnow())

        // Seed 001, outlook: only possible with a fixed operating budget; seed 004 §3.4: an SDG partnership has €35,000.
        .SingleChoice("budget", new("Is er een vast werkingsbudget?", "Is there a structural operating budget?"), q => q
            .Hint(new(
                "Voor een SDG-partnerschap voorziet het programma 35.000 euro per partnerschap, bij voorkeur gelijk verdeeld met de partner.",
                "For an SDG partnership the programme provides €35,000 per partnership, preferably shared equally with the partner."))
            .About("lessen/toekomstmuziek")
            .Option("structureel", new("Ja, een vast budget", "Yes, a structural budget"), [])
            .Option("subsidies", new("Nee, we rekenen op subsidies", "No, we rely on subsidies"), [])
            .Option("geen", new("Nee, er is geen budget", "No, there is no budget"), []))

        // Seed 003: civil society involved in every phase; seed 000 step 2: partners in the municipality; seed 004 §3.5.
        .YesNo("middenveld", new("Zijn het middenveld en de GROS betrokken?", "Are civil society and the GROS involved?"), q => q
            .Hint(new("De GROS is de gemeentelijke raad voor ontwikkelingssamenwerking.", "The GROS is the municipal council for development cooperation."))
            .About("stappenplan/stap-2")
            .Yes().No().DontKnow())

        // Seed 003: a process, not a project, aimed at lasting effects; seed 004 §3.1: at most two years.
        .SingleChoice("tijdshorizon", new("Hoe lang willen jullie je engageren?", "How long do you want to commit?"), q => q
            .About("fiches/essentie-stedenband")
            .Option("lang", new("Voor een lang proces, over meerdere jaren", "For a long process, over several years"), [])
            .Option("twee-jaar", new("Voor hoogstens twee jaar, om te beginnen", "For two years at most, to begin with"), [])
            .Option("nog-onduidelijk", new("Dat weten we nog niet", "We don't know yet"), []))

        // Seed 003: bilateral forms, or multilateral initiatives such as thematic or geographic networks.
        .SingleChoice("vorm", new("Met wie willen jullie vooral samenwerken?", "Who do you mainly want to work with?"), q => q
            .About("stappenplan/stap-3")
            .Option("een-partner", new("Met één partnergemeente", "With one partner municipality"), [])
            .Option("netwerk", new("Met meerdere gemeenten in een thematisch of geografisch netwerk", "With several municipalities in a thematic or geographic network"), []))

        // Seed 003: capacity building at the core, "geen projectwerk"; seed 004 §3.2: one theme.
        .SingleChoice("inhoud", new("Wat staat voor jullie voorop?", "What comes first for you?"), q => q
            .About("fiches/essentie-stedenband")
            .Option("bestuurskracht", new("Het lokaal bestuur aan beide kanten sterker maken", "Making local government stronger on both sides"), [])
            .Option("een-thema", new("Uitwisselen over één afgebakend thema, zoals burgerparticipatie", "Exchanging on one defined theme, such as citizen participation"), [])
            .Option("projecten", new("Concrete projecten bij de partner uitvoeren", "Carrying out concrete projects at the partner's"), []))

        // Seed 004 §3.9: a working visit and receiving a delegation; seed 000 step 6; seed 001: not everything online.
        .YesNo("werkbezoeken", new("Zijn jullie bereid tot werkbezoeken in beide richtingen?", "Are you willing to make working visits both ways?"), q => q
            .Hint(new("Zelf op bezoek gaan bij de partner, en een delegatie ontvangen.", "Visiting the partner, and hosting a delegation in return."))
            .About("lessen/niet-alles-online")
            .VisibleWhen(When.Chose("vorm", "een-partner"))
            .Yes().No().DontKnow())

        // Seed 003: reciprocity, beyond the donor–recipient relation; seed 001: "maak mentale foto's"; seed 004 §3.9.
        .Scale("wederkerig", new("Willen jullie zelf leren van jullie partners, of vooral helpen?", "Do you want to learn from your partners yourselves, or mainly help?"),
            low: new("Vooral helpen", "Mainly help"),
            high: new("Evenveel leren als geven", "Learn as much as we give"), q => q
            .About("lessen/maak-mentale-fotos")
            .Steps())

        .Gate(PoliticalSupport)
        .Gate(SomeoneCarriesIt)

        // Seed 001: from a relation with money as its starting point to an equal partnership with shared goals and
        // mutual learning, with the SDGs as the shared framework.
        .Outcome("vernieuwen", new("Jullie stedenband vernieuwen of verdiepen", "Renew or deepen your city link"),
            new(
                "Jullie hebben al een stedenband en de basis om er verder mee te gaan. Het vernieuwingstraject van Brasschaat, Edegem en Herent (2019–2022) toont hoe: van een samenwerking met geld als vertrekpunt naar een gelijkwaardig partnerschap met gemeenschappelijke doelen en wederzijds leren, met de SDG's als kader.",
                "You already have a city link and the foundations to carry on with it. The renewal trajectory of Brasschaat, Edegem and Herent (2019–2022) shows how: from cooperation with money as its starting point to an equal partnership with shared goals and mutual learning, with the SDGs as the framework."),
            o => o
            .Requires(ActiveLink, OnePartner, LongProcess, Mandate, OperatingBudget, StaffTime)
            .Recommend(new("Maak samen met jullie partner een mentale foto: waar staan jullie, waar willen jullie naartoe?", "Take a mental picture with your partner: where do you stand, where do you want to go?"), "lessen/maak-mentale-fotos")
            .Recommend(new("Lees hoe drie stedenbanden zich vernieuwden", "Read how three city links renewed themselves"), "lessen/traject")
            .Recommend(new("Gebruik de SDG's als gemeenschappelijk kader", "Use the SDGs as a shared framework"), "lessen/internationaal-kader")
            .Recommend(new("Durf bij te sturen wanneer iets niet werkt", "Dare to adjust when something does not work"), "lessen/durf-bijsturen"))

        // Seed 003, "Tot slot": joining thematic or geographic networks may make more sense; seed 000 step 3: alternatives.
        .Outcome("netwerk", new("Aansluiten bij een netwerk", "Joining a network"),
            new(
                "Jullie willen met meerdere gemeenten samenwerken. Een stedenband is maar één vorm van internationale samenwerking: aansluiten bij een thematisch of geografisch netwerk kan zinvoller zijn.",
                "You want to work with several municipalities. A city link is only one form of international cooperation: joining a thematic or geographic network may make more sense."),
            o => o
            .Requires(SeveralPartners)
            .Recommend(new("Onderzoek de alternatieven, zoals netwerken (stap 3)", "Explore the alternatives, such as networks (step 3)"), "stappenplan/stap-3")
            .Recommend(new("Lees waarom een stedenband maar één vorm is", "Read why a city link is only one form"), "fiches/essentie-stedenband"))

        // Seed 003, definition: an official cooperation agreement between two local governments, backed politically and
        // by society, with mutual capacity building and local democracy at its core.
        .Outcome("stedenband", new("Een klassieke stedenband", "A classic city link"),
            new(
                "Jullie willen een lang proces aangaan met één partner, en hebben de basis die een stedenband vraagt. Een stedenband is een officieel, politiek en maatschappelijk gedragen samenwerkingsakkoord tussen twee lokale besturen, waarin het versterken van het bestuur aan beide kanten centraal staat.",
                "You want a long process with one partner, and have the foundations a city link needs. A city link is an official cooperation agreement between two local governments, backed politically and by society, centred on strengthening government on both sides."),
            o => o
            .Requires(NoActiveLink, OnePartner, LongProcess, Mandate, OperatingBudget, StaffTime, VisitsCityLink)
            .Recommend(new("Lees wat een stedenband is en welke principes erbij horen", "Read what a city link is and the principles behind it"), "fiches/essentie-stedenband")
            .Recommend(new("Rond eerst jaar 1 van het stappenplan af: doelen, overleg en alternatieven (stap 1 tot 3)", "First complete year 1 of the roadmap: goals, consultation and alternatives (steps 1 to 3)"), "stappenplan/index")
            .Recommend(new("Bepaal daarna het profiel van jullie partner (stap 4)", "Then define the profile of your partner (step 4)"), "stappenplan/stap-4"))

        // Seed 004: a new, low-threshold form tried out by the VVSG within GloBe 2022–2026, in Benin and Rwanda; at most
        // two years, one theme, colleague-to-colleague exchange, €35,000 per partnership.
        .Outcome("sdg-partnerschap", new("Een SDG-partnerschap", "An SDG partnership"),
            new(
                "Een SDG-partnerschap is een laagdrempelige vorm die de VVSG uittest binnen het programma GloBe (2022–2026), met gemeenten in Benin en Rwanda. Het duurt hoogstens twee jaar, draait rond één thema en bouwt op uitwisseling tussen collega's. Per partnerschap is er een budget van 35.000 euro, bij voorkeur gelijk verdeeld met de partner.",
                "An SDG partnership is a low-threshold form the VVSG is trying out within the GloBe programme (2022–2026), with municipalities in Benin and Rwanda. It lasts two years at most, centres on one theme and builds on exchange between colleagues. Each partnership has a budget of €35,000, preferably shared equally with the partner."),
            o => o
            .Requires(OnePartner, AtMostTwoYears, OneTheme, OpenToLearn, NotOnePerson, VisitsSdg, TimeSdg)
            .Recommend(new("Lees hoe een SDG-partnerschap werkt en wat er van jullie verwacht wordt", "Read how an SDG partnership works and what is expected of you"), "fiches/sdg-partnerschappen")
            .Recommend(new("Vraag de VVSG of er een oproep loopt: de SDG-partnerschappen zijn een experiment tot 2026", "Ask the VVSG whether a call is open: SDG partnerships are an experiment until 2026"), "fiches/sdg-partnerschappen", suggestion: true)
            .Recommend(new("Verken jullie thema met de SDG-cirkeloefening", "Explore your theme with the SDG circle exercise"), "sdg-cirkeloefening/index", suggestion: true))

        // Seed 000: the roadmap starts with a year of groundwork at home (steps 1–3).
        .Fallback("eerst-voorbereiden", new("Nog niet: bereid eerst voor", "Not yet: prepare first"),
            new(
                "Nu past nog geen vorm van samenwerking bij jullie antwoorden. Dat is normaal: het stappenplan begint met een jaar 'wroeten in eigen grond', waarin jullie de doelen bespreken, breed overleggen en alternatieven onderzoeken.",
                "No form of cooperation fits your answers yet. That is normal: the roadmap starts with a year of groundwork at home, in which you discuss the goals, consult widely and explore alternatives."),
            o => o
            .Recommend(new("Begin bij stap 1: het concept van de stedenband", "Start with step 1: the concept of a city link"), "stappenplan/stap-1")
            .Recommend(new("Vergroot het draagvlak in je gemeente", "Broaden support in your municipality"), "lessen/vergroot-je-draagvlak"))

        .Cautions()

        // Next steps for a weak answer, whatever the outcome.
        .Advice(!When.Chose("kerngroep", "mandaat"),
            new("Stel een kerngroep samen met een duidelijk mandaat", "Set up a core group with a clear mandate"), "lessen/betrokkenheid-is-key")
        .Advice(!When.Chose("budget", "structureel"),
            new("Zonder vast werkingsbudget hangt alles af van subsidies", "Without an operating budget, everything depends on subsidies"), "lessen/toekomstmuziek")
        .Advice(!When.Chose("middenveld", QuestionBuilder.YesId),
            new("Breng de partners in je eigen gemeente in kaart (stap 2)", "Map the partners in your own municipality (step 2)"), "stappenplan/stap-2")
        .Build();
}
