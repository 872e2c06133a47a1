/* Site search (issue 11), part 1 of 2: the engine, with no DOM. ES5, no dependencies.
   The normaliser and the search mirror src/Kennisbank.Site/Features/Search (C#, the reference); the tests run it in
   Jint and compare both on every word and real queries of the site. Part 2, search-field.js, connects it to the page;
   the two are published minified as one file, theme/assets/js/search.js (one request; SearchScriptTests). */
var kbSearch = (function () {
  'use strict';

  // ---- Normaliser (Folding.cs, Tokenizer.cs, Analyzer.cs) ----

  // 0 separator, 1 letter, 2 mark, 3 apostrophe; ranges as Folding.SeparatorRanges.
  function kind(s, i, fold) {
    var c = s.charCodeAt(i);
    if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57) return 1;
    if (c === 39 || c === 0x2019 || c === 0x2BC) return 3;
    if (c >= 0x300 && c <= 0x36F) return 2;
    if (fold.hasOwnProperty(s.charAt(i))) return 1;
    if (c < 0x250 || c >= 0x2000 && c <= 0x2BFF || c >= 0x3000 && c <= 0x303F || c >= 0xD800 && c <= 0xDFFF ||
        c >= 0xFE00 && c <= 0xFE6F || c >= 0xFF00) return 0;
    return 1;
  }

  function foldChar(s, i, fold) {
    var ch = s.charAt(i), c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
    return fold.hasOwnProperty(ch) ? fold[ch] : ch;
  }

  // [[start, end, folded], ...]: Tokenizer.Words.
  function words(s, fold) {
    var out = [], cur = '', start = -1, i = 0, n = s.length, k;
    function emit(end) {
      if (cur.length <= 40 && !(cur.length === 1 && !(cur >= '0' && cur <= '9'))) out.push([start, end, cur]);
      cur = '';
      start = -1;
    }
    while (i < n) {
      k = kind(s, i, fold);
      if (k === 1) {
        if (start < 0) start = i;
        cur += foldChar(s, i, fold);
        i++;
        continue;
      }
      if (k === 2) { i++; continue; }
      if (k === 3 && start >= 0 && i + 1 < n && kind(s, i + 1, fold) === 1) {
        if (foldChar(s, i + 1, fold) === 's' && (i + 2 === n || kind(s, i + 2, fold) % 3 === 0)) {
          emit(i);
          i += 2;
          continue;
        }
        if (cur.length > 2) { i++; continue; }
      }
      if (start >= 0) emit(i);
      i++;
    }
    if (start >= 0) emit(n);
    return out;
  }

  function endsInWord(s, fold) {
    var k = s.length ? kind(s, s.length - 1, fold) : 0;
    return k === 1 || k === 2;
  }

  // Analyzer.Stem: steps of [suffix, replacement, min stem, letters allowed before].
  function stem(w, steps) {
    var i, j, r, at;
    if (!/^[a-z]*$/.test(w)) return w;
    for (i = 0; i < steps.length; i++) {
      for (j = 0; j < steps[i].length; j++) {
        r = steps[i][j];
        at = w.length - r[0].length;
        if (at < r[2] || w.slice(at) !== r[0]) continue;
        if (r[3] && (at === 0 || r[3].indexOf(w.charAt(at - 1)) < 0)) continue;
        w = w.slice(0, at) + r[1];
        break;
      }
    }
    return w;
  }

  // ---- Matching (Typo.cs, IndexFiles.cs, QueryEngine.cs) ----

  function within1(a, b) {
    var t, i = 0;
    if (a.length > b.length) { t = a; a = b; b = t; }
    if (b.length - a.length > 1) return false;
    while (i < a.length && a.charAt(i) === b.charAt(i)) i++;
    if (i === a.length) return true;
    if (a.length < b.length) return a.slice(i) === b.slice(i + 1);
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < a.length && a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2);
  }

  function prefixWithin1(w, t) {
    for (var n = w.length - 1; n <= w.length + 1; n++) if (n <= t.length && n > 0 && within1(w, t.slice(0, n))) return true;
    return false;
  }

  function key(t) { return t.length <= 2 ? t : t.slice(0, 2); }

  function shard(k, n) {
    for (var h = 0, i = 0; i < k.length; i++) h = (h * 31 + k.charCodeAt(i)) % 1000003;
    return h % n;
  }

  var DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

  // IndexFiles.Encode, read back: [[doc, score, section], ...].
  function decode(s) {
    var out = [], nums = [], n = 0, shift = 0, d, i, doc = 0;
    for (i = 0; i < s.length; i++) {
      d = DIGITS.indexOf(s.charAt(i));
      n += (d & 31) * Math.pow(2, shift);
      if (d >= 32) { shift += 5; continue; }
      nums.push(n);
      n = 0;
      shift = 0;
      if (nums.length === 3) {
        doc += nums[0];
        out.push([doc, nums[1], nums[2]]);
        nums = [];
      }
    }
    return out;
  }

  function tokens(q, m) {
    var ws = words(q, m.fold), typing = endsInWord(q, m.fold), out = [], i, last, stop;
    for (i = 0; i < ws.length; i++) {
      last = typing && i === ws.length - 1;
      stop = m.stopSet.hasOwnProperty(ws[i][2]);
      if (stop && !last) continue;
      out.push({ w: ws[i][2], s: stop ? null : stem(ws[i][2], m.steps), l: last });
    }
    return out;
  }

  // An index in one language, its files fetched once each through load(path, callback(error, json)).
  function Index(base, load) {
    this.base = base;
    this.load = load;
    this.files = {};
  }

  Index.prototype.get = function (path, done) {
    var f = this.files[path];
    if (!f) {
      f = this.files[path] = { waiting: [] };
      this.load(this.base + path, function (error, json) {
        var w = f.waiting, i;
        f.error = error;
        f.json = json;
        f.waiting = null;
        for (i = 0; i < w.length; i++) w[i]();
      });
    }
    if (f.waiting) f.waiting.push(function () { done(f.error, f.json); }); else done(f.error, f.json);
  };

  // Several files; done(error, [json, ...]) once all are there.
  Index.prototype.all = function (paths, done) {
    var left = paths.length, out = [], failed = null;
    if (!left) return done(null, out);
    paths.forEach(function (p, i) {
      this.get(p, function (error, json) {
        failed = failed || error;
        out[i] = json;
        if (--left === 0) done(failed, out);
      });
    }, this);
  };

  Index.prototype.meta = function (done) {
    this.get('meta.json', function (error, m) {
      if (m && !m.stopSet) {
        m.stopSet = {};
        for (var i = 0; i < m.stop.length; i++) m.stopSet[m.stop[i]] = 1;
      }
      done(error, m);
    });
  };

  // The fragments of these results: file n holds results n·K to n·K + K - 1 (meta's frag, IndexFiles.FragmentGroup),
  // as an array when K > 1.
  Index.prototype.fragments = function (docs, done) {
    var ix = this;
    ix.meta(function (error, m) {
      if (error) return done(error);
      var k = m.frag;
      ix.all(docs.map(function (d) { return 'f/' + Math.floor(d / k) + '.json'; }), function (error, fs) {
        done(error, fs.map(function (f, i) { return k > 1 && f ? f[docs[i] % k] : f; }));
      });
    });
  };

  // QueryEngine.Search: done(error, { hits: [[doc, score, section]], total, terms: { term: 1 }, glossary: doc or -1 }).
  Index.prototype.search = function (q, limit, done) {
    var ix = this;
    ix.meta(function (error, m) {
      if (error) return done(error);
      var toks = tokens(q, m), paths = [];
      if (!toks.length) return done(null, { hits: [], total: 0, terms: {}, glossary: -1 });
      toks.forEach(function (t) { paths.push('d/' + shard(key(t.w), m.dict) + '.json'); });
      ix.all(paths, function (error, shards) {
        if (error) return done(error);
        var posts = [];
        toks.forEach(function (t, i) {
          t.c = candidates(t, shards[i]);
          t.c.forEach(function (c) { posts.push('p/' + shard(c[0], m.post) + '.json'); });
        });
        ix.all(posts, function (error, files) {
          if (error) return done(error);
          var at = 0;
          toks.forEach(function (t) { t.c.forEach(function (c) { c.push(decode(files[at++][c[0]] || '')); }); });
          done(null, rank(toks, limit, m.terms));
        });
      });
    });
  };

  // [term, quality, results] for the best candidates of a token in its dictionary shard.
  function candidates(t, list) {
    var found = [], i, term, q, k = key(t.w);
    for (i = 0; i < list.length; i += 2) {
      term = list[i];
      if (key(term) !== k) continue;
      q = term === t.s ? 3
        : t.l && t.w.length >= 2 && term.slice(0, t.w.length) === t.w ? 2
        : t.w.length >= 5 && (t.s !== null && within1(t.s, term) || t.l && prefixWithin1(t.w, term)) ? 1 : 0;
      if (q) found.push([term, q, list[i + 1]]);
    }
    found.sort(function (a, b) { return b[1] - a[1] || b[2] - a[2] || (a[0] < b[0] ? -1 : 1); });
    return found.slice(0, 8);
  }

  function rank(toks, limit, glossaryDocs) {
    var results = null, terms = {}, glossary = -1, best = 0, hits = [], doc;
    toks.forEach(function (t) {
      var scores = {}, next = {};
      t.c.forEach(function (c) {
        terms[c[0]] = 1;
        c[3].forEach(function (p) {
          var s = c[1] * p[1], seen = scores[p[0]];
          if (!seen || s > seen[0]) scores[p[0]] = [s, p[2]];
          // For "no results": the glossary term this word names best, whatever the other words.
          if (c[1] === 3 && p[0] < glossaryDocs && p[1] > best) { best = p[1]; glossary = p[0]; }
        });
      });
      if (!results) {
        for (doc in scores) next[doc] = [scores[doc][0], scores[doc][0], scores[doc][1]];
      } else {
        for (doc in results) {
          var r = results[doc], s = scores[doc];
          if (s) next[doc] = [r[0] + s[0], Math.max(r[1], s[0]), s[0] > r[1] ? s[1] : r[2]];
        }
      }
      results = next;
    });
    for (doc in results) hits.push([+doc, results[doc][0], results[doc][2]]);
    hits.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    return { hits: hits.slice(0, limit), total: hits.length, terms: terms, glossary: glossary };
  }

  return { words: words, endsInWord: endsInWord, stem: stem, within1: within1, shard: shard, decode: decode, Index: Index };
}());
