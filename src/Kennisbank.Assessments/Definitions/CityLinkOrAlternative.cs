using Kennisbank.Assessments.Building;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Definitions;

/// <summary>
/// "Stedenband of alternatief?": which form of international cooperation suits the municipality now.
/// Sources: seed 003 (essence of a city link: political support across majority and opposition, capacity building,
/// reciprocity, a process not a project, and "a city link is one form among others": other bilateral forms or
/// thematic/geographic networks) and seed 004 (SDG partnerships: at most 2 years, one theme, working visits both ways,
/// broad involvement, "no active city link" a plus). "Not yet" sends to year 1 of the roadmap (seed 000).
/// </summary>
public static class CityLinkOrAlternative
{
    // Dimensions. "basis" decides whether the municipality is ready to choose at all (seed 000, year 1);
    // the other three measure the fit with each form.
    private const string Basis = "basis", CityLink = "stedenband", Sdg = "sdg-partnerschap", Network = "netwerk";

    /// <summary>Ready to choose: enough of a base at home, and a known time horizon.</summary>
    private static readonly Predicate Ready = When.Score(Basis).AtLeast(50) & !When.Chose("tijdshorizon", "nog-onduidelijk");

    public static Assessment Assessment { get; } = new AssessmentBuilder("stedenband-of-alternatief", new("stedenband-of-alternatief", "city-link-or-alternative"))
        .Title(new("Stedenband of alternatief?", "A city link, or an alternative?"))
        .Introduction(new(
            "Een stedenband is één vorm van internationale samenwerking, niet de enige. Beantwoord hoogstens twaalf korte vragen en ontdek wat nu bij jullie gemeente past: een stedenband, een SDG-partnerschap, aansluiten bij een netwerk, of eerst voorbereiden.",
            "A city link (stedenband) is one form of international cooperation, not the only one. Answer up to twelve short questions to find out what suits your municipality now: a city link, an SDG partnership, joining a network, or preparing first."))
        .Dimension(Basis, new("Basis in de eigen gemeente", "Foundations at home"), weight: 2)
        .Dimension(CityLink, new("Past bij een stedenband", "Fit with a city link"))
        .Dimension(Sdg, new("Past bij een SDG-partnerschap", "Fit with an SDG partnership"))
        .Dimension(Network, new("Past bij een netwerk", "Fit with a network"))

        // Seed 003: political support is indispensable and must be as broad as possible, across majority and opposition.
        .SingleChoice("politieke-steun", new("Is er politieke wil voor internationale samenwerking?", "Is there political will for international cooperation?"), q => q
            .Hint(new("Een stedenband is politiek, maar niet partijgebonden.", "A city link is political, but not party-political."))
            .Option("breed", new("Ja, bij meerderheid én oppositie", "Yes, across majority and opposition"), [(Basis, 2)])
            .Option("meerderheid", new("Ja, maar vooral bij de meerderheid", "Yes, but mainly in the majority"), [(Basis, 1)])
            .Option("nog-niet", new("Nog niet", "Not yet"), []))

        // Seed 001, lesson "involvement is key": a core group with a clear mandate is indispensable.
        .YesNo("mandaat", new("Is er een kerngroep met een duidelijk mandaat van de gemeente?", "Is there a core group with a clear mandate from the council?"), q => q
            .Yes((Basis, 2)).No().DontKnow())

        // Seed 000 step 7 and seed 004: staff capacity and time are often what is missing.
        .YesNo("personeel", new("Kunnen medewerkers er echt tijd voor maken, naast hun andere taken?", "Can staff really make time for it, alongside their other tasks?"), q => q
            .Yes((Basis, 2)).No().DontKnow())

        // Seed 001, outlook: without an operating budget, the cooperation depends on whatever subsidies exist.
        .SingleChoice("budget", new("Is er een vast werkingsbudget?", "Is there a structural operating budget?"), q => q
            .Option("structureel", new("Ja, een vast budget", "Yes, a structural budget"), [(Basis, 2)])
            .Option("subsidies", new("Nee, we rekenen op subsidies", "No, we rely on subsidies"), [(Basis, 1)])
            .Option("geen", new("Nee, er is geen budget", "No, there is no budget"), []))

