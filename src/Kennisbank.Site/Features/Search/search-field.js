/* Site search (issue 11), part 2 of 2: the header's search field, using kbSearch from search-engine.js. ES5, nothing
   fetched before the field is focused or typed in; texts enter the page through textContent only. */
// ---- The search field: a WAI-ARIA 1.2 combobox with a listbox popup (theme/Features/Search/SearchField.razor). ----
(function () {
  'use strict';
  if (typeof document === 'undefined' || !document.querySelector) return;
  var form = document.querySelector('form.search'), SHOWN = 8;
  if (!form) return;
  var input = form.querySelector('input'), list = form.querySelector('[role=listbox]'), status = form.querySelector('[role=status]'),
      panel = form.querySelector('.search-panel'), data = form.getAttribute.bind(form), index = new kbSearch.Index(data('data-index'), load),
      also = data('data-also-index') ? new kbSearch.Index(data('data-also-index'), load) : null, active = -1, seq = 0, shown = [];

  function load(path, done) {
    var x = new XMLHttpRequest();
    x.open('GET', path);
    x.onload = function () {
      var json = null;
      try { json = x.status === 200 ? JSON.parse(x.responseText) : null; } catch (e) { json = null; }
      done(json ? null : 'error', json);
    };
    x.onerror = function () { done('error', null); };
    x.send();
  }

  function text(key, n) { return (data('data-text-' + key) || '').replace('{0}', n); }
  function el(tag, cls, content) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (content) e.textContent = content;
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }

  function close() {
    list.hidden = true;
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    list.removeAttribute('aria-busy');
    active = -1;
  }

  function move(to) {
    var options = list.children, i;
    if (!options.length) return;
    active = (to + options.length) % options.length;
    for (i = 0; i < options.length; i++) options[i].setAttribute('aria-selected', i === active ? 'true' : 'false');
    input.setAttribute('aria-activedescendant', options[active].id);
    if (options[active].scrollIntoView) options[active].scrollIntoView({ block: 'nearest' });
  }

  function go(i) { if (shown[i]) window.location.href = shown[i]; }

  // The excerpt: about 160 characters around the first word that matched, every matching word in <mark>.
  function excerpt(f, section, terms, m) {
    var order = [section], i, s, ws, hit, j, w, from, to, out = el('span', 'search-excerpt'), at;
    for (i = 0; i < f.h.length; i++) order.push(i);
    function matches(word) {
      var st = kbSearch.stem(word, m.steps), t;
      if (terms[st]) return true;
      for (t in terms) if (t.length > 3 && st.indexOf(t) >= 0) return true;
      return false;
    }
    for (i = 0; i < order.length && !hit; i++) {
      s = f.h[order[i]][2];
      ws = kbSearch.words(s, m.fold);
      for (j = 0; j < ws.length && !hit; j++) if (matches(ws[j][2])) hit = ws[j];
    }
    if (!hit) { s = f.d; ws = kbSearch.words(s, m.fold); hit = [0, 0]; }
    from = Math.max(0, hit[0] - 60);
    while (from > 0 && s.charAt(from - 1) !== ' ') from--;
    to = Math.min(s.length, from + 160);
    while (to < s.length && s.charAt(to) !== ' ') to++;
    at = from;
    if (from > 0) out.appendChild(document.createTextNode('… '));
    for (j = 0; j < ws.length; j++) {
      w = ws[j];
      if (w[0] < from || w[1] > to || !matches(w[2])) continue;
      out.appendChild(document.createTextNode(s.slice(at, w[0])));
      out.appendChild(el('mark', '', s.slice(w[0], w[1])));
      at = w[1];
    }
    out.appendChild(document.createTextNode(s.slice(at, to) + (to < s.length ? ' …' : '')));
    return out;
  }

  function option(f, hit, i, terms, m) {
    var li = el('li', 'search-option'), where = f.s + (f.s && f.m ? ' · ' : '') + f.m, sec = f.h[hit[2]];
    li.id = 'search-option-' + i;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.appendChild(el('span', 'search-title', f.t));
    if (where) li.appendChild(el('span', 'search-where', where));
    li.appendChild(excerpt(f, hit[2], terms, m));
    shown[i] = f.u + (hit[2] > 0 && sec && sec[0] ? '#' + sec[0] : '');
    li.addEventListener('click', function () { go(i); });
    return li;
  }

  // No results: the glossary term the query names, if any, and the sections (the site navigation's links). The
  // glossary entry may still have to load: if another query was typed meanwhile, this answer is dropped.
  function none(q, result, mine) {
    var links = document.querySelectorAll('.site-nav a'), ul = el('ul'), i, a, li;
    clear(panel);
    panel.appendChild(el('p', '', text('none', q)));
    function sections() {
      panel.appendChild(el('p', '', text('sections')));
      for (i = 0; i < links.length; i++) {
        li = el('li');
        a = el('a', '', links[i].textContent);
        a.href = links[i].getAttribute('href');
        li.appendChild(a);
        ul.appendChild(li);
      }
      panel.appendChild(ul);
      panel.hidden = false;
    }
    if (result.glossary < 0) return sections();
    index.fragments([result.glossary], function (error, fs) {
      var f = fs && fs[0];
      if (mine !== seq) return;
      if (f) {
        var p = el('p', '', text('glossary') + ' ');
        a = el('a', '', f.t);
        a.href = f.u;
        p.appendChild(a);
        panel.appendChild(p);
      }
      sections();
    });
  }

  // "Also found in English: 3" for a language whose pages are not all translated (input/site.yml, required: false).
  function alsoIn(q, mine) {
    also.search(q, 1, function (error, r) {
      if (error || mine !== seq || !r.total) return;
      var p = el('p', 'search-also'), a = el('a', '', text('also', r.total));
      a.href = data('data-also-url') + '?q=' + encodeURIComponent(q);
      p.appendChild(a);
      panel.appendChild(p);
      panel.hidden = false;
    });
  }

  function run() {
    var q = input.value, mine = ++seq;
    if (q.replace(/\s+/g, '').length < 2) { close(); status.textContent = ''; return; }
    // Busy until this query's own answer is shown: the results on screen may still be those of a shorter query.
    list.setAttribute('aria-busy', 'true');
    index.search(q, SHOWN, function (error, result) {
      if (mine !== seq) return;
      if (error) { close(); status.textContent = text('error'); return; }
      index.meta(function (e, m) {
        index.fragments(result.hits.map(function (h) { return h[0]; }), function (error, fs) {
          if (mine !== seq) return;
          clear(list);
          clear(panel);
          shown = [];
          active = -1;
          input.removeAttribute('aria-activedescendant');
          list.removeAttribute('aria-busy');
          if (error) { close(); status.textContent = text('error'); return; }
          result.hits.forEach(function (h, i) { list.appendChild(option(fs[i], h, i, result.terms, m)); });
          list.hidden = !result.hits.length;
          panel.hidden = true;
          input.setAttribute('aria-expanded', result.hits.length ? 'true' : 'false');
          status.textContent = result.total === 1 ? text('result') : result.total ? text('results', result.total) : text('none', q);
          if (!result.total) none(q, result, mine);
          if (also) alsoIn(q, mine);
        });
      });
    });
  }

  input.addEventListener('focus', function () { index.meta(function () {}); });
  input.addEventListener('input', run);
  input.addEventListener('keydown', function (e) {
    var open = !list.hidden;
    if (e.key === 'ArrowDown' || e.key === 'Down') { if (open) move(active + 1); else run(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' || e.key === 'Up') { if (open) move(active - 1); e.preventDefault(); }
    else if (e.key === 'Enter' && open && active >= 0) { e.preventDefault(); go(active); }
    else if ((e.key === 'Escape' || e.key === 'Esc') && (open || !panel.hidden)) { e.preventDefault(); close(); }
  });
  document.addEventListener('keydown', function (e) {
    var t = e.target, typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if ((e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) || ((e.ctrlKey || e.metaKey) && (e.key === 'k' || e.key === 'K'))) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
  document.addEventListener('click', function (e) { if (!form.contains(e.target)) close(); });
  form.addEventListener('focusout', function () {
    setTimeout(function () { if (!form.contains(document.activeElement)) close(); }, 0);
  });
  // On the search page (?q=…, also where the form leads without JavaScript): search at once.
  var q = /[?&]q=([^&]*)/.exec(window.location.search);
  if (q && document.querySelector('[data-search-page]')) {
    input.value = decodeURIComponent(q[1].replace(/\+/g, ' '));
    input.focus();
    run();
  }
}());
