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
function own(o, k) {
return Object.prototype.hasOwnProperty.call(o, k);
}
function pick(q, v) {
var o = q.options, r = [], i;
if (q.type === "multiple") {
if (!Array.isArray(v)) {
return null;
}
for (i = 0; i < o.length; i += 1) {
if (v.indexOf(o[i].id) >= 0) {
r.push(i);
}
}
return r;
}
if (q.type === "scale") {
if (typeof v !== "number") {
return null;
}
v = String(v);
} else {
if (typeof v !== "string") {
return null;
}
}
for (i = 0; i < o.length; i += 1) {
if (o[i].id === v) {
return [i];
}
}
return null;
}
function rank(list, r) {
var n = 0;
while (n < list.length && Math.abs(list[n].effect) >= Math.abs(r.effect)) {
n += 1;
}
list.splice(n, 0, r);
if (list.length > 3) {
list.pop();
}
}
function run(a) {
if (a === null || typeof a !== "object") {
a = {};
}
var chosen = {}, visible = [], missing = [], reasons = [], raw = [], max = [], scores = [], dimensions = {}, recommendations = [], weights = 0, sum = 0, outcome = null, i, j, k, q, p, ids, got, effect, total;
function has(q, o) {
return own(chosen, q) && chosen[q].indexOf(o) >= 0;
}
for (k = 0; k < dims.length; k += 1) {
raw.push(0);
max.push(0);
}
for (i = 0; i < questions.length; i += 1) {
q = questions[i];
if (q.when && !q.when(has)) {
continue;
}
visible.push(q.id);
p = pick(q, own(a, q.id) ? a[q.id] : null);
effect = 0;
for (k = 0; k < dims.length; k += 1) {
got = 0;
if (p) {
for (j = 0; j < p.length; j += 1) {
got += q.options[p[j]].points[k];
}
}
raw[k] += got;
max[k] += q.max[k];
effect += 2 * got - q.max[k];
}
if (!p) {
missing.push(q.id);
continue;
}
ids = [];
for (j = 0; j < p.length; j += 1) {
ids.push(q.options[p[j]].id);
}
chosen[q.id] = ids;
if (effect !== 0) {
rank(reasons, {"question": q.id, "options": ids, "effect": effect});
}
}
for (k = 0; k < dims.length; k += 1) {
scores.push(max[k] > 0 ? Math.floor((200 * raw[k] + max[k]) / (2 * max[k])) : 0);
dimensions[dims[k].id] = {"raw": raw[k], "max": max[k], "score": scores[k]};
if (max[k] > 0) {
weights += dims[k].weight;
sum += dims[k].weight * scores[k];
}
}
total = weights > 0 ? Math.floor((2 * sum + weights) / (2 * weights)) : 0;
for (i = 0; i < outcomes.length; i += 1) {
if (outcomes[i].rule(has, scores, total)) {
outcome = outcomes[i];
break;
}
}
p = (outcome ? outcome.recs : []).concat(advice);
for (i = 0; i < p.length; i += 1) {
q = recs[p[i]];
if (!q.when || q.when(has, scores, total)) {
recommendations.push({"title": q.title, "url": q.url});
}
}
return {"complete": missing.length === 0, "outcome": outcome ? outcome.id : null, "score": total, "dimensions": dimensions, "visible": visible, "missing": missing, "reasons": reasons, "recommendations": recommendations};
}
return {"id": "stedenband-of-alternatief", "lang": "en", "title": "A city link, or an alternative?", "dimensions": dims, "questions": questions, "outcomes": outcomes, "evaluate": function(a) {
try {
return run(a);
} catch (e) {
return {"error": String(e)};
}
}};
})();