        // Seed 003: civil society involved in every phase; seed 000: the GROS; seed 004: a multi-actor approach.
        .YesNo("middenveld", new("Zijn het middenveld en de GROS betrokken?", "Are civil society and the GROS involved?"), q => q
            .Hint(new("De GROS is de gemeentelijke raad voor ontwikkelingssamenwerking.", "The GROS is the municipal council for development cooperation."))
            .Yes((Basis, 1), (CityLink, 1), (Sdg, 1)).No().DontKnow())

        // Seed 003: a process, not a project, aimed at lasting effects; seed 004: at most two years.
        .SingleChoice("tijdshorizon", new("Hoe lang willen jullie je engageren?", "How long do you want to commit?"), q => q
            .Option("lang", new("Voor een lang proces, over meerdere jaren", "For a long process, over several years"), [(CityLink, 2)])
            .Option("twee-jaar", new("Voor hoogstens twee jaar", "For two years at most"), [(Sdg, 2)])
            .Option("nog-onduidelijk", new("Dat weten we nog niet", "We don't know yet"), []))

        // Seed 003: bilateral forms, or multilateral initiatives such as thematic or geographic networks.
        .SingleChoice("vorm", new("Met wie willen jullie vooral samenwerken?", "Who do you mainly want to work with?"), q => q
            .Option("een-partner", new("Met één partnergemeente", "With one partner municipality"), [(CityLink, 1), (Sdg, 1)])
            .Option("netwerk", new("Met meerdere gemeenten in een thematisch of geografisch netwerk", "With several municipalities in a thematic or geographic network"), [(Network, 3)]))

        // Seed 003: capacity building of politicians, staff and civil society; seed 004: one theme, e.g. citizen participation.
        .SingleChoice("inhoud", new("Waarover willen jullie vooral uitwisselen?", "What do you mainly want to exchange on?"), q => q
            .Option("eigen-thema", new("Over één thema van onszelf, zoals burgerparticipatie", "One theme of our own, such as citizen participation"), [(Sdg, 2), (Network, 1)])
            .Option("capaciteitsopbouw", new("Over het brede versterken van het lokaal bestuur", "Broadly strengthening local government"), [(CityLink, 2)]))

        // Seed 004: having no active city link is a plus for an SDG partnership.
        .YesNo("actieve-stedenband", new("Heeft jullie gemeente al een actieve stedenband?", "Does your municipality already have an active city link?"), q => q
            .Yes((CityLink, 2)).No((Sdg, 1)).DontKnow())

        // Seed 000 step 2: take stock of existing and potential relationships.
        .YesNo("bestaande-relatie", new("Is er een partner of relatie waarop jullie kunnen voortbouwen?", "Is there a partner or relationship you can build on?"), q => q
            .VisibleWhen(!When.Chose("actieve-stedenband", QuestionBuilder.YesId))
            .Yes((CityLink, 1), (Sdg, 1)).No().DontKnow())

        // Seed 004: at least one working visit to the partner and receiving a delegation in return; seed 001: not everything online.
        .YesNo("werkbezoeken", new("Zijn jullie bereid tot werkbezoeken in beide richtingen?", "Are you willing to make working visits both ways?"), q => q
            .Hint(new("Zelf op bezoek gaan bij de partner en een delegatie ontvangen.", "Visiting the partner, and hosting a delegation in return."))
            .VisibleWhen(When.Chose("vorm", "een-partner"))
            .Yes((CityLink, 1), (Sdg, 2)).No().DontKnow())

        // Seed 003: reciprocity, beyond the donor–recipient relationship; seed 004: openness to learn from the partner.
        .Scale("wederkerig", new("Willen jullie zelf leren van de partner, of vooral helpen?", "Do you want to learn from the partner yourselves, or mainly help?"),
            low: new("Vooral helpen", "Mainly help"),
            high: new("Evenveel leren als geven", "Learn as much as we give"), q => q
            .VisibleWhen(When.Chose("vorm", "een-partner"))
            .PointsPerStep(CityLink, 1))

