var kbAssessments = kbAssessments || {};
kbAssessments["stedenband-of-alternatief"] = (function() {
var dims = [
{"id": "basis", "name": "Basis in de eigen gemeente", "weight": 2},
{"id": "stedenband", "name": "Past bij een stedenband", "weight": 1},
{"id": "sdg-partnerschap", "name": "Past bij een SDG-partnerschap", "weight": 1},
{"id": "netwerk", "name": "Past bij een netwerk", "weight": 1}
], questions = [
{"id": "politieke-steun", "type": "single", "prompt": "Is er politieke wil voor internationale samenwerking?", "options": [{"id": "breed", "label": "Ja, bij meerderheid én oppositie", "points": [2, 0, 0, 0]}, {"id": "meerderheid", "label": "Ja, maar vooral bij de meerderheid", "points": [1, 0, 0, 0]}, {"id": "nog-niet", "label": "Nog niet", "points": [0, 0, 0, 0]}], "max": [2, 0, 0, 0], "when": null},
{"id": "mandaat", "type": "yesno", "prompt": "Is er een kerngroep met een duidelijk mandaat van de gemeente?", "options": [{"id": "ja", "label": "Ja", "points": [2, 0, 0, 0]}, {"id": "nee", "label": "Nee", "points": [0, 0, 0, 0]}, {"id": "weet-niet", "label": "Weet ik niet", "points": [0, 0, 0, 0]}], "max": [2, 0, 0, 0], "when": null},
{"id": "personeel", "type": "yesno", "prompt": "Kunnen medewerkers er echt tijd voor maken, naast hun andere taken?", "options": [{"id": "ja", "label": "Ja", "points": [2, 0, 0, 0]}, {"id": "nee", "label": "Nee", "points": [0, 0, 0, 0]}, {"id": "weet-niet", "label": "Weet ik niet", "points": [0, 0, 0, 0]}], "max": [2, 0, 0, 0], "when": null},
{"id": "budget", "type": "single", "prompt": "Is er een vast werkingsbudget?", "options": [{"id": "structureel", "label": "Ja, een vast budget", "points": [2, 0, 0, 0]}, {"id": "subsidies", "label": "Nee, we rekenen op subsidies", "points": [1, 0, 0, 0]}, {"id": "geen", "label": "Nee, er is geen budget", "points": [0, 0, 0, 0]}], "max": [2, 0, 0, 0], "when": null},
{"id": "middenveld", "type": "yesno", "prompt": "Zijn het middenveld en de GROS betrokken?", "options": [{"id": "ja", "label": "Ja", "points": [1, 1, 1, 0]}, {"id": "nee", "label": "Nee", "points": [0, 0, 0, 0]}, {"id": "weet-niet", "label": "Weet ik niet", "points": [0, 0, 0, 0]}], "max": [1, 1, 1, 0], "when": null},
{"id": "tijdshorizon", "type": "single", "prompt": "Hoe lang willen jullie je engageren?", "options": [{"id": "lang", "label": "Voor een lang proces, over meerdere jaren", "points": [0, 2, 0, 0]}, {"id": "twee-jaar", "label": "Voor hoogstens twee jaar", "points": [0, 0, 2, 0]}, {"id": "nog-onduidelijk", "label": "Dat weten we nog niet", "points": [0, 0, 0, 0]}], "max": [0, 2, 2, 0], "when": null},
{"id": "vorm", "type": "single", "prompt": "Met wie willen jullie vooral samenwerken?", "options": [{"id": "een-partner", "label": "Met één partnergemeente", "points": [0, 1, 1, 0]}, {"id": "netwerk", "label": "Met meerdere gemeenten in een thematisch of geografisch netwerk", "points": [0, 0, 0, 3]}], "max": [0, 1, 1, 3], "when": null},
{"id": "inhoud", "type": "single", "prompt": "Waarover willen jullie vooral uitwisselen?", "options": [{"id": "eigen-thema", "label": "Over één thema van onszelf, zoals burgerparticipatie", "points": [0, 0, 2, 1]}, {"id": "capaciteitsopbouw", "label": "Over het brede versterken van het lokaal bestuur", "points": [0, 2, 0, 0]}], "max": [0, 2, 2, 1], "when": null},
{"id": "actieve-stedenband", "type": "yesno", "prompt": "Heeft jullie gemeente al een actieve stedenband?", "options": [{"id": "ja", "label": "Ja", "points": [0, 2, 0, 0]}, {"id": "nee", "label": "Nee", "points": [0, 0, 1, 0]}, {"id": "weet-niet", "label": "Weet ik niet", "points": [0, 0, 0, 0]}], "max": [0, 2, 1, 0], "when": null},
{"id": "bestaande-relatie", "type": "yesno", "prompt": "Is er een partner of relatie waarop jullie kunnen voortbouwen?", "options": [{"id": "ja", "label": "Ja", "points": [0, 1, 1, 0]}, {"id": "nee", "label": "Nee", "points": [0, 0, 0, 0]}, {"id": "weet-niet", "label": "Weet ik niet", "points": [0, 0, 0, 0]}], "max": [0, 1, 1, 0], "when": function(has) {
return !has("actieve-stedenband", "ja");
}},
{"id": "werkbezoeken", "type": "yesno", "prompt": "Zijn jullie bereid tot werkbezoeken in beide richtingen?", "options": [{"id": "ja", "label": "Ja", "points": [0, 1, 2, 0]}, {"id": "nee", "label": "Nee", "points": [0, 0, 0, 0]}, {"id": "weet-niet", "label": "Weet ik niet", "points": [0, 0, 0, 0]}], "max": [0, 1, 2, 0], "when": function(has) {
return has("vorm", "een-partner");
}},
{"id": "wederkerig", "type": "scale", "prompt": "Willen jullie zelf leren van de partner, of vooral helpen?", "options": [{"id": "1", "label": "1", "points": [0, 0, 0, 0]}, {"id": "2", "label": "2", "points": [0, 1, 0, 0]}, {"id": "3", "label": "3", "points": [0, 2, 0, 0]}, {"id": "4", "label": "4", "points": [0, 3, 0, 0]}, {"id": "5", "label": "5", "points": [0, 4, 0, 0]}], "max": [0, 4, 0, 0], "when": function(has) {
return has("vorm", "een-partner");
}}
], outcomes = [
{"id": "stedenband", "title": "Een klassieke stedenband", "text": "Jullie willen een lang proces aangaan met één partner, met het versterken van het lokaal bestuur aan beide kanten als kern. Dat is wat een stedenband is: een officieel, politiek en maatschappelijk gedragen samenwerkingsakkoord tussen twee lokale besturen.", "recs": [0, 1, 2], "rule": function(has, s, t) {
return s[0] >= 50 && !has("tijdshorizon", "nog-onduidelijk") && has("vorm", "een-partner") && has("tijdshorizon", "lang") && s[1] >= 50;
}},
{"id": "sdg-partnerschap", "title": "Een SDG-partnerschap", "text": "Een SDG-partnerschap loopt hoogstens twee jaar en draait om één thema, met uitwisseling tussen collega's en werkbezoeken in beide richtingen. Het past bij jullie tijdshorizon of is een goede opstap naar een langere samenwerking.", "recs": [3, 4, 5], "rule": function(has, s, t) {
return s[0] >= 50 && !has("tijdshorizon", "nog-onduidelijk") && has("vorm", "een-partner") && (has("tijdshorizon", "twee-jaar") || has("tijdshorizon", "lang") && !(s[1] >= 50));
}},
{"id": "netwerk", "title": "Aansluiten bij een netwerk", "text": "Jullie willen met meerdere gemeenten samenwerken. Aansluiten bij een thematisch of geografisch netwerk kan dan zinvoller zijn dan een stedenband met één partner.", "recs": [6, 7], "rule": function(has, s, t) {
return s[0] >= 50 && !has("tijdshorizon", "nog-onduidelijk") && has("vorm", "netwerk");
}},
{"id": "eerst-voorbereiden", "title": "Nog niet: bereid eerst voor", "text": "Voor elke vorm van samenwerking is eerst een stevige basis in de eigen gemeente nodig: politieke steun, een kerngroep met mandaat, tijd, budget en betrokkenheid van het middenveld. Begin bij jaar 1 van het stappenplan.", "recs": [8, 9], "rule": function(has, s, t) {
return !(s[0] >= 50 && !has("tijdshorizon", "nog-onduidelijk"));
}}
], recs = [
{"title": "Lees wat een stedenband is en welke principes erbij horen", "url": "/nl/fiches/essentie-stedenband", "when": null},
{"title": "Zoek een partner met het stappenplan (stap 4)", "url": "/nl/stappenplan/stap-4", "when": null},
{"title": "Maak samen een mentale foto van waar jullie staan", "url": "/nl/lessen/maak-mentale-fotos", "when": null},
{"title": "Lees hoe een SDG-partnerschap werkt", "url": "/nl/fiches/sdg-partnerschappen", "when": null},
{"title": "Gebruik de SDG's als gemeenschappelijk kader", "url": "/nl/lessen/internationaal-kader", "when": null},
{"title": "Kies jullie thema met de SDG-cirkeloefening", "url": "/nl/sdg-cirkeloefening/index", "when": null},
{"title": "Onderzoek de alternatieven, zoals netwerken (stap 3)", "url": "/nl/stappenplan/stap-3", "when": null},
{"title": "Lees waarom een stedenband maar één vorm is", "url": "/nl/fiches/essentie-stedenband", "when": null},
{"title": "Begin bij stap 1: het concept van de stedenband", "url": "/nl/stappenplan/stap-1", "when": null},
{"title": "Vergroot het draagvlak in je gemeente", "url": "/nl/lessen/vergroot-je-draagvlak", "when": null},
{"title": "Stel een kerngroep samen met een duidelijk mandaat", "url": "/nl/lessen/betrokkenheid-is-key", "when": function(has, s, t) {
return !has("mandaat", "ja");
}},
{"title": "Zonder vast werkingsbudget hangt alles af van subsidies", "url": "/nl/lessen/toekomstmuziek", "when": function(has, s, t) {
return !has("budget", "structureel");
}},
{"title": "Breng de partners in je eigen gemeente in kaart (stap 2)", "url": "/nl/stappenplan/stap-2", "when": function(has, s, t) {
return !has("middenveld", "ja");
}}
], advice = [10, 11, 12];
return {"id": "stedenband-of-alternatief", "lang": "nl", "title": "Stedenband of alternatief?", "dimensions": dims, "questions": questions, "outcomes": outcomes, "evaluate": function(a) {
try {
return run(a);
} catch (e) {
return {"error": String(e)};
}
}};
})();
