/* The digital SDG circle board's page (issue 15, part 2; seed 001): the form, dragging, the counts and the link that
   keeps the board, on .kb-board (see SdgBoardLayout.razor). ES5, no eval, no inline style, text only through
   textContent (the site's CSP and the no-injection rule). Loaded only on the board page, after board-format.js:
   window.kbBoard, the link format, proved against BoardFormat.cs; this file only connects it to the page.

   Published minified as theme/assets/js/sdg-board.js, as the search's script is: the board page is the heaviest of
   the site and readable scripts would not stay within its 25 KB. After an edit: KB_ACCEPT=1 (BoardScriptTests). */
(function (global) {
  'use strict';

  var kb = global.kbBoard, SDGS = kb.sdgs;

  function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }

  function format(text, a, b) { return text.split('{0}').join(String(a)).split('{1}').join(String(b)); }

  function el(name, className, text) {
    var e = document.createElement(name);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function setClass(node, name, on) {
    var classes = (node.getAttribute('class') || '').split(' '), at = classes.indexOf(name);
    if (on && at < 0) classes.push(name);
    if (!on && at >= 0) classes.splice(at, 1);
    node.setAttribute('class', classes.join(' '));
  }

  function start(root) {
    var limits = { maxText: +root.getAttribute('data-max-text'), maxTheme: +root.getAttribute('data-max-theme'), maxActivities: +root.getAttribute('data-max-activities') };
    var T = function (key) { return root.getAttribute('data-text-' + key) || ''; };
    var form = root.querySelector('.board-form'), notice = root.querySelector('.board-notice');
    var textInput = form.querySelector('#board-text'), themeInput = form.querySelector('#board-theme');
    var levelSelect = form.querySelector('#board-level'), error = form.querySelector('#board-text-error');
    var submit = form.querySelector('.board-submit'), cancel = form.querySelector('.board-cancel');
    var list = root.querySelector('.board-activities'), status = el('p', 'visually-hidden');
    var state, editing = -1, drag = null, target = null, written = null;

    status.setAttribute('role', 'status');
    root.appendChild(status);
    function say(text) { status.textContent = text; }

    function sdgNames(a) {
      var names = [], i;
      for (i = 0; i < a.sdgs.length; i++) names.push(format(T('sdg'), a.sdgs[i]));
      return names.length ? names.join(', ') : T('no-sdg');
    }

    function load(fragment, report) {
      var decoded = kb.decode(fragment, limits), p = decoded.problems, lines = [], k;
      state = decoded.state;
      var keys = ['unreadable', 'sdgs', 'levels', 'cut', 'extra'], limit = [0, 0, 0, limits.maxText, limits.maxActivities];
      for (k = 0; k < keys.length; k++) if (p[keys[k]] > 0) lines.push(format(T(keys[k]), p[keys[k]], limit[k]));
      notice.hidden = !(report && lines.length);
      while (notice.firstChild) notice.removeChild(notice.firstChild);
      if (report && lines.length) {
        notice.appendChild(el('p', '', T('problems')));
        var ul = el('ul');
        for (k = 0; k < lines.length; k++) ul.appendChild(el('li', '', lines[k]));
        notice.appendChild(ul);
      }
      render();
    }

    /* The fragment is rewritten, not added to the history: Back leaves the board, as readers expect. */
    function save() {
      written = '#' + kb.encode(state);
      if (global.history && history.replaceState) history.replaceState(null, '', written);
      else location.hash = written;
    }

    function render() {
      var counts = kb.count(state), n, l, i, item, a, touched = 0;
      root.setAttribute('data-board', String(state.board));
      all(form, 'input[name=board]').forEach(function (r) { r.checked = +r.value === state.board; });
      if (document.activeElement !== themeInput) themeInput.value = state.theme;
      all(root, '.board-theme').forEach(function (t) { t.textContent = state.theme || T('theme'); });
      for (n = 1; n <= SDGS; n++) {
        if (counts.total[n] > 0) touched++;
        all(root, '.board-count[data-sdg="' + n + '"]').forEach(function (badge) {
          var level = +badge.getAttribute('data-level'), value = level ? counts.perLevel[n][level] : counts.total[n];
          badge.querySelector('text').textContent = String(value);
          setClass(badge, 'is-zero', value === 0);
        });
        all(root, '.board-sector[data-sdg="' + n + '"]').forEach(function (s) { setClass(s, 'is-untouched', counts.total[n] === 0 && state.activities.length > 0); });
        var row = root.querySelector('.board-counts tr[data-sdg="' + n + '"]');
        row.querySelector('.board-total').textContent = String(counts.total[n]);
        for (l = 1; l <= 3; l++) row.querySelector('[data-level="' + l + '"]').textContent = String(counts.perLevel[n][l]);
        root.querySelector('.board-reflex li[data-sdg="' + n + '"]').hidden = counts.total[n] > 0;
        var group = root.querySelector('.board-per-sdg li[data-sdg="' + n + '"]'), ul = group.querySelector('ul');
        while (ul.firstChild) ul.removeChild(ul.firstChild);
        for (i = 0; i < state.activities.length; i++) {
          a = state.activities[i];
          if (a.sdgs.indexOf(n) >= 0) ul.appendChild(el('li', '', a.text + (a.level ? ' (' + levelSelect.options[a.level].text + ')' : '')));
        }
        group.hidden = counts.total[n] === 0;
      }
      root.querySelector('.board-reflex-all').hidden = touched < SDGS;
      while (list.firstChild) list.removeChild(list.firstChild);
      for (i = 0; i < state.activities.length; i++) list.appendChild(itemFor(state.activities[i], i));
      root.querySelector('.board-empty').hidden = state.activities.length > 0;
    }

    function itemFor(a, i) {
      var li = el('li', 'board-item'), chip = el('span', 'board-chip', a.text), meta, edit, remove;
      chip.setAttribute('data-index', String(i));
      chip.setAttribute('title', T('drag'));
      meta = el('span', 'board-item-meta', sdgNames(a) + (a.level ? ' · ' + levelSelect.options[a.level].text : ''));
      edit = el('button', 'secondary board-edit', T('edit'));
      remove = el('button', 'secondary board-remove', T('remove'));
      edit.type = remove.type = 'button';
      edit.setAttribute('aria-label', T('edit') + ': ' + a.text);
      remove.setAttribute('aria-label', T('remove') + ': ' + a.text);
      edit.addEventListener('click', function () { beginEdit(i); });
      remove.addEventListener('click', function () {
        state.activities.splice(i, 1);
        if (editing === i) endEdit();
        save(); render(); say(format(T('removed'), a.text)); textInput.focus();
      });
      chip.addEventListener('pointerdown', function (e) {
        if (e.button > 0) return;
        drag = { index: i, pointer: e.pointerId };
        if (chip.setPointerCapture) chip.setPointerCapture(e.pointerId);
        setClass(root, 'is-dragging', true);
        e.preventDefault();
      });
      li.appendChild(chip); li.appendChild(meta); li.appendChild(edit); li.appendChild(remove);
      return li;
    }

    function beginEdit(i) {
      var a = state.activities[i];
      editing = i;
      textInput.value = a.text;
      all(form, '.board-sdgs input').forEach(function (box) { box.checked = a.sdgs.indexOf(+box.value) >= 0; });
      levelSelect.value = String(a.level);
      submit.textContent = T('save');
      cancel.hidden = false;
      textInput.focus();
    }

    function endEdit() {
      editing = -1;
      form.reset();
      all(form, 'input[name=board]').forEach(function (r) { r.checked = +r.value === state.board; });
      themeInput.value = state.theme;
      submit.textContent = T('add');
      cancel.hidden = true;
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var text = textInput.value.replace(/^\s+|\s+$/g, ''), sdgs = [], a;
      if (!text) {
        error.hidden = false;
        textInput.setAttribute('aria-invalid', 'true');
        textInput.setAttribute('aria-describedby', 'board-text-error board-text-hint');
        textInput.focus();
        return;
      }
      error.hidden = true;
      textInput.removeAttribute('aria-invalid');
      textInput.setAttribute('aria-describedby', 'board-text-hint');
      all(form, '.board-sdgs input:checked').forEach(function (box) { sdgs.push(+box.value); });
      sdgs.sort(function (x, y) { return x - y; });
      // The level is chosen on the third board; elsewhere an activity keeps the one it has.
      a = { text: text.substring(0, limits.maxText), sdgs: sdgs, level: state.board === 3 ? +levelSelect.value : editing >= 0 ? state.activities[editing].level : 0 };
      if (editing >= 0) { state.activities[editing] = a; say(format(T('changed'), a.text)); }
      else if (state.activities.length < limits.maxActivities) { state.activities.push(a); say(format(T('added'), a.text)); }
      endEdit();
      save(); render();
      textInput.focus();
    });
    cancel.addEventListener('click', function () { endEdit(); textInput.focus(); });
    all(form, 'input[name=board]').forEach(function (r) {
      r.addEventListener('change', function () { state.board = +r.value; save(); render(); });
    });
    themeInput.addEventListener('input', function () { state.theme = themeInput.value.substring(0, limits.maxTheme); save(); render(); });

    /* Dragging (mouse, pen, touch): an activity onto a goal's cell places it there; on the third board the ring gives
       its level. The form does the same without dragging. */
    function cellAt(x, y) {
      var node = document.elementFromPoint(x, y);
      while (node && node !== root) {
        if (node.getAttribute && (node.getAttribute('class') || '').indexOf('board-cell') >= 0) return node;
        node = node.parentNode;
      }
      return null;
    }
    function aim(cell) {
      if (target) setClass(target, 'is-target', false);
      target = cell;
      if (target) setClass(target, 'is-target', true);
    }
    document.addEventListener('pointermove', function (e) { if (drag && e.pointerId === drag.pointer) aim(cellAt(e.clientX, e.clientY)); });
    function drop(e) {
      if (!drag || e.pointerId !== drag.pointer) return;
      var cell = e.type === 'pointerup' ? cellAt(e.clientX, e.clientY) : null, a = state.activities[drag.index], n, level;
      aim(null);
      drag = null;
      setClass(root, 'is-dragging', false);
      if (!cell || !a) return;
      n = +cell.getAttribute('data-sdg');
      level = +cell.getAttribute('data-level');
      if (a.sdgs.indexOf(n) < 0) { a.sdgs.push(n); a.sdgs.sort(function (x, y) { return x - y; }); }
      if (level) a.level = level;
      save(); render();
      say(format(T('placed'), a.text, n));
    }
    document.addEventListener('pointerup', drop);
    document.addEventListener('pointercancel', drop);

    global.addEventListener('hashchange', function () { if (location.hash !== written) load(location.hash, true); });
    var print = root.querySelector('.board-print');
    print.hidden = false;
    print.addEventListener('click', function () { global.print(); });
    form.hidden = false;
    load(location.hash, true);
  }

  function ready() { all(document, '.kb-board').forEach(start); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready); else ready();
})(this);
