#!/usr/bin/env node
// Bytes a first search transfers until its results show (gzip -9, as the size tests count), on a built site:
//   node bench/search-bytes.js OUTPUT_DIR LANG "query" ["query" ...]
// Runs the published assets/js/search.js (its search only: there is no DOM here) with a loader over the output folder,
// fresh for every query (a new visitor), and adds the script and the fragments of the 8 results the popup shows.
'use strict';
var fs = require('fs'), path = require('path'), zlib = require('zlib'), vm = require('vm');
var out = process.argv[2], lang = process.argv[3], queries = process.argv.slice(4), SHOWN = 8;
var scriptPath = path.join(out, 'assets/js/search.js'), context = {};
vm.runInNewContext(fs.readFileSync(scriptPath, 'utf8'), context);
function gz(file) { return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length; }
var scriptBytes = gz(scriptPath), rows = [];
queries.forEach(function (q) {
  var fetched = [], base = path.join(out, 'assets/search', lang) + '/';
  var ix = new context.kbSearch.Index(base, function (p, done) {
    fetched.push(p);
    done(null, JSON.parse(fs.readFileSync(p, 'utf8')));
  });
  ix.search(q, SHOWN, function (error, r) {
    if (error) throw new Error(error);
    // The fragments through the script's own loader: a file shared by several shown results counts once.
    ix.fragments(r.hits.map(function (h) { return h[0]; }), function () {});
    var bytes = scriptBytes + fetched.reduce(function (s, f) { return s + gz(f); }, 0);
    rows.push({ query: q, results: r.total, files: fetched.length + 1, bytes: bytes });
  });
});
rows.forEach(function (r) { console.log([lang, JSON.stringify(r.query), r.results + ' results', r.files + ' files', r.bytes + ' bytes'].join('\t')); });
console.log(lang + '\tmax\t' + Math.max.apply(null, rows.map(function (r) { return r.bytes; })) + ' bytes (script ' + scriptBytes + ')');
