var kbAssessments = kbAssessments || {};
kbAssessments["stedenband-of-alternatief"] = (function() {
var dims = [
{"id": "basis", "name": "Foundations at home", "weight": 2},
{"id": "stedenband", "name": "Fit with a city link", "weight": 1},
{"id": "sdg-partnerschap", "name": "Fit with an SDG partnership", "weight": 1},
{"id": "netwerk", "name": "Fit with a network", "weight": 1}
], questions = [
{"id": "politieke-steun", "type": "single", "prompt": "Is there political will for international cooperation?", "options": [{"id": "breed", "label": "Yes, across majority and opposition", "points": [2, 0, 0, 0]}, {"id": "meerderheid", "label": "Yes, but mainly in the majority", "points": [1, 0, 0, 0]}, {"id": "nog-niet", "label": "Not yet", "points": [0, 0, 0, 0]}], "max": [2, 0, 0, 0], "when": null},
{"id": "mandaat", "type": "yesno", "prompt": "Is there a core group with a clear mandate from the council?", "options": [{"id": "ja", "label": "Yes", "points": [2, 0, 0, 0]}, {"id": "nee", "label": "No", "points": [0, 0, 0, 0]}, {"id": "weet-niet", "label": "Don't know", "points": [0, 0, 0, 0]}], "max": [2, 0, 0, 0], "when": null},
{"id": "personeel", "type": "yesno", "prompt": "Can staff really make time for it, alongside their other tasks?", "options": [{"id": "ja", "label": "Yes", "points": [2, 0, 0, 0]}, {"id": "nee", "label": "No", "points": [0, 0, 0, 0]}, {"id": "weet-niet", "label": "Don't know", "points": [0, 0, 0, 0]}], "max": [2, 0, 0, 0], "when": null},
{"id": "budget", "type": "single", "prompt": "Is there a structural operating budget?", "options": [{"id": "structureel", "label": "Yes, a structural budget", "points": [2, 0, 0, 0]}, {"id": "subsidies", "label": "No, we rely on subsidies", "points": [1, 0, 0, 0]}, {"id": "geen", "label": "No, there is no budget", "points": [0, 0, 0, 0]}], "max": [2, 0, 0, 0], "when": null},
{"id": "middenveld", "type": "yesno", "prompt": "Are civil society and the GROS involved?", "options": [{"id": "ja", "label": "Yes", "points": [1, 1, 1, 0]}, {"id": "nee", "label": "No", "points": [0, 0, 0, 0]}, {"id": "weet-niet", "label": "Don't know", "points": [0, 0, 0, 0]}], "max": [1, 1, 1, 0], "when": null},
{"id": "tijdshorizon", "type": "single", "prompt": "How long do you want to commit?", "options": [{"id": "lang", "label": "For a long process, over several years", "points": [0, 2, 0, 0]}, {"id": "twee-jaar", "label": "For two years at most", "points": [0, 0, 2, 0]}, {"id": "nog-onduidelijk", "label": "We don't know yet", "points": [0, 0, 0, 0]}], "max": [0, 2, 2, 0], "when": null},
{"id": "vorm", "type": "single", "prompt": "Who do you mainly want to work with?", "options": [{"id": "een-partner", "label": "With one partner municipality", "points": [0, 1, 1, 0]}, {"id": "netwerk", "label": "With several municipalities in a thematic or geographic network", "points": [0, 0, 0, 3]}], "max": [0, 1, 1, 3], "when": null},
{"id": "inhoud", "type": "single", "prompt": "What do you mainly want to exchange on?", "options": [{"id": "eigen-thema", "label": "One theme of our own, such as citizen participation", "points": [0, 0, 2, 1]}, {"id": "capaciteitsopbouw", "label": "Broadly strengthening local government", "points": [0, 2, 0, 0]}], "max": [0, 2, 2, 1], "when": null},
{"id": "actieve-stedenband", "type": "yesno", "prompt": "Does your municipality already have an active city link?", "options": [{"id": "ja", "label": "Yes", "points": [0, 2, 0, 0]}, {"id": "nee", "label": "No", "points": [0, 0, 1, 0]}, {"id": "weet-niet", "label": "Don't know", "points": [0, 0, 0, 0]}], "max": [0, 2, 1, 0], "when": null},
{"id": "bestaande-relatie", "type": "yesno", "prompt": "Is there a partner or relationship you can build on?", "options": [{"id": "ja", "label": "Yes", "points": [0, 1, 1, 0]}, {"id": "nee", "label": "No", "points": [0, 0, 0, 0]}, {"id": "weet-niet", "label": "Don't know", "points": [0, 0, 0, 0]}], "max": [0, 1, 1, 0], "when": function(has) {
return !has("actieve-stedenband", "ja");
}},
{"id": "werkbezoeken", "type": "yesno", "prompt": "Are you willing to make working visits both ways?", "options": [{"id": "ja", "label": "Yes", "points": [0, 1, 2, 0]}, {"id": "nee", "label": "No", "points": [0, 0, 0, 0]}, {"id": "weet-niet", "label": "Don't know", "points": [0, 0, 0, 0]}], "max": [0, 1, 2, 0], "when": function(has) {
return has("vorm", "een-partner");
}},
{"id": "wederkerig", "type": "scale", "prompt": "Do you want to learn from the partner yourselves, or mainly help?", "options": [{"id": "1", "label": "1", "points": [0, 0, 0, 0]}, {"id": "2", "label": "2", "points": [0, 1, 0, 0]}, {"id": "3", "label": "3", "points": [0, 2, 0, 0]}, {"id": "4", "label": "4", "points": [0, 3, 0, 0]}, {"id": "5", "label": "5", "points": [0, 4, 0, 0]}], "max": [0, 4, 0, 0], "when": function(has) {
return has("vorm", "een-partner");
}}
], outcomes = [
{"id": "stedenband", "title": "A classic city link", "text": "You want a long process with one partner, centred on strengthening local government on both sides. That is what a city link is: an official cooperation agreement between two local governments, backed politically and by society.", "recs": [0, 1, 2], "rule": function(has, s, t) {
return s[0] >= 50 && !has("tijdshorizon", "nog-onduidelijk") && has("vorm", "een-partner") && has("tijdshorizon", "lang") && s[1] >= 50;
}},
{"id": "sdg-partnerschap", "title": "An SDG partnership", "text": "An SDG partnership lasts two years at most and centres on one theme, with exchange between colleagues and working visits both ways. It suits your time horizon, or is a good first step towards longer cooperation.", "recs": [3, 4, 5], "rule": function(has, s, t) {
return s[0] >= 50 && !has("tijdshorizon", "nog-onduidelijk") && has("vorm", "een-partner") && (has("tijdshorizon", "twee-jaar") || has("tijdshorizon", "lang") && !(s[1] >= 50));
}},
{"id": "netwerk", "title": "Joining a network", "text": "You want to work with several municipalities. Joining a thematic or geographic network may then make more sense than a city link with one partner.", "recs": [6, 7], "rule": function(has, s, t) {
return s[0] >= 50 && !has("tijdshorizon", "nog-onduidelijk") && has("vorm", "netwerk");
}},
{"id": "eerst-voorbereiden", "title": "Not yet: prepare first", "text": "Every form of cooperation first needs solid foundations at home: political support, a core group with a mandate, time, a budget and involvement of civil society. Start with year 1 of the roadmap.", "recs": [8, 9], "rule": function(has, s, t) {
return !(s[0] >= 50 && !has("tijdshorizon", "nog-onduidelijk"));
}}
], recs = [
{"title": "Read what a city link is and the principles behind it", "url": "/en/fiches/essentie-stedenband", "when": null},
{"title": "Find a partner with the roadmap (step 4)", "url": "/en/stappenplan/stap-4", "when": null},
{"title": "Take a mental picture together of where you stand", "url": "/en/lessen/maak-mentale-fotos", "when": null},
{"title": "Read how an SDG partnership works", "url": "/en/fiches/sdg-partnerschappen", "when": null},
{"title": "Use the SDGs as a shared framework", "url": "/en/lessen/internationaal-kader", "when": null},
{"title": "Choose your theme with the SDG circle exercise", "url": "/en/sdg-cirkeloefening/index", "when": null},
{"title": "Explore the alternatives, such as networks (step 3)", "url": "/en/stappenplan/stap-3", "when": null},
{"title": "Read why a city link is only one form", "url": "/en/fiches/essentie-stedenband", "when": null},
{"title": "Start with step 1: the concept of a city link", "url": "/en/stappenplan/stap-1", "when": null},
{"title": "Broaden support in your municipality", "url": "/en/lessen/vergroot-je-draagvlak", "when": null},
{"title": "Set up a core group with a clear mandate", "url": "/en/lessen/betrokkenheid-is-key", "when": function(has, s, t) {
return !has("mandaat", "ja");
}},
{"title": "Without an operating budget, everything depends on subsidies", "url": "/en/lessen/toekomstmuziek", "when": function(has, s, t) {
return !has("budget", "structureel");
}},
{"title": "Map the partners in your own municipality (step 2)", "url": "/en/stappenplan/stap-2", "when": function(has, s, t) {
return !has("middenveld", "ja");
}}
], advice = [10, 11, 12];
return {"id": "stedenband-of-alternatief", "lang": "en", "title": "A city link, or an alternative?", "dimensions": dims, "questions": questions, "outcomes": outcomes, "evaluate": function(a) {
try {
return run(a);
} catch (e) {
return {"error": String(e)};
}
}};
})();
