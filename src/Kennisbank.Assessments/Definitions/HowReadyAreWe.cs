using Kennisbank.Assessments.Building;
using Kennisbank.Assessments.Model;
using static Kennisbank.Assessments.Definitions.HowReadyAreWe.Rules;

namespace Kennisbank.Assessments.Definitions;

/// <summary>
/// "Hoe klaar zijn we?": first whether there is a partner. Without one, readiness is about year 1 of the roadmap (seed
/// 000: policy statement, broad consultation, own profile, alternatives) and "ready" means ready to look for a partner;
/// with one, it is about the cooperation itself (seed 001: shared language, online and in person; seed 000 step 7).
/// Two gates (political support, a mandated core group), then a ladder: ready, almost ready, prepare first. Every part
/// scores points; a weak part (under half of its points) gives a next step. The conditions are in the other file.
/// </summary>
public static partial class HowReadyAreWe
{
    public static Assessment Assessment { get; } = new AssessmentBuilder("hoe-klaar-zijn-we", new("hoe-klaar-zijn-we", "how-ready-are-we"))
        .Title(new("Hoe klaar zijn we?", "How ready are we?"))
        .Introduction(new(
            "Hoe goed is jullie gemeente voorbereid op internationale samenwerking? We vragen eerst of jullie al een partner hebben. Zonder partner gaat het om jaar 1 van het stappenplan, met een partner om de samenwerking zelf. Per onderdeel zie je jullie punten, en waar het nog zwak is een volgende stap.",
            "How well prepared is your municipality for international cooperation? We first ask whether you already have a partner. Without one, it is about year 1 of the roadmap; with one, about the cooperation itself. For each part you see your points, and where you are still weak, a next step."))
        .Dimension(Policy, new("Beleid en politieke steun", "Policy and political support"))
        .Dimension(Organisation, new("Kerngroep, tijd en budget", "Core group, time and budget"))
        .Dimension(Support, new("Draagvlak in de gemeente", "Support in the municipality"))
        .Dimension(Preparation, new("Voorbereiding: jaar 1 van het stappenplan", "Preparation: year 1 of the roadmap"))
        .Dimension(Partnership, new("Samenwerking met de partner", "Cooperation with the partner"))

        // Seed 000: year 1 "wroeten in eigen grond", years 1–2 "wie wordt onze partner?", years 2–3 the cooperation.
        .SingleChoice("partner", new("Hebben jullie al een partnergemeente?", "Do you already have a partner municipality?"), q => q
            .About("stappenplan/index")
            .Option("ja", new("Ja, we werken al samen met een partnergemeente", "Yes, we already work with a partner municipality"), [])
            .Option("nee", new("Nee, nog niet", "No, not yet"), []))

        // Seed 003: political support is indispensable, and as broad as possible across majority and opposition.
        .SingleChoice("politieke-steun", new("Hoe breed is de politieke steun voor internationale samenwerking?", "How broad is the political support for international cooperation?"), q => q
            .About("fiches/essentie-stedenband")
            .Option("geen", new("Er is nog geen politieke steun", "There is no political support yet"), [])
            .Option("een-partij", new("Eén partij of enkele mandatarissen", "One party or a few elected members"), [(Policy, 1)])
            .Option("meerderheid", new("De meerderheid", "The majority"), [(Policy, 2)])
            .Option("breed", new("Meerderheid en oppositie", "Majority and opposition"), [(Policy, 3)]))

        // Seed 000 step 1: discuss the goals in the executive, the council and the GROS; document: a policy statement.
        .YesNo("beleidsverklaring", new("Staan de doelen van internationale samenwerking in een beleidsverklaring?", "Are the goals of international cooperation set out in a policy statement?"), q => q
            .Hint(new("Na een bespreking in het college, de gemeenteraad en de GROS.", "After a discussion in the executive, the council and the GROS."))
            .About("stappenplan/stap-1")
            .Yes((Policy, 2)).No().DontKnow())

        // Seed 001, "involvement is key": a core group with a clear mandate is indispensable.
        .YesNo("kerngroep", new("Is er een kerngroep met een duidelijk mandaat van de gemeente?", "Is there a core group with a clear mandate from the council?"), q => q
            .About("lessen/betrokkenheid-is-key")
            .Yes((Organisation, 2)).No().DontKnow())

        // Seed 000 step 7: capacity is missing or taken by other priorities; seed 004 §3.9: the time it takes.
        .SingleChoice("tijd", new("Hoeveel tijd kunnen medewerkers er echt aan besteden?", "How much time can staff really spend on it?"), q => q
            .Hint(new(
                "Een SDG-partnerschap vraagt bijvoorbeeld minstens vijf vergaderingen van een halve dag en een werkbezoek van ongeveer een week per jaar.",
                "An SDG partnership, for example, takes at least five half-day meetings and a working visit of about a week a year."))
            .About("stappenplan/stap-7")
            .Option("nauwelijks", new("Nauwelijks, andere taken gaan voor", "Hardly any, other tasks come first"), [])
            .Option("deels", new("Een deel van hun tijd", "Part of their time"), [(Organisation, 1)])
            .Option("voldoende", new("Genoeg, het hoort bij hun taak", "Enough, it is part of their job"), [(Organisation, 2)]))

