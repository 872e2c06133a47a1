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
