var kbAssessments = kbAssessments || {};
kbAssessments["hoe-klaar-zijn-we"] = (function() {
var dims = [
{"id": "beleid", "name": "Policy and political support", "weight": 1},
{"id": "organisatie", "name": "Organisation and mandate", "weight": 1},
{"id": "budget", "name": "Budget", "weight": 1},
{"id": "draagvlak", "name": "Local support", "weight": 1},
{"id": "partnerschap", "name": "Working with the partner", "weight": 1},
{"id": "sdgs", "name": "Anchoring in the SDGs", "weight": 1}
], questions = [
{"id": "beleidsverklaring", "type": "yesno", "prompt": "Are the goals of international cooperation set out in a policy statement?", "options": [{"id": "ja", "label": "Yes", "points": [4, 0, 0, 0, 0, 0]}, {"id": "nee", "label": "No", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Don't know", "points": [0, 0, 0, 0, 0, 0]}], "max": [4, 0, 0, 0, 0, 0], "when": null},
{"id": "politieke-steun", "type": "scale", "prompt": "How broad is the political support?", "options": [{"id": "1", "label": "1", "points": [0, 0, 0, 0, 0, 0]}, {"id": "2", "label": "2", "points": [1, 0, 0, 0, 0, 0]}, {"id": "3", "label": "3", "points": [2, 0, 0, 0, 0, 0]}, {"id": "4", "label": "4", "points": [3, 0, 0, 0, 0, 0]}, {"id": "5", "label": "5", "points": [4, 0, 0, 0, 0, 0]}], "max": [4, 0, 0, 0, 0, 0], "when": null},
{"id": "kerngroep", "type": "yesno", "prompt": "Is there a core group with a clear mandate from the council?", "options": [{"id": "ja", "label": "Yes", "points": [0, 4, 0, 0, 0, 0]}, {"id": "nee", "label": "No", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Don't know", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 4, 0, 0, 0, 0], "when": null},
{"id": "tijd", "type": "scale", "prompt": "How much time can staff really spend on it?", "options": [{"id": "1", "label": "1", "points": [0, 0, 0, 0, 0, 0]}, {"id": "2", "label": "2", "points": [0, 1, 0, 0, 0, 0]}, {"id": "3", "label": "3", "points": [0, 2, 0, 0, 0, 0]}, {"id": "4", "label": "4", "points": [0, 3, 0, 0, 0, 0]}, {"id": "5", "label": "5", "points": [0, 4, 0, 0, 0, 0]}], "max": [0, 4, 0, 0, 0, 0], "when": null},
{"id": "diensten", "type": "yesno", "prompt": "Do several departments take part, such as communications?", "options": [{"id": "ja", "label": "Yes", "points": [0, 2, 0, 0, 0, 0]}, {"id": "nee", "label": "No", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Don't know", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 2, 0, 0, 0, 0], "when": null},
{"id": "werkingsbudget", "type": "single", "prompt": "Is there a structural operating budget?", "options": [{"id": "structureel", "label": "Yes, a structural budget", "points": [0, 0, 4, 0, 0, 0]}, {"id": "subsidies", "label": "No, we rely on subsidies", "points": [0, 0, 1, 0, 0, 0]}, {"id": "geen", "label": "No, there is no budget", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 0, 4, 0, 0, 0], "when": null},
{"id": "budget-herbekeken", "type": "yesno", "prompt": "Has the budget been reviewed, communication included?", "options": [{"id": "ja", "label": "Yes", "points": [0, 0, 2, 0, 0, 0]}, {"id": "nee", "label": "No", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Don't know", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 0, 2, 0, 0, 0], "when": null},
{"id": "gros-middenveld", "type": "yesno", "prompt": "Do the GROS and civil society help shape the goals?", "options": [{"id": "ja", "label": "Yes", "points": [0, 0, 0, 3, 0, 0]}, {"id": "nee", "label": "No", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Don't know", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 0, 0, 3, 0, 0], "when": null},
{"id": "communicatieplan", "type": "yesno", "prompt": "Is there a communication plan to inform residents?", "options": [{"id": "ja", "label": "Yes", "points": [0, 0, 0, 2, 0, 0]}, {"id": "nee", "label": "No", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Don't know", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 0, 0, 2, 0, 0], "when": null},
{"id": "bekendheid", "type": "scale", "prompt": "How well known is the cooperation within the municipality?", "options": [{"id": "1", "label": "1", "points": [0, 0, 0, 0, 0, 0]}, {"id": "2", "label": "2", "points": [0, 0, 0, 1, 0, 0]}, {"id": "3", "label": "3", "points": [0, 0, 0, 2, 0, 0]}, {"id": "4", "label": "4", "points": [0, 0, 0, 3, 0, 0]}, {"id": "5", "label": "5", "points": [0, 0, 0, 4, 0, 0]}], "max": [0, 0, 0, 4, 0, 0], "when": null},
{"id": "wederkerigheid", "type": "scale", "prompt": "Do you and your partner learn from each other?", "options": [{"id": "1", "label": "1", "points": [0, 0, 0, 0, 0, 0]}, {"id": "2", "label": "2", "points": [0, 0, 0, 0, 1, 0]}, {"id": "3", "label": "3", "points": [0, 0, 0, 0, 2, 0]}, {"id": "4", "label": "4", "points": [0, 0, 0, 0, 3, 0]}, {"id": "5", "label": "5", "points": [0, 0, 0, 0, 4, 0]}], "max": [0, 0, 0, 0, 4, 0], "when": null},
{"id": "gedeelde-taal", "type": "yesno", "prompt": "Have you agreed with your partner what key terms mean?", "options": [{"id": "ja", "label": "Yes", "points": [0, 0, 0, 0, 2, 0]}, {"id": "nee", "label": "No", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Don't know", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 0, 0, 0, 2, 0], "when": null},
{"id": "contact", "type": "single", "prompt": "How do you keep in touch with your partner?", "options": [{"id": "beide", "label": "Online and by meeting in person", "points": [0, 0, 0, 0, 2, 0]}, {"id": "online", "label": "Only online", "points": [0, 0, 0, 0, 1, 0]}, {"id": "fysiek", "label": "Only during working visits", "points": [0, 0, 0, 0, 1, 0]}, {"id": "geen-partner", "label": "We have no partner yet", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 0, 0, 0, 2, 0], "when": null},
{"id": "sdg-kader", "type": "yesno", "prompt": "Do you use the SDGs as the framework for the cooperation?", "options": [{"id": "ja", "label": "Yes", "points": [0, 0, 0, 0, 0, 2]}, {"id": "nee", "label": "No", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Don't know", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 0, 0, 0, 0, 2], "when": null},
{"id": "sdg-beleid", "type": "yesno", "prompt": "Does the municipality have a policy vision for working with the SDGs?", "options": [{"id": "ja", "label": "Yes", "points": [0, 0, 0, 0, 0, 2]}, {"id": "nee", "label": "No", "points": [0, 0, 0, 0, 0, 0]}, {"id": "weet-niet", "label": "Don't know", "points": [0, 0, 0, 0, 0, 0]}], "max": [0, 0, 0, 0, 0, 2], "when": null}
], outcomes = [
{"id": "klaar", "title": "Ready to start", "text": "You have solid foundations on every part. You can take the next step: finding a partner, or building the cooperation further.", "recs": [0, 1], "rule": function(has, s, t) {
return t >= 75 && (s[0] >= 50 && s[1] >= 50 && s[2] >= 50 && s[3] >= 50 && s[4] >= 50 && s[5] >= 50);
}},
{"id": "bijna-klaar", "title": "Almost ready", "text": "Much is in place, but not everything yet. Work on the weak parts below first, then check whether a city link fits your policy.", "recs": [2], "rule": function(has, s, t) {
return t >= 50 && !(t >= 75 && (s[0] >= 50 && s[1] >= 50 && s[2] >= 50 && s[3] >= 50 && s[4] >= 50 && s[5] >= 50));
}},
{"id": "eerst-voorbereiden", "title": "Prepare first", "text": "There is still a lot to prepare at home. That is normal: the roadmap starts with a year of groundwork in your own municipality.", "recs": [3, 4], "rule": function(has, s, t) {
return !(t >= 50);
}}
], recs = [
{"title": "Define the profile of your partner (step 4)", "url": "/en/stappenplan/stap-4", "when": null},
{"title": "Dare to adjust when something does not work", "url": "/en/lessen/durf-bijsturen", "when": null},
{"title": "Check your preparation against your policy options (step 3)", "url": "/en/stappenplan/stap-3", "when": null},
{"title": "Start with step 1: the concept of a city link", "url": "/en/stappenplan/stap-1", "when": null},
{"title": "Consult widely on aims and approach (step 2)", "url": "/en/stappenplan/stap-2", "when": null},
{"title": "Seek political support across party lines", "url": "/en/fiches/essentie-stedenband", "when": function(has, s, t) {
return !(s[0] >= 50);
}},
{"title": "Set up a core group with a clear mandate", "url": "/en/lessen/betrokkenheid-is-key", "when": function(has, s, t) {
return !(s[1] >= 50);
}},
{"title": "Provide a structural operating budget", "url": "/en/lessen/toekomstmuziek", "when": function(has, s, t) {
return !(s[2] >= 50);
}},
{"title": "Broaden support in your municipality", "url": "/en/lessen/vergroot-je-draagvlak", "when": function(has, s, t) {
return !(s[3] >= 50);
}},
{"title": "Speak the same language as your partner", "url": "/en/lessen/spreek-dezelfde-taal", "when": function(has, s, t) {
return !(s[4] >= 50);
}},
{"title": "Balance online and in-person contact", "url": "/en/lessen/niet-alles-online", "when": function(has, s, t) {
return !(s[4] >= 50);
}},
{"title": "Use the SDGs as a shared framework", "url": "/en/lessen/internationaal-kader", "when": function(has, s, t) {
return !(s[5] >= 50);
}},
{"title": "Do the SDG circle exercise", "url": "/en/sdg-cirkeloefening/index", "when": function(has, s, t) {
return !(s[5] >= 50);
}}
], advice = [5, 6, 7, 8, 9, 10, 11, 12];
return {"id": "hoe-klaar-zijn-we", "lang": "en", "title": "How ready are we?", "dimensions": dims, "questions": questions, "outcomes": outcomes, "evaluate": function(a) {
try {
return run(a);
} catch (e) {
return {"error": String(e)};
}
}};
})();
