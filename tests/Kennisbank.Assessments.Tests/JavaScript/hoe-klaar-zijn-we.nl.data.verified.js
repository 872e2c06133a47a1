var kbAssessments = kbAssessments || {};
kbAssessments["hoe-klaar-zijn-we"] = (function() {
var dims = [
{"id": "beleid", "name": "Beleid en politieke steun", "weight": 1},
{"id": "organisatie", "name": "Organisatie en mandaat", "weight": 1},
{"id": "budget", "name": "Budget", "weight": 1},
{"id": "draagvlak", "name": "Draagvlak in de gemeente", "weight": 1},
{"id": "partnerschap", "name": "Samenwerken met de partner", "weight": 1},
{"id": "sdgs", "name": "Verankering in de SDG's", "weight": 1}
], questions = [
{"id": "beleidsverklaring", "type": "yesno", "prompt": "Zijn de doelen van internationale samenwerking vastgelegd in een beleidsverklaring?", "options": [{"id": "ja", "label": "Ja", "points": [4, 0, 0, 0, 0, 0]}, {"id": "nee", "label": "Nee", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Weet ik niet", "points": [0, 0, 0, 0, 0, 0]}], "max": [4, 0, 0, 0, 0, 0], "when": null},
{"id": "politieke-steun", "type": "scale", "prompt": "Hoe breed is de politieke steun?", "options": [{"id": "1", "label": "1", "points": [0, 0, 0, 0, 0, 0]}, {"id": "2", "label": "2", "points": [1, 0, 0, 0, 0, 0]}, {"id": "3", "label": "3", "points": [2, 0, 0, 0, 0, 0]}, {"id": "4", "label": "4", "points": [3, 0, 0, 0, 0, 0]}, {"id": "5", "label": "5", "points": [4, 0, 0, 0, 0, 0]}], "max": [4, 0, 0, 0, 0, 0], "when": null},
{"id": "kerngroep", "type": "yesno", "prompt": "Is er een kerngroep met een duidelijk mandaat van de gemeente?", "options": [{"id": "ja", "label": "Ja", "points": [0, 4, 0, 0, 0, 0]}, {"id": "nee", "label": "Nee", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Weet ik niet", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 4, 0, 0, 0, 0], "when": null},
{"id": "tijd", "type": "scale", "prompt": "Hoeveel tijd kunnen medewerkers er echt aan besteden?", "options": [{"id": "1", "label": "1", "points": [0, 0, 0, 0, 0, 0]}, {"id": "2", "label": "2", "points": [0, 1, 0, 0, 0, 0]}, {"id": "3", "label": "3", "points": [0, 2, 0, 0, 0, 0]}, {"id": "4", "label": "4", "points": [0, 3, 0, 0, 0, 0]}, {"id": "5", "label": "5", "points": [0, 4, 0, 0, 0, 0]}], "max": [0, 4, 0, 0, 0, 0], "when": null},
{"id": "diensten", "type": "yesno", "prompt": "Werken meerdere diensten mee, zoals de communicatiedienst?", "options": [{"id": "ja", "label": "Ja", "points": [0, 2, 0, 0, 0, 0]}, {"id": "nee", "label": "Nee", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Weet ik niet", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 2, 0, 0, 0, 0], "when": null},
{"id": "werkingsbudget", "type": "single", "prompt": "Is er een vast werkingsbudget?", "options": [{"id": "structureel", "label": "Ja, een vast budget", "points": [0, 0, 4, 0, 0, 0]}, {"id": "subsidies", "label": "Nee, we rekenen op subsidies", "points": [0, 0, 1, 0, 0, 0]}, {"id": "geen", "label": "Nee, er is geen budget", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 0, 4, 0, 0, 0], "when": null},
{"id": "budget-herbekeken", "type": "yesno", "prompt": "Is het budget herbekeken, ook voor communicatie?", "options": [{"id": "ja", "label": "Ja", "points": [0, 0, 2, 0, 0, 0]}, {"id": "nee", "label": "Nee", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Weet ik niet", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 0, 2, 0, 0, 0], "when": null},
{"id": "gros-middenveld", "type": "yesno", "prompt": "Denken de GROS en het middenveld mee over de doelen?", "options": [{"id": "ja", "label": "Ja", "points": [0, 0, 0, 3, 0, 0]}, {"id": "nee", "label": "Nee", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Weet ik niet", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 0, 0, 3, 0, 0], "when": null},
{"id": "communicatieplan", "type": "yesno", "prompt": "Is er een communicatieplan om inwoners te informeren?", "options": [{"id": "ja", "label": "Ja", "points": [0, 0, 0, 2, 0, 0]}, {"id": "nee", "label": "Nee", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Weet ik niet", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 0, 0, 2, 0, 0], "when": null},
{"id": "bekendheid", "type": "scale", "prompt": "Hoe bekend is de samenwerking binnen de gemeente?", "options": [{"id": "1", "label": "1", "points": [0, 0, 0, 0, 0, 0]}, {"id": "2", "label": "2", "points": [0, 0, 0, 1, 0, 0]}, {"id": "3", "label": "3", "points": [0, 0, 0, 2, 0, 0]}, {"id": "4", "label": "4", "points": [0, 0, 0, 3, 0, 0]}, {"id": "5", "label": "5", "points": [0, 0, 0, 4, 0, 0]}], "max": [0, 0, 0, 4, 0, 0], "when": null},
{"id": "wederkerigheid", "type": "scale", "prompt": "Leren jullie en de partner van elkaar?", "options": [{"id": "1", "label": "1", "points": [0, 0, 0, 0, 0, 0]}, {"id": "2", "label": "2", "points": [0, 0, 0, 0, 1, 0]}, {"id": "3", "label": "3", "points": [0, 0, 0, 0, 2, 0]}, {"id": "4", "label": "4", "points": [0, 0, 0, 0, 3, 0]}, {"id": "5", "label": "5", "points": [0, 0, 0, 0, 4, 0]}], "max": [0, 0, 0, 0, 4, 0], "when": null},
{"id": "gedeelde-taal", "type": "yesno", "prompt": "Hebben jullie met de partner afgesproken wat kernbegrippen betekenen?", "options": [{"id": "ja", "label": "Ja", "points": [0, 0, 0, 0, 2, 0]}, {"id": "nee", "label": "Nee", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Weet ik niet", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 0, 0, 0, 2, 0], "when": null},
{"id": "contact", "type": "single", "prompt": "Hoe houden jullie contact met de partner?", "options": [{"id": "beide", "label": "Online én met ontmoetingen ter plaatse", "points": [0, 0, 0, 0, 2, 0]}, {"id": "online", "label": "Alleen online", "points": [0, 0, 0, 0, 1, 0]}, {"id": "fysiek", "label": "Alleen bij werkbezoeken", "points": [0, 0, 0, 0, 1, 0]}, {"id": "geen-partner", "label": "We hebben nog geen partner", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 0, 0, 0, 2, 0], "when": null},
{"id": "sdg-kader", "type": "yesno", "prompt": "Gebruiken jullie de SDG's als kader voor de samenwerking?", "options": [{"id": "ja", "label": "Ja", "points": [0, 0, 0, 0, 0, 2]}, {"id": "nee", "label": "Nee", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Weet ik niet", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 0, 0, 0, 0, 2], "when": null},
{"id": "sdg-beleid", "type": "yesno", "prompt": "Heeft de gemeente een beleidsvisie om met de SDG's te werken?", "options": [{"id": "ja", "label": "Ja", "points": [0, 0, 0, 0, 0, 2]}, {"id": "nee", "label": "Nee", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Weet ik niet", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 0, 0, 0, 0, 2], "when": null}
], outcomes = [
{"id": "klaar", "title": "Klaar om te starten", "text": "Jullie hebben een stevige basis op elk onderdeel. Jullie kunnen de volgende stap zetten: een partner zoeken of de samenwerking verder uitbouwen.", "recs": [0, 1], "rule": function(has, s, t) {
return t >= 75 && (s[0] >= 50 && s[1] >= 50 && s[2] >= 50 && s[3] >= 50 && s[4] >= 50 && s[5] >= 50);
}},
{"id": "bijna-klaar", "title": "Bijna klaar", "text": "Een groot deel staat er, maar nog niet alles. Werk eerst de zwakke onderdelen hieronder bij en toets dan of een stedenband bij jullie beleid past.", "recs": [2], "rule": function(has, s, t) {
return t >= 50 && !(t >= 75 && (s[0] >= 50 && s[1] >= 50 && s[2] >= 50 && s[3] >= 50 && s[4] >= 50 && s[5] >= 50));
}},
{"id": "eerst-voorbereiden", "title": "Bereid eerst voor", "text": "Er is nog veel voorbereiding nodig in de eigen gemeente. Dat is normaal: het stappenplan begint met een jaar wroeten in eigen grond.", "recs": [3, 4], "rule": function(has, s, t) {
return !(t >= 50);
}}
], recs = [
{"title": "Bepaal het profiel van jullie partner (stap 4)", "url": "/nl/stappenplan/stap-4", "when": null},
{"title": "Durf bij te sturen wanneer iets niet werkt", "url": "/nl/lessen/durf-bijsturen", "when": null},
{"title": "Toets de voorbereiding aan jullie beleidsopties (stap 3)", "url": "/nl/stappenplan/stap-3", "when": null},
{"title": "Begin bij stap 1: het concept van de stedenband", "url": "/nl/stappenplan/stap-1", "when": null},
{"title": "Raadpleeg breed over doel en uitwerking (stap 2)", "url": "/nl/stappenplan/stap-2", "when": null},
{"title": "Zoek politieke steun over de partijgrenzen heen", "url": "/nl/fiches/essentie-stedenband", "when": function(has, s, t) {
return !(s[0] >= 50);
}},
{"title": "Stel een kerngroep samen met een duidelijk mandaat", "url": "/nl/lessen/betrokkenheid-is-key", "when": function(has, s, t) {
return !(s[1] >= 50);
}},
{"title": "Voorzie een vast werkingsbudget", "url": "/nl/lessen/toekomstmuziek", "when": function(has, s, t) {
return !(s[2] >= 50);
}},
{"title": "Vergroot het draagvlak in je gemeente", "url": "/nl/lessen/vergroot-je-draagvlak", "when": function(has, s, t) {
return !(s[3] >= 50);
}},
{"title": "Spreek met je partner dezelfde taal", "url": "/nl/lessen/spreek-dezelfde-taal", "when": function(has, s, t) {
return !(s[4] >= 50);
}},
{"title": "Zoek een balans tussen online en fysiek contact", "url": "/nl/lessen/niet-alles-online", "when": function(has, s, t) {
return !(s[4] >= 50);
}},
{"title": "Gebruik de SDG's als gemeenschappelijk kader", "url": "/nl/lessen/internationaal-kader", "when": function(has, s, t) {
return !(s[5] >= 50);
}},
{"title": "Doe de SDG-cirkeloefening", "url": "/nl/sdg-cirkeloefening/index", "when": function(has, s, t) {
return !(s[5] >= 50);
}}
], advice = [5, 6, 7, 8, 9, 10, 11, 12];
return {"id": "hoe-klaar-zijn-we", "lang": "nl", "title": "Hoe klaar zijn we?", "dimensions": dims, "questions": questions, "outcomes": outcomes, "evaluate": function(a) {
try {
return run(a);
} catch (e) {
return {"error": String(e)};
}
}};
})();
