/* Self-assessment forms: progressive enhancement of server-rendered questions (contract: docs/assessments.md).
   ES5, no dependencies. Text only ever goes in through textContent; no inline styles (the site's CSP). */
(function () {
  "use strict";
  var doc = document;

  function el(tag, cls, text) {
    var e = doc.createElement(tag);
    if (cls) { e.className = cls; }
    if (text != null) { e.textContent = text; }
    return e;
  }
  function all(root, sel) { return Array.prototype.slice.call(root.querySelectorAll(sel)); }
  function fill(t, v) { return String(t || "").replace(/\{(\w+)\}/g, function (m, k) { return v.hasOwnProperty(k) ? v[k] : m; }); }
  function byId(list, id) { for (var i = 0; i < list.length; i++) { if (list[i].id === id) { return list[i]; } } return null; }

  function setup(form) {
    var A = (window.kbAssessments || {})[form.getAttribute("data-assessment")];
    if (!A) { return; }
    var text = function (k) { return form.getAttribute("data-text-" + k) || ""; };
    var summary = form.querySelector(".kb-error-summary");
    var result = doc.getElementById("result");
    var sets = all(form, "fieldset[data-question]");
    if (!summary || !result) { return; }

    // The answers in the shape evaluate() takes: an option id, a list of option ids, or a number for a scale.
    function collect() {
      var answers = {};
      sets.forEach(function (set) {
        var id = set.getAttribute("data-question"), q = byId(A.questions, id);
        var checked = all(set, "input:checked").map(function (i) { return i.value; });
        if (!q) { return; }
        if (q.type === "multiple") { answers[id] = checked; }
        else if (checked.length) { answers[id] = q.type === "scale" ? Number(checked[0]) : checked[0]; }
      });
      return answers;
    }

    // Hides questions whose condition is not met and renumbers the rest ("Question x of y").
    function update() {
      var r = A.evaluate(collect()), n = 0, visible = r.visible || [];
      sets.forEach(function (set) {
        var show = visible.indexOf(set.getAttribute("data-question")) >= 0;
        set.hidden = !show;
        set.disabled = !show;
      });
      sets.forEach(function (set) {
        var p = set.querySelector(".kb-progress");
        if (!set.hidden && p) { p.textContent = fill(text("progress"), { x: ++n, y: visible.length }); }
      });
      return r;
    }

    function clearErrors() {
      summary.hidden = true;
      summary.textContent = "";
      all(form, ".kb-error-message").forEach(function (m) { m.parentNode.removeChild(m); });
      sets.forEach(function (set) {
        var d = (set.getAttribute("aria-describedby") || "").replace(/\s*\S+-error\b/g, "");
        set.classList.remove("kb-question--error");
        if (d) { set.setAttribute("aria-describedby", d); } else { set.removeAttribute("aria-describedby"); }
      });
    }

    // GOV.UK error summary: at the top, focused, one link per unanswered question, plus a message in each fieldset.
    function showErrors(missing) {
      var list = el("ul", "kb-error-summary__list");
      summary.appendChild(el("h2", "kb-error-summary__title", text("error-title")));
      summary.appendChild(list);
      missing.forEach(function (id) {
        var set = doc.getElementById("q-" + id), input = set && set.querySelector("input");
        if (!set) { return; }
        var legend = set.querySelector("legend"), after = set.querySelector(".kb-hint") || legend;
        var message = el("p", "kb-error-message", text("required"));
        message.id = "q-" + id + "-error";
        set.classList.add("kb-question--error");
        set.insertBefore(message, after ? after.nextSibling : set.firstChild);
        set.setAttribute("aria-describedby", ((set.getAttribute("aria-describedby") || "") + " " + message.id).trim());
        var link = el("a", null, (legend ? legend.textContent + ": " : "") + text("required"));
        link.href = "#" + (input ? input.id : set.id);
        link.addEventListener("click", function (e) {
          e.preventDefault();
          set.scrollIntoView();
          if (input) { input.focus(); }
        });
        list.appendChild(el("li")).appendChild(link);
      });
      summary.hidden = false;
      summary.focus();
    }

    // The link fragment: r=question:value,… with a '+' between the ticked options of a multiple-choice question.
    function encode(answers, visible) {
      return "r=" + A.questions.filter(function (q) { return visible.indexOf(q.id) >= 0; }).map(function (q) {
        var v = answers[q.id];
        return q.id + ":" + (q.type === "multiple" ? v.join("+") : v);
      }).join(",");
    }

    // Returns the answers, or null for anything that is not exactly what encode() makes.
    function decode(hash) {
      var answers = {}, ok = true;
      try { hash = decodeURIComponent(hash); } catch (e) { return null; }
      if (hash.indexOf("r=") !== 0) { return null; }
      hash.slice(2).split(",").forEach(function (pair) {
        var kv = pair.split(":"), q = byId(A.questions, kv[0]);
        if (kv.length !== 2 || !q || answers.hasOwnProperty(q.id)) { ok = false; return; }
        var values = q.type === "multiple" ? (kv[1] ? kv[1].split("+") : []) : [kv[1]];
        values.forEach(function (v) { if (!byId(q.options, v)) { ok = false; } });
        answers[q.id] = q.type === "multiple" ? values : q.type === "scale" ? Number(kv[1]) : kv[1];
      });
      return ok ? answers : null;
    }

    function prefill(answers) {
      all(form, "input").forEach(function (i) {
        var v = answers[i.name];
        i.checked = v != null && (typeof v === "object" ? v.indexOf(i.value) >= 0 : String(v) === i.value);
      });
    }

    function label(q, ids) {
      return ids.map(function (id) { return byId(q.options, id).label; }).join(", ");
    }

    function copyLink(url, box) {
      var status = el("span", "kb-copy-status");
      status.setAttribute("role", "status");
      var fallback = function () {
        var field = el("input", "kb-copy-url");
        field.type = "text";
        field.readOnly = true;
        field.value = url;
        var l = el("label", null, text("copy-fallback") + " ");
        l.appendChild(field);
        box.appendChild(l);
        field.focus();
        field.select();
      };
      var button = el("button", "kb-copy", text("copy"));
      button.type = "button";
      button.addEventListener("click", function () {
        var old = box.querySelector("label");
        if (old) { box.removeChild(old); }
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(url).then(function () { status.textContent = text("copied"); }, fallback);
        } else { fallback(); }
      });
      box.appendChild(button);
      box.appendChild(status);
    }

    function render(r, answers) {
      var outcome = byId(A.outcomes, r.outcome);
      var url = location.href.split("#")[0] + "#" + encode(answers, r.visible);
      if (history.replaceState) { history.replaceState(null, "", url); }
      result.textContent = "";
      result.appendChild(el("h2", null, outcome ? outcome.title : ""));
      result.appendChild(el("p", null, outcome ? outcome.text : ""));
      if (r.reasons.length) {
        var why = el("ul");
        result.appendChild(el("h3", null, text("why")));
        r.reasons.forEach(function (x) {
          var q = byId(A.questions, x.question);
          why.appendChild(el("li", null, fill(text("reason"), { question: q.prompt, answer: label(q, x.options) })));
        });
        result.appendChild(why);
      }
      // Scores as text and as a meter; the meter is decoration for the number, never the only signal.
      var scores = el("dl", "kb-scores");
      var score = function (name, value) {
        var dd = el("dd", null, fill(text("score-value"), { score: value }) + " ");
        var meter = el("meter");
        meter.min = 0;
        meter.max = 100;
        meter.value = value;
        meter.setAttribute("aria-hidden", "true");
        dd.appendChild(meter);
        scores.appendChild(el("dt", null, name));
        scores.appendChild(dd);
      };
      if (text("score")) { score(text("score"), r.score); }
      A.dimensions.forEach(function (d) { score(d.name, r.dimensions[d.id].score); });
      result.appendChild(el("h3", null, text("scores")));
      result.appendChild(scores);
      if (r.recommendations.length) {
        var next = el("ul", "kb-next");
        r.recommendations.forEach(function (x) {
          var a = el("a", null, x.title);
          a.href = x.url;
          next.appendChild(el("li")).appendChild(a);
        });
        result.appendChild(el("h3", null, text("next")));
        result.appendChild(next);
      }
      var actions = result.appendChild(el("p", "kb-actions"));
      copyLink(url, actions);
      if (text("print")) {
        var print = actions.appendChild(el("button", "kb-print", text("print")));
        print.type = "button";
        print.addEventListener("click", function () { window.print(); });
      }
      result.hidden = false;
      result.focus();
    }

    function submit() {
      var answers = collect(), r = update();
      clearErrors();
      if (r.error) { return; }
      if (r.missing.length) { result.hidden = true; showErrors(r.missing); } else { render(r, answers); }
    }

    form.addEventListener("change", update);
    form.addEventListener("submit", function (e) { e.preventDefault(); submit(); });
    update();

    // Opening a shared link: pre-fill and show the same result; a garbled link gets a friendly notice instead.
    var hash = location.hash.slice(1);
    if (hash) {
      var answers = decode(hash);
      if (answers) { prefill(answers); }
      var r = answers && update();
      if (r && !r.error && !r.missing.length) { submit(); } else if (hash.indexOf("r=") === 0 || hash.indexOf("r%3D") === 0) {
        prefill({});
        update();
        var notice = el("p", "kb-notice", text("tampered"));
        notice.setAttribute("role", "status");
        form.insertBefore(notice, form.firstChild);
      }
    }
  }

  function start() { all(doc, "form.kb-assessment").forEach(setup); }
  if (doc.readyState === "loading") { doc.addEventListener("DOMContentLoaded", start); } else { start(); }
}());
