/* The SDG circle board's link format (issue 15, part 2; seed 001): decode, encode and count, with no DOM. ES5, no
   eval. A file of its own so the tests run exactly this in Jint against the C# reference it mirrors, BoardFormat.cs
   beside it, on the same fragments; the page's script (sdg-board.js) uses it through window.kbBoard.
   Published minified as theme/assets/js/board-format.js (after an edit: KB_ACCEPT=1, BoardScriptTests). */
(function (global) {
  'use strict';

  var SDGS = 17;

  function isBlank(text) { return /^\s*$/.test(text); }

  /* At most max UTF-16 units, never half a surrogate pair; counts the cut in problems. */
  function cut(text, max, problems) {
    if (text.length <= max) return text;
    problems.cut++;
    var end = max, code = text.charCodeAt(end - 1);
    if (code >= 0xD800 && code <= 0xDBFF) end--;
    return text.substring(0, end);
  }

  function decodePart(text) {
    try { return decodeURIComponent(text); } catch (e) { return null; }
  }

  function activity(value, limits, problems) {
    var fields = value.split(':'), text, sdgs = [], items, i, n, level = 0;
    if (fields.length > 3) return null;
    text = decodePart(fields[0]);
    if (text === null || isBlank(text)) return null;
    text = cut(text, limits.maxText, problems);
    if (fields.length > 1 && fields[1] !== '') {
      items = fields[1].split(',');
      for (i = 0; i < items.length; i++) {
        n = /^[0-9]{1,2}$/.test(items[i]) ? parseInt(items[i], 10) : 0;
        if (n >= 1 && n <= SDGS) { if (sdgs.indexOf(n) < 0) sdgs.push(n); } else problems.sdgs++;
      }
    }
    sdgs.sort(function (a, b) { return a - b; });
    if (fields.length > 2 && fields[2] !== '') {
      if (/^[1-3]$/.test(fields[2])) level = +fields[2]; else problems.levels++;
    }
    return { text: text, sdgs: sdgs, level: level };
  }

  /* The board in a fragment: what it can read, and counts of what it could not (BoardFormat.Decode). */
  function decode(fragment, limits) {
    var state = { board: 1, theme: '', activities: [] };
    var problems = { unreadable: 0, sdgs: 0, levels: 0, cut: 0, extra: 0 };
    var parts = (fragment.charAt(0) === '#' ? fragment.substring(1) : fragment).split('&');
    var i, part, eq, key, value, text, a;
    for (i = 0; i < parts.length; i++) {
      part = parts[i];
      if (part === '') continue;
      eq = part.indexOf('=');
      key = eq < 0 ? '' : part.substring(0, eq);
      value = eq < 0 ? '' : part.substring(eq + 1);
      if (key === 'v' && value === '1') continue;
      if (key === 'b' && /^[1-3]$/.test(value)) { state.board = +value; continue; }
      if (key === 't' && (text = decodePart(value)) !== null) { state.theme = cut(text, limits.maxTheme, problems); continue; }
      if (key === 'a') {
        if (state.activities.length >= limits.maxActivities) { problems.extra++; continue; }
        a = activity(value, limits, problems);
        if (a) { state.activities.push(a); continue; }
      }
      problems.unreadable++;
    }
    return { state: state, problems: problems };
  }

  function encode(state) {
    var parts = ['v=1', 'b=' + state.board], i, a;
    if (state.theme !== '') parts.push('t=' + encodeURIComponent(state.theme));
    for (i = 0; i < state.activities.length; i++) {
      a = state.activities[i];
      parts.push('a=' + encodeURIComponent(a.text) + ':' + a.sdgs.join(',') + (a.level > 0 ? ':' + a.level : ''));
    }
    return parts.join('&');
  }

  /* How often each goal is touched, in all and per level: counts, never a score. */
  function count(state) {
    var total = [], perLevel = [], n, i, j, a;
    for (n = 0; n <= SDGS; n++) { total.push(0); perLevel.push([0, 0, 0, 0]); }
    for (i = 0; i < state.activities.length; i++) {
      a = state.activities[i];
      for (j = 0; j < a.sdgs.length; j++) { total[a.sdgs[j]]++; perLevel[a.sdgs[j]][a.level]++; }
    }
    return { total: total, perLevel: perLevel };
  }

  global.kbBoard = { sdgs: SDGS, decode: decode, encode: encode, count: count };
})(this);