        // Seed 001, outlook: only possible with a fixed operating budget, otherwise dependent on subsidies.
        .SingleChoice("werkingsbudget", new("Is er een vast werkingsbudget?", "Is there a structural operating budget?"), q => q
            .About("lessen/toekomstmuziek")
            .Option("structureel", new("Ja, een vast budget", "Yes, a structural budget"), [(Organisation, 2)])
            .Option("subsidies", new("Nee, we rekenen op subsidies", "No, we rely on subsidies"), [(Organisation, 1)])
            .Option("geen", new("Nee, er is geen budget", "No, there is no budget"), []))

        // Seed 000 steps 1–3: the GROS, the partners in the municipality, communication with the population; seed 003:
        // civil society in every phase, and tell the population clearly what the cooperation is for.
        .SingleChoice("draagvlak", new("Wie is er al bij de samenwerking betrokken?", "Who is already involved in the cooperation?"), q => q
            .Hint(new("De GROS is de gemeentelijke raad voor ontwikkelingssamenwerking.", "The GROS is the municipal council for development cooperation."))
            .About("lessen/vergroot-je-draagvlak")
            .Option("bestuur", new("Vooral het bestuur en enkele ambtenaren", "Mainly the council and a few officials"), [])
            .Option("middenveld", new("Ook de GROS en het middenveld", "Also the GROS and civil society"), [(Support, 1)])
            .Option("inwoners", new("Ook de inwoners: ze weten waarvoor de samenwerking dient", "Also the residents: they know what the cooperation is for"), [(Support, 2)]))

        // Seed 001, "Vergroot je draagvlak": "een beleidsvisie om met de SDG's te werken" matters for support and continuity.
        .YesNo("sdg-visie", new("Heeft de gemeente een beleidsvisie om met de SDG's te werken?", "Does the municipality have a policy vision for working with the SDGs?"), q => q
            .About("lessen/internationaal-kader")
            .Yes((Support, 2)).No().DontKnow())

        // Seed 003: reciprocity beyond donor and recipient; seed 001, "maak mentale foto's". No points: it is a condition
        // of "ready" and a caution, not something to add up.
        .SingleChoice("wederkerigheid", new("Gaat het jullie om samen leren, of vooral om helpen?", "Is it about learning together for you, or mainly about helping?"), q => q
            .About("lessen/maak-mentale-fotos")
            .Option("helpen", new("Vooral helpen: één kant geeft", "Mainly helping: one side gives"), [])
            .Option("allebei", new("Helpen, en zelf ook wat leren", "Helping, and learning something ourselves"), [])
            .Option("leren", new("Evenveel leren als geven", "Learning as much as we give"), []))

        // Seed 000 step 2: a municipal profile; seed 003, "Tot slot": know what you have to offer and where you are weak.
        .YesNo("profiel", new("Hebben jullie een profiel van jullie gemeente gemaakt: wat jullie te bieden hebben en waar jullie zwak staan?", "Have you drawn up a profile of your municipality: what you have to offer and where you are weak?"), q => q
            .About("stappenplan/stap-2")
            .VisibleWhen(When.Chose("partner", "nee"))
            .Yes((Preparation, 2)).No().DontKnow())

        // Seed 000 step 3: explore alternatives, such as networking and multilateral cooperation; seed 003.
        .YesNo("alternatieven", new("Hebben jullie ook alternatieven voor een stedenband onderzocht, zoals een netwerk of een SDG-partnerschap?", "Have you also explored alternatives to a city link, such as a network or an SDG partnership?"), q => q
            .About("stappenplan/stap-3")
            .VisibleWhen(When.Chose("partner", "nee"))
            .Yes((Preparation, 2)).No().DontKnow())

        // Seed 001, "spreek dezelfde taal" and "betrokkenheid is key" (say the mutual expectations out loud); seed 003:
        // open communication, transparency and mutual accountability.
        .YesNo("afspraken", new("Hebben jullie met de partner open besproken wat jullie van elkaar verwachten, en wat kernbegrippen betekenen?", "Have you discussed openly with your partner what you expect of each other, and what key terms mean?"), q => q
            .Hint(new("Bijvoorbeeld wat jullie allebei onder participatie verstaan.", "For example what you both mean by participation."))
            .About("lessen/spreek-dezelfde-taal")
            .VisibleWhen(When.Chose("partner", "ja"))
            .Yes((Partnership, 2)).No().DontKnow())

        // Seed 001, "je kan niet alles online": a balance of online and in-person meetings.
        .SingleChoice("contact", new("Hoe houden jullie contact met de partner?", "How do you keep in touch with your partner?"), q => q
            .About("lessen/niet-alles-online")
            .VisibleWhen(When.Chose("partner", "ja"))
            .Option("beide", new("Online én met ontmoetingen ter plaatse", "Online and by meeting in person"), [(Partnership, 2)])
            .Option("online", new("Alleen online", "Only online"), [(Partnership, 1)])
            .Option("fysiek", new("Alleen bij werkbezoeken", "Only during working visits"), [(Partnership, 1)]))

        .Gate(PoliticalSupport)
        .Gate(CoreGroup)
        .Outcomes()
        .Cautions()
        .NextSteps()
        .Build();
}
