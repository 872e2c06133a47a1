var kbAssessments = kbAssessments || {};
kbAssessments["stedenband-of-alternatief"] = (function() {
var dims = [], questions = [
{"id": "actieve-stedenband", "type": "single", "options": ["ja", "nee"], "when": null},
{"id": "politieke-steun", "type": "single", "options": ["breed", "meerderheid", "nog-niet"], "when": null},
{"id": "kerngroep", "type": "single", "options": ["mandaat", "werkgroep", "een-persoon", "niemand"], "when": null},
{"id": "tijd", "type": "yesno", "options": ["ja", "nee", "weet-niet"], "when": null},
{"id": "budget", "type": "single", "options": ["structureel", "subsidies", "geen"], "when": null},
{"id": "middenveld", "type": "yesno", "options": ["ja", "nee", "weet-niet"], "when": null},
{"id": "tijdshorizon", "type": "single", "options": ["lang", "twee-jaar", "nog-onduidelijk"], "when": null},
{"id": "vorm", "type": "single", "options": ["een-partner", "netwerk"], "when": null},
{"id": "inhoud", "type": "single", "options": ["bestuurskracht", "een-thema", "projecten"], "when": null},
{"id": "werkbezoeken", "type": "yesno", "options": ["ja", "nee", "weet-niet"], "when": ["c", "vorm", "een-partner"]},
{"id": "wederkerig", "type": "scale", "options": ["1", "2", "3", "4", "5"], "when": null}
], conds = [
{"id": "politieke-steun", "p": ["n", ["c", "politieke-steun", "nog-niet"]]},
{"id": "trekker", "p": ["n", ["c", "kerngroep", "niemand"]]},
{"id": "actieve-stedenband", "p": ["c", "actieve-stedenband", "ja"]},
{"id": "een-partner", "p": ["c", "vorm", "een-partner"]},
{"id": "lang-proces", "p": ["c", "tijdshorizon", "lang"]},
{"id": "mandaat", "p": ["c", "kerngroep", "mandaat"]},
{"id": "werkingsbudget", "p": ["c", "budget", "structureel"]},
{"id": "tijd", "p": ["c", "tijd", "ja"]},
{"id": "netwerk", "p": ["c", "vorm", "netwerk"]},
{"id": "nieuwe-stedenband", "p": ["c", "actieve-stedenband", "nee"]},
{"id": "werkbezoeken", "p": ["c", "werkbezoeken", "ja"]},
{"id": "hoogstens-twee-jaar", "p": ["o", ["c", "tijdshorizon", "twee-jaar"], ["c", "tijdshorizon", "nog-onduidelijk"]]},
{"id": "een-thema", "p": ["c", "inhoud", "een-thema"]},
{"id": "leren", "p": ["o", ["c", "wederkerig", "3"], ["c", "wederkerig", "4"], ["c", "wederkerig", "5"]]},
{"id": "niet-een-persoon", "p": ["o", ["c", "kerngroep", "mandaat"], ["c", "kerngroep", "werkgroep"]]},
{"id": "werkbezoeken-sdg", "p": ["c", "werkbezoeken", "ja"]},
{"id": "tijd-sdg", "p": ["c", "tijd", "ja"]}
], gates = [0, 1], outcomes = [
{"id": "vernieuwen", "req": [2, 3, 4, 5, 6, 7], "recs": [0, 1, 2, 3], "fallback": false},
{"id": "netwerk", "req": [8], "recs": [4, 5], "fallback": false},
{"id": "stedenband", "req": [9, 3, 4, 5, 6, 7, 10], "recs": [6, 7, 8], "fallback": false},
{"id": "sdg-partnerschap", "req": [3, 11, 12, 13, 14, 15, 16], "recs": [9, 10, 11], "fallback": false},
{"id": "eerst-voorbereiden", "req": [], "recs": [12, 13], "fallback": true}
], cautions = [
{"id": "donorreflex", "p": ["o", ["c", "wederkerig", "1"], ["c", "wederkerig", "2"]]},
{"id": "projectreflex", "p": ["c", "inhoud", "projecten"]},
{"id": "smalle-steun", "p": ["c", "politieke-steun", "meerderheid"]},
{"id": "een-persoon", "p": ["c", "kerngroep", "een-persoon"]},
{"id": "alleen-online", "p": ["c", "werkbezoeken", "nee"]}
], recs = [null, null, null, null, null, null, null, null, null, null, null, null, null, null, ["n", ["c", "kerngroep", "mandaat"]], ["n", ["c", "budget", "structureel"]], ["n", ["c", "middenveld", "ja"]]], advice = [14, 15, 16], tag = "soa", print = 860, abc = "23456789abcdefghjkmnpqrstuvwxyz";
return {"id": "stedenband-of-alternatief", "dimensions": dims, "questions": questions, "outcomes": outcomes, "cautions": cautions, "tag": tag, "alphabet": abc, "evaluate": function(a) {
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
