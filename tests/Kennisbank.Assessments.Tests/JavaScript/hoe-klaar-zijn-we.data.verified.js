var kbAssessments = kbAssessments || {};
kbAssessments["hoe-klaar-zijn-we"] = (function() {
var dims = [
{"id": "beleid", "weight": 1},
{"id": "organisatie", "weight": 1},
{"id": "draagvlak", "weight": 1},
{"id": "voorbereiding", "weight": 1},
{"id": "partnerschap", "weight": 1}
], questions = [
{"id": "partner", "type": "single", "options": ["ja", "nee"], "points": [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], "max": [0, 0, 0, 0, 0], "when": null},
{"id": "politieke-steun", "type": "single", "options": ["geen", "een-partij", "meerderheid", "breed"], "points": [[0, 0, 0, 0, 0], [1, 0, 0, 0, 0], [2, 0, 0, 0, 0], [3, 0, 0, 0, 0]], "max": [3, 0, 0, 0, 0], "when": null},
{"id": "beleidsverklaring", "type": "yesno", "options": ["ja", "nee", "weet-niet"], "points": [[2, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], "max": [2, 0, 0, 0, 0], "when": null},
{"id": "kerngroep", "type": "yesno", "options": ["ja", "nee", "weet-niet"], "points": [[0, 2, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], "max": [0, 2, 0, 0, 0], "when": null},
{"id": "tijd", "type": "single", "options": ["nauwelijks", "deels", "voldoende"], "points": [[0, 0, 0, 0, 0], [0, 1, 0, 0, 0], [0, 2, 0, 0, 0]], "max": [0, 2, 0, 0, 0], "when": null},
{"id": "werkingsbudget", "type": "single", "options": ["structureel", "subsidies", "geen"], "points": [[0, 2, 0, 0, 0], [0, 1, 0, 0, 0], [0, 0, 0, 0, 0]], "max": [0, 2, 0, 0, 0], "when": null},
{"id": "draagvlak", "type": "single", "options": ["bestuur", "middenveld", "inwoners"], "points": [[0, 0, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 2, 0, 0]], "max": [0, 0, 2, 0, 0], "when": null},
{"id": "sdg-visie", "type": "yesno", "options": ["ja", "nee", "weet-niet"], "points": [[0, 0, 2, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], "max": [0, 0, 2, 0, 0], "when": null},
{"id": "wederkerigheid", "type": "single", "options": ["helpen", "allebei", "leren"], "points": [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], "max": [0, 0, 0, 0, 0], "when": null},
{"id": "profiel", "type": "yesno", "options": ["ja", "nee", "weet-niet"], "points": [[0, 0, 0, 2, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], "max": [0, 0, 0, 2, 0], "when": ["c", "partner", "nee"]},
{"id": "alternatieven", "type": "yesno", "options": ["ja", "nee", "weet-niet"], "points": [[0, 0, 0, 2, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], "max": [0, 0, 0, 2, 0], "when": ["c", "partner", "nee"]},
{"id": "afspraken", "type": "yesno", "options": ["ja", "nee", "weet-niet"], "points": [[0, 0, 0, 0, 2], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], "max": [0, 0, 0, 0, 2], "when": ["c", "partner", "ja"]},
{"id": "contact", "type": "single", "options": ["beide", "online", "fysiek"], "points": [[0, 0, 0, 0, 2], [0, 0, 0, 0, 1], [0, 0, 0, 0, 1]], "max": [0, 0, 0, 0, 2], "when": ["c", "partner", "ja"]}
], conds = [
{"id": "politieke-steun", "p": ["n", ["c", "politieke-steun", "geen"]]},
{"id": "kerngroep", "p": ["c", "kerngroep", "ja"]},
{"id": "geen-partner", "p": ["c", "partner", "nee"]},
{"id": "beleidsverklaring", "p": ["c", "beleidsverklaring", "ja"]},
{"id": "brede-steun", "p": ["c", "politieke-steun", "breed"]},
{"id": "werkingsbudget", "p": ["c", "werkingsbudget", "structureel"]},
{"id": "wederkerigheid", "p": ["n", ["c", "wederkerigheid", "helpen"]]},
{"id": "geen-zwak-onderdeel-jaar-1", "p": ["a", ["s", 0, 50], ["s", 1, 50], ["s", 2, 50], ["s", 3, 50]]},
{"id": "met-partner", "p": ["c", "partner", "ja"]},
{"id": "geen-zwak-onderdeel", "p": ["a", ["s", 0, 50], ["s", 1, 50], ["s", 2, 50], ["s", 4, 50]]},
{"id": "helft-van-de-punten", "p": ["s", (-1), 50]}
], gates = [0, 1], outcomes = [
{"id": "klaar-partner-zoeken", "req": [2, 3, 4, 5, 6, 7], "recs": [0, 1], "fallback": false},
{"id": "klaar-uitbouwen", "req": [8, 3, 4, 5, 6, 9], "recs": [2, 3], "fallback": false},
{"id": "bijna-klaar", "req": [10], "recs": [4, 5], "fallback": false},
{"id": "eerst-voorbereiden", "req": [], "recs": [6, 7, 8, 9], "fallback": true}
], cautions = [
{"id": "donorreflex", "p": ["c", "wederkerigheid", "helpen"]},
{"id": "smalle-steun", "p": ["o", ["c", "politieke-steun", "een-partij"], ["c", "politieke-steun", "meerderheid"]]},
{"id": "alleen-online", "p": ["c", "contact", "online"]}
], recs = [null, null, null, null, ["c", "partner", "nee"], ["c", "partner", "ja"], ["c", "partner", "nee"], ["c", "partner", "nee"], ["c", "partner", "ja"], ["c", "partner", "ja"], ["n", ["s", 0, 50]], ["n", ["s", 1, 50]], ["n", ["s", 2, 50]], ["a", ["c", "partner", "nee"], ["n", ["s", 3, 50]]], ["a", ["c", "partner", "nee"], ["n", ["s", 3, 50]]], ["a", ["c", "partner", "ja"], ["n", ["s", 4, 50]]], ["a", ["c", "partner", "ja"], ["n", ["s", 4, 50]]], ["n", ["c", "sdg-visie", "ja"]]], advice = [10, 11, 12, 13, 14, 15, 16, 17], tag = "hkzw", print = 1042, abc = "23456789abcdefghjkmnpqrstuvwxyz";
return {"id": "hoe-klaar-zijn-we", "dimensions": dims, "questions": questions, "outcomes": outcomes, "cautions": cautions, "tag": tag, "alphabet": abc, "evaluate": function(a) {
try {
return run(a);
} catch (e) {
return {"error": String(e)};
}
}, "share": function(a, s, m) {
try {
return share(a, s, m);
} catch (e) {
return null;
}
}, "read": function(t) {
try {
return read(t);
} catch (e) {
return {"error": "damaged"};
}
}};
})();
