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
if (v.indexOf(o[i]) >= 0) {
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
if (o[i] === v) {
return [i];
}
}
return null;
}
function pct(r, m) {
return m > 0 ? Math.floor((200 * r + m) / (2 * m)) : 0;
}
function find(id) {
var i;
for (i = 0; i < questions.length; i += 1) {
if (questions[i].id === id) {
return i;
}
}
return (-1);
}
function holds(p, x) {
var k = p[0], i;
if (k === "c") {
return x.has(p[1], p[2]);
}
if (k === "s") {
return (p[1] < 0 ? x.total : x.sc[p[1]] || 0) >= p[2];
}
if (k === "n") {
return !holds(p[1], x);
}
for (i = 1; i < p.length; i += 1) {
if (holds(p[i], x) !== (k === "a")) {
return k !== "a";
}
}
return k === "a";
}
function why(p, t, x, m) {
var k = p[0], i, v;
if (k === "c") {
i = find(p[1]);
if (i >= 0 && x.got[i]) {
m[i] = true;
}
return;
}
if (k === "s") {
weigh(p[1], t, x, m);
return;
}
if (k === "n") {
why(p[1], !t, x, m);
return;
}
for (i = 1; i < p.length; i += 1) {
v = holds(p[i], x);
if (k === "a" ? t || !v : !t || v) {
why(p[i], v, x, m);
}
}
}
function weigh(d, t, x, m) {
var top = [], i, k, w, n, g;
for (i = 0; i < questions.length; i += 1) {
g = x.got[i];
if (!g) {
continue;
}
w = 0;
for (k = 0; k < dims.length; k += 1) {
if (d < 0 || k === d) {
w += (d < 0 ? dims[k].weight : 1) * (t ? g[k] : questions[i].max[k] - g[k]);
}
}
if (w <= 0) {
continue;
}
n = 0;
while (n < top.length && top[n][1] >= w) {
n += 1;
}
top.splice(n, 0, [i, w]);
if (top.length > 3) {
top.pop();
}
}
for (i = 0; i < top.length; i += 1) {
m[top[i][0]] = true;
}
}
function run(a) {
if (a === null || typeof a !== "object") {
a = {};
}
var chosen = {}, x = {"sc": [], "total": 0, "got": []}, visible = [], missing = [], raw = [], max = [], dimensions = {}, failed = [], ids = [], fits = [], reasons = [], shown = [], notes = [], outcome = null, best = null, bn = 0, contrast = null, sr = 0, sm = 0, cv = [], i, j, k, q, p, g, w, n, o;
x.has = function(q, o) {
return own(chosen, q) && chosen[q].indexOf(o) >= 0;
};
function reason(c) {
var m = [], r = [], i;
why(conds[c].p, cv[c], x, m);
for (i = 0; i < questions.length; i += 1) {
if (m[i]) {
r.push(questions[i].id);
}
}
return {"condition": conds[c].id, "holds": cv[c], "questions": r};
}
function met(o) {
var n = 0, i;
for (i = 0; i < o.req.length; i += 1) {
if (cv[o.req[i]]) {
n += 1;
}
}
return n;
}
for (k = 0; k < dims.length; k += 1) {
raw.push(0);
max.push(0);
}
for (i = 0; i < questions.length; i += 1) {
q = questions[i];
x.got.push(null);
if (q.when && !holds(q.when, x)) {
continue;
}
visible.push(q.id);
p = pick(q, own(a, q.id) ? a[q.id] : null);
g = [];
for (k = 0; k < dims.length; k += 1) {
w = 0;
if (p) {
for (j = 0; j < p.length; j += 1) {
w += q.points[p[j]][k];
}
}
g.push(w);
raw[k] += w;
max[k] += q.max[k];
}
if (!p) {
missing.push(q.id);
continue;
}
x.got[i] = g;
ids = [];
for (j = 0; j < p.length; j += 1) {
ids.push(q.options[p[j]]);
}
chosen[q.id] = ids;
}
for (k = 0; k < dims.length; k += 1) {
x.sc.push(pct(raw[k], max[k]));
dimensions[dims[k].id] = {"raw": raw[k], "max": max[k], "score": x.sc[k]};
sr += dims[k].weight * raw[k];
sm += dims[k].weight * max[k];
}
x.total = pct(sr, sm);
for (i = 0; i < conds.length; i += 1) {
cv.push(holds(conds[i].p, x));
}
for (i = 0; i < gates.length; i += 1) {
if (!cv[gates[i]]) {
failed.push(gates[i]);
}
}
for (i = 0; i < outcomes.length; i += 1) {
o = outcomes[i];
if (failed.length ? o.fallback : met(o) === o.req.length) {
outcome = o;
break;
}
}
for (i = 0; i < outcomes.length; i += 1) {
o = outcomes[i];
if (o.fallback) {
continue;
}
n = met(o);
fits.push({"outcome": o.id, "met": n, "of": o.req.length});
if (o === outcome || n === o.req.length && !failed.length) {
continue;
}
if (!best || n * best.req.length > bn * o.req.length) {
best = o;
bn = n;
}
}
if (best) {
ids = [];
for (j = 0; j < best.req.length; j += 1) {
if (!cv[best.req[j]]) {
ids.push(reason(best.req[j]));
}
}
contrast = {"outcome": best.id, "reasons": ids};
}
if (failed.length) {
for (i = 0; i < failed.length; i += 1) {
reasons.push(reason(failed[i]));
}
} else {
if (outcome && !outcome.fallback) {
for (j = 0; j < outcome.req.length; j += 1) {
reasons.push(reason(outcome.req[j]));
}
}
}
for (i = 0; i < cautions.length; i += 1) {
if (holds(cautions[i].p, x)) {
shown.push(cautions[i].id);
}
}
p = (outcome ? outcome.recs : []).concat(advice);
for (i = 0; i < p.length; i += 1) {
w = recs[p[i]];
if (!w || holds(w, x)) {
notes.push(p[i]);
}
}
ids = [];
for (i = 0; i < failed.length; i += 1) {
ids.push(conds[failed[i]].id);
}
return {"complete": missing.length === 0, "outcome": outcome ? outcome.id : null, "score": x.total, "dimensions": dimensions, "visible": visible, "missing": missing, "answers": chosen, "failed": ids, "fits": fits, "reasons": reasons, "contrast": contrast, "cautions": shown, "recommendations": notes};
}
function pad(t, w) {
while (t.length < w) {
t = "0" + t;
}
return t;
}
function token(t, n) {
var i;
if (typeof t !== "string" || t.length !== n) {
return false;
}
for (i = 0; i < t.length; i += 1) {
if (abc.indexOf(t.charAt(i)) < 0) {
return false;
}
}
return true;
}
function check(t) {
var h = print, i;
for (i = 0; i < t.length; i += 1) {
h = (h * 37 + t.charCodeAt(i)) % 1291;
}
return pad(h.toString(36), 2);
}
function share(a, s, m) {
var r = run(a), link = [], code = "", i, j, q, n, ids;
if (!r.complete || s !== null && !token(s, 6) || m !== null && (s === null || !token(m, 4))) {
return null;
}
for (i = 0; i < questions.length; i += 1) {
q = questions[i];
if (!own(r.answers, q.id)) {
code += q.type === "multiple" ? "000" : "0";
continue;
}
ids = r.answers[q.id];
link.push(q.id + ":" + ids.join("+"));
if (q.type === "multiple") {
n = 1;
for (j = 0; j < ids.length; j += 1) {
n += Math.pow(2, q.options.indexOf(ids[j]));
}
code += pad(n.toString(36), 3);
} else {
code += (q.options.indexOf(ids[0]) + 1).toString(36);
}
}
code = tag + "-" + s + "-" + m + "-" + code;
return {"link": "r=" + link.join(",") + (s === null ? "" : "&s=" + s + (m === null ? "" : "&m=" + m)), "code": m === null ? null : code + "-" + check(code)};
}
function read(t) {
var parts, a = {}, s = null, m = null, i, j, q, v, kv, made;
if (typeof t !== "string") {
return {"error": "damaged"};
}
t = t.trim();
if (t === "") {
return {"error": "empty"};
}
if (t.indexOf("#") >= 0) {
t = t.slice(t.indexOf("#") + 1);
}
try {
t = decodeURIComponent(t);
} catch (e) {
return {"error": "damaged"};
}
if (t.indexOf("r=") !== 0) {
return {"error": "damaged"};
}
parts = t.split("&");
if (parts.length > 1 && parts[1].indexOf("s=") === 0) {
s = parts[1].slice(2);
}
if (parts.length > 2 && parts[2].indexOf("m=") === 0) {
m = parts[2].slice(2);
}
parts = parts[0].slice(2).split(",");
for (i = 0; i < parts.length; i += 1) {
kv = parts[i].split(":");
j = find(kv[0]);
if (kv.length !== 2 || (j < 0 || own(a, kv[0]))) {
return {"error": "damaged"};
}
q = questions[j];
v = kv[1];
a[q.id] = q.type === "multiple" ? v ? v.split("+") : [] : q.type === "scale" ? Number(v) : v;
}
made = share(a, s, m);
if (!made || made.link !== t) {
return {"error": "damaged"};
}
return {"answers": a, "session": s, "member": m};
}