        .Outcome("stedenband", new("Een klassieke stedenband", "A classic city link"),
            new(
                "Jullie willen een lang proces aangaan met één partner, met het versterken van het lokaal bestuur aan beide kanten als kern. Dat is wat een stedenband is: een officieel, politiek en maatschappelijk gedragen samenwerkingsakkoord tussen twee lokale besturen.",
                "You want a long process with one partner, centred on strengthening local government on both sides. That is what a city link is: an official cooperation agreement between two local governments, backed politically and by society."),
            Ready & When.Chose("vorm", "een-partner") & When.Chose("tijdshorizon", "lang") & When.Score(CityLink).AtLeast(50), o => o
            .Recommend(new("Lees wat een stedenband is en welke principes erbij horen", "Read what a city link is and the principles behind it"), "fiches/essentie-stedenband")
            .Recommend(new("Zoek een partner met het stappenplan (stap 4)", "Find a partner with the roadmap (step 4)"), "stappenplan/stap-4")
            .Recommend(new("Maak samen een mentale foto van waar jullie staan", "Take a mental picture together of where you stand"), "lessen/maak-mentale-fotos"))

        .Outcome("sdg-partnerschap", new("Een SDG-partnerschap", "An SDG partnership"),
            new(
                "Een SDG-partnerschap loopt hoogstens twee jaar en draait om één thema, met uitwisseling tussen collega's en werkbezoeken in beide richtingen. Het past bij jullie tijdshorizon of is een goede opstap naar een langere samenwerking.",
                "An SDG partnership lasts two years at most and centres on one theme, with exchange between colleagues and working visits both ways. It suits your time horizon, or is a good first step towards longer cooperation."),
            Ready & When.Chose("vorm", "een-partner")
                & (When.Chose("tijdshorizon", "twee-jaar") | (When.Chose("tijdshorizon", "lang") & When.Score(CityLink).Below(50))), o => o
            .Recommend(new("Lees hoe een SDG-partnerschap werkt", "Read how an SDG partnership works"), "fiches/sdg-partnerschappen")
            .Recommend(new("Gebruik de SDG's als gemeenschappelijk kader", "Use the SDGs as a shared framework"), "lessen/internationaal-kader")
            .Recommend(new("Kies jullie thema met de SDG-cirkeloefening", "Choose your theme with the SDG circle exercise"), "sdg-cirkeloefening/index"))

        .Outcome("netwerk", new("Aansluiten bij een netwerk", "Joining a network"),
            new(
                "Jullie willen met meerdere gemeenten samenwerken. Aansluiten bij een thematisch of geografisch netwerk kan dan zinvoller zijn dan een stedenband met één partner.",
                "You want to work with several municipalities. Joining a thematic or geographic network may then make more sense than a city link with one partner."),
            Ready & When.Chose("vorm", "netwerk"), o => o
            .Recommend(new("Onderzoek de alternatieven, zoals netwerken (stap 3)", "Explore the alternatives, such as networks (step 3)"), "stappenplan/stap-3")
            .Recommend(new("Lees waarom een stedenband maar één vorm is", "Read why a city link is only one form"), "fiches/essentie-stedenband"))

        .Outcome("eerst-voorbereiden", new("Nog niet: bereid eerst voor", "Not yet: prepare first"),
            new(
                "Voor elke vorm van samenwerking is eerst een stevige basis in de eigen gemeente nodig: politieke steun, een kerngroep met mandaat, tijd, budget en betrokkenheid van het middenveld. Begin bij jaar 1 van het stappenplan.",
                "Every form of cooperation first needs solid foundations at home: political support, a core group with a mandate, time, a budget and involvement of civil society. Start with year 1 of the roadmap."),
            !Ready, o => o
            .Recommend(new("Begin bij stap 1: het concept van de stedenband", "Start with step 1: the concept of a city link"), "stappenplan/stap-1")
            .Recommend(new("Vergroot het draagvlak in je gemeente", "Broaden support in your municipality"), "lessen/vergroot-je-draagvlak"))

        // Next steps for a weak answer, whatever the outcome.
        .Advice(!When.Chose("mandaat", QuestionBuilder.YesId),
            new("Stel een kerngroep samen met een duidelijk mandaat", "Set up a core group with a clear mandate"), "lessen/betrokkenheid-is-key")
        .Advice(!When.Chose("budget", "structureel"),
            new("Zonder vast werkingsbudget hangt alles af van subsidies", "Without an operating budget, everything depends on subsidies"), "lessen/toekomstmuziek")
        .Advice(!When.Chose("middenveld", QuestionBuilder.YesId),
            new("Breng de partners in je eigen gemeente in kaart (stap 2)", "Map the partners in your own municipality (step 2)"), "stappenplan/stap-2")
        .Build();
}
