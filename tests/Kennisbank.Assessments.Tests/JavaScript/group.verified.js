var kbGroup = (function() {
function own(o, k) {
return Object.prototype.hasOwnProperty.call(o, k);
}
function spread(id, v, of) {
v.sort(function(x, y) {
return x - y;
});
var n = v.length, h = Math.floor(n / 2);
return {"id": id, "n": n, "min": n ? v[0] : 0, "median": n === 0 ? 0 : n % 2 === 1 ? v[h] : Math.floor((v[h - 1] + v[h] + 1) / 2), "max": n ? v[n - 1] : 0, "of": of};
}
function combine(A, members) {
var rs = [], out = [], dims = [], fits = [], qs = [], cs = [], best = 0, winner = null, ties = 0, f = 0, i, j, k, q, c, n, v, key, counts, keys, same;
for (i = 0; i < members.length; i += 1) {
rs.push(A.evaluate(members[i]));
}
for (i = 0; i < A.outcomes.length; i += 1) {
n = 0;
for (j = 0; j < rs.length; j += 1) {
if (rs[j].outcome === A.outcomes[i].id) {
n += 1;
}
}
if (n === 0) {
continue;
}
out.push({"id": A.outcomes[i].id, "count": n});
if (n > best) {
best = n;
winner = A.outcomes[i].id;
ties = 1;
} else {
if (n === best) {
ties += 1;
}
}
}
for (k = 0; k < A.dimensions.length; k += 1) {
v = [];
for (j = 0; j < rs.length; j += 1) {
c = rs[j].dimensions[A.dimensions[k].id];
if (c.max > 0) {
v.push(c.score);
}
}
dims.push(spread(A.dimensions[k].id, v, 100));
}
for (i = 0; i < A.outcomes.length; i += 1) {
if (A.outcomes[i].fallback) {
continue;
}
v = [];
for (j = 0; j < rs.length; j += 1) {
v.push(rs[j].fits[f].met);
}
fits.push(spread(A.outcomes[i].id, v, A.outcomes[i].req.length));
f += 1;
}
for (i = 0; i < A.questions.length; i += 1) {
q = A.questions[i];
counts = {};
keys = [];
n = 0;
for (j = 0; j < rs.length; j += 1) {
if (!own(rs[j].answers, q.id)) {
continue;
}
c = rs[j].answers[q.id];
n += 1;
if (q.type === "multiple") {
key = 0;
for (k = 0; k < c.length; k += 1) {
key += Math.pow(2, q.options.indexOf(c[k]));
}
} else {
key = q.options.indexOf(c[0]);
}
if (own(counts, key)) {
counts[key].count += 1;
} else {
counts[key] = {"options": c, "count": 1};
keys.push(key);
}
}
if (n === 0) {
continue;
}
keys.sort(function(x, y) {
return x - y;
});
same = 0;
v = [];
for (k = 0; k < keys.length; k += 1) {
same += counts[keys[k]].count * counts[keys[k]].count;
v.push(counts[keys[k]]);
}
qs.push({"question": q.id, "n": n, "differing": (n * n - same) / 2, "answers": v, "i": i});
}
qs.sort(function(x, y) {
return y.differing - x.differing || x.i - y.i;
});
v = [];
for (i = 0; i < qs.length; i += 1) {
v.push({"question": qs[i].question, "n": qs[i].n, "differing": qs[i].differing, "answers": qs[i].answers});
}
for (i = 0; i < A.cautions.length; i += 1) {
n = 0;
for (j = 0; j < rs.length; j += 1) {
if (rs[j].cautions.indexOf(A.cautions[i].id) >= 0) {
n += 1;
}
}
if (n) {
cs.push({"id": A.cautions[i].id, "count": n});
}
}
return {"count": rs.length, "outcome": ties === 1 ? winner : null, "outcomes": out, "dimensions": dims, "fits": fits, "questions": v, "cautions": cs};
}
function read(A, t) {
var u, parts, a = {}, i, j, q, v, n, pos = 0, made;
if (typeof t !== "string") {
return {"error": "damaged"};
}
u = t.trim();
if (u === "") {
return {"error": "empty"};
}
if (u.indexOf("#") >= 0) {
u = u.slice(u.indexOf("#") + 1);
}
try {
u = decodeURIComponent(u);
} catch (e) {
return {"error": "damaged"};
}
if (u.indexOf("r=") === 0) {
return A.read(t);
}
for (i = 0; i < u.length; i += 1) {
if ("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-".indexOf(u.charAt(i)) < 0) {
return {"error": "damaged"};
}
}
u = u.toLowerCase();
parts = u.split("-");
if (parts.length !== 5) {
return {"error": "damaged"};
}
if (parts[0] !== A.tag) {
return {"error": "other"};
}
for (i = 0; i < A.questions.length; i += 1) {
q = A.questions[i];
v = parts[3].slice(pos, pos + (q.type === "multiple" ? 3 : 1));
pos += v.length;
n = 0;
for (j = 0; j < v.length; j += 1) {
n = n * 36 + "0123456789abcdefghijklmnopqrstuvwxyz".indexOf(v.charAt(j));
}
if (n <= 0) {
continue;
}
if (q.type === "multiple") {
a[q.id] = [];
for (j = 0; j < q.options.length; j += 1) {
if (Math.floor((n - 1) / Math.pow(2, j)) % 2 === 1) {
a[q.id].push(q.options[j]);
}
}
} else {
if (n > q.options.length) {
return {"error": "damaged"};
}
v = q.options[n - 1];
a[q.id] = q.type === "scale" ? Number(v) : v;
}
}
made = A.share(a, parts[1], parts[2]);
if (pos !== parts[3].length || (!made || made.code !== u)) {
return {"error": "damaged"};
}
return {"answers": a, "session": parts[1], "member": parts[2]};
}
return {"combine": function(A, m) {
try {
return combine(A, m);
} catch (e) {
return {"error": String(e)};
}
}, "read": function(A, t) {
try {
return read(A, t);
} catch (e) {
return {"error": "damaged"};
}
}};
})();
