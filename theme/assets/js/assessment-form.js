/* Self-assessment form (contract: docs/assessments.md). ES5. The compiled assessment decides; texts come from the
   page (template#kb-texts), in through textContent or cloning only; no inline styles (CSP). */
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
    var texts = doc.getElementById("kb-texts");
    var summary = form.querySelector(".kb-error-summary");
    var result = doc.getElementById("result");
    var sets = all(form, "fieldset[data-question]");
    var session = null, member = null;
    if (!A || !texts || !summary || !result) { return; }
    var text = function (k) { return form.getAttribute("data-text-" + k) || ""; };
    var clone = function (sel) { var t = texts.content.querySelector(sel); return t ? t.cloneNode(true) : el("span"); };

    // As evaluate() takes them: an option id, a list of them, or a scale's number.
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

    function update() {
      var r = A.evaluate(collect()), n = 0, visible = r.visible || [];
      sets.forEach(function (set) {
        var show = visible.indexOf(set.getAttribute("data-question")) >= 0;
        set.hidden = !show;
        set.disabled = !show;
        var p = set.querySelector(".kb-progress");
        if (show && p) { p.textContent = fill(text("progress"), { x: ++n, y: visible.length }); }
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

    // GOV.UK error message: at the field, in its aria-describedby.
    function fieldError(box, target, id, message) {
      var m = el("p", "kb-error-message", message);
      m.id = id;
      box.insertBefore(m, target);
      var host = box.tagName === "FIELDSET" ? box : target;
      host.setAttribute("aria-describedby", ((host.getAttribute("aria-describedby") || "") + " " + id).trim());
    }

    // GOV.UK error summary: focused, a link per unanswered question.
    function showErrors(missing) {
      var list = el("ul", "kb-error-summary__list");
      summary.appendChild(el("h2", "kb-error-summary__title", text("error-title")));
      summary.appendChild(list);
      missing.forEach(function (id) {
        var set = doc.getElementById("q-" + id), input = set && set.querySelector("input");
        if (!set) { return; }
        var legend = set.querySelector("legend"), after = set.querySelector(".kb-hint") || legend;
        set.classList.add("kb-question--error");
        fieldError(set, after ? after.nextSibling : set.firstChild, "q-" + id + "-error", text("required"));
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

    function prefill(answers) {
      all(form, "input").forEach(function (i) {
        var v = answers[i.name];
        i.checked = v != null && (typeof v === "object" ? v.indexOf(i.value) >= 0 : String(v) === i.value);
      });
    }

    // A scale's value says what its ends mean (issue 12).
    function answerText(id, ids) {
      var set = doc.getElementById("q-" + id), q = byId(A.questions, id);
      if (q && q.type === "scale") { return fill(text("scale"), { value: ids[0], low: set.getAttribute("data-low"), high: set.getAttribute("data-high") }); }
      return ids.map(function (o) { var l = doc.querySelector("label[for='q-" + id + "-" + o + "']"); return "‘" + (l ? l.textContent : o) + "’"; }).join(", ");
    }

    function reasons(list, r) {
      var ul = el("ul", "kb-reasons");
      list.forEach(function (x) {
        var li = ul.appendChild(clone("[data-condition='" + x.condition + "']"));
        x.questions.forEach(function (id) {
          var legend = doc.querySelector("#q-" + id + " legend");
          li.appendChild(el("p", "kb-reason-answer", fill(text("answer"), { question: legend ? legend.textContent : id, answer: answerText(id, r.answers[id]) })));
        });
      });
      return ul;
    }

    function title(id) { var h = clone("[data-outcome='" + id + "'] h2"); return h.textContent; }

    // The meter only decorates the number in the text.
    function figures(rows) {
      var dl = el("dl", "kb-scores");
      rows.forEach(function (row) {
        var dd = el("dd", null, row[1] + " "), meter = el("meter");
        meter.min = 0; meter.max = row[3]; meter.value = row[2];
        meter.setAttribute("aria-hidden", "true");
        dd.appendChild(meter);
        dl.appendChild(row[0]);
        dl.appendChild(dd);
      });
      return dl;
    }

    function copyButton(box, value) {
      var status = el("span", "kb-copy-status");
      var button = el("button", "kb-copy", text("copy"));
      status.setAttribute("role", "status");
      button.type = "button";
      button.addEventListener("click", function () {
        var old = box.querySelector("label.kb-copy-fallback");
        var fallback = function () {
          var l = el("label", "kb-copy-fallback", text("copy-fallback") + " "), f = el("input", "kb-copy-url");
          f.type = "text"; f.readOnly = true; f.value = value();
          l.appendChild(f); box.appendChild(l); f.focus(); f.select();
        };
        if (old) { box.removeChild(old); }
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(value()).then(function () { status.textContent = text("copied"); }, fallback);
        } else { fallback(); }
      });
      box.appendChild(button);
      box.appendChild(status);
    }

    // The answers (and once shared, session and member) in the address; the fragment never reaches a server.
    function address(answers) {
      var s = A.share(answers, session, session && member) || A.share(answers, null, null);
      var url = location.href.split("#")[0] + "#" + (s ? s.link : "");
      if (history.replaceState) { history.replaceState(null, "", url); }
      return { url: url, code: s && s.code };
    }

    function share(box, answers) {
      var part = box.appendChild(clone("[data-share]")), f = part.querySelector("form"), input = part.querySelector("input");
      var group = part.querySelector(".kb-form-group"), out = part.querySelector(".kb-share-out");
      function show() {
        var a = address(answers);
        part.querySelector("#kb-share-link").value = a.url;
        part.querySelector("#kb-share-code").value = a.code;
        out.hidden = false;
      }
      f.addEventListener("submit", function (e) {
        e.preventDefault();
        var old = group.querySelector(".kb-error-message"), value = input.value.replace(/[\s-]/g, "").toLowerCase();
        if (old) { group.removeChild(old); input.setAttribute("aria-describedby", "kb-session-hint"); group.classList.remove("kb-form-group--error"); }
        var mine = member || "", abc = A.alphabet, bytes = window.crypto && window.crypto.getRandomValues ? window.crypto.getRandomValues(new Uint8Array(4)) : [];
        while (mine.length < 4) { mine += abc.charAt((bytes[mine.length] || Math.floor(Math.random() * 256)) % abc.length); }
        if (!value || !A.share(answers, value, mine)) {
          group.classList.add("kb-form-group--error");
          fieldError(group, input, "kb-session-error", text(value ? "session-invalid" : "session-empty"));
          input.focus();
          return;
        }
        session = value; member = mine;
        show();
        part.querySelector("#kb-share-code").focus();
      });
      input.value = session ? session.toUpperCase() : "";
      if (session && member) { show(); }
    }

    function render(r, answers) {
      var outcome = byId(A.outcomes, r.outcome);
      address(answers);
      var shown = clone("[data-outcome='" + r.outcome + "']"), h3 = function (t) { result.appendChild(el("h3", null, t)); };
      result.textContent = "";
      while (shown.firstChild) { result.appendChild(shown.firstChild); }
      if (r.reasons.length) { h3(text(r.failed.length ? "why-gates" : "why")); result.appendChild(reasons(r.reasons, r)); }
      if (r.contrast) {
        var name = { outcome: title(r.contrast.outcome) };
        if (!r.contrast.reasons.length) { result.appendChild(el("p", null, fill(text("once-ready"), name))); }
        else { h3(fill(text(outcome && outcome.fallback ? "would-fit" : "why-not"), name)); result.appendChild(reasons(r.contrast.reasons, r)); }
      }
      if (r.cautions.length) {
        h3(text("cautions"));
        r.cautions.forEach(function (id) { result.appendChild(clone("[data-caution='" + id + "']")); });
      }
      // A number shown is one the decision used: points, or else conditions met per form.
      var rows = [], raw = 0, max = 0;
      A.dimensions.forEach(function (d) {
        var s = r.dimensions[d.id];
        raw += d.weight * s.raw; max += d.weight * s.max;
        if (s.max) { rows.push([el("dt", null, clone("[data-dimension='" + d.id + "']").textContent), fill(text("points"), s), s.raw, s.max]); }
      });
      if (rows.length && text("total")) { rows.push([el("dt", null, text("total")), fill(text("points"), { raw: raw, max: max }), raw, max]); }
      if (!rows.length) {
        r.fits.forEach(function (f) { rows.push([el("dt", null, title(f.outcome)), fill(text("fit"), f), f.met, f.of]); });
      }
      if (rows.length) { h3(text(A.dimensions.length ? "points-title" : "fits")); result.appendChild(figures(rows)); }
      if (r.recommendations.length) {
        var next = el("ul", "kb-next");
        r.recommendations.forEach(function (i) { next.appendChild(clone("[data-rec='" + i + "']")); });
        h3(text("next"));
        result.appendChild(next);
      }
      var actions = result.appendChild(el("p", "kb-actions"));
      copyButton(actions, function () { return location.href; });
      var print = actions.appendChild(el("button", "kb-print", text("print")));
      print.type = "button";
      print.addEventListener("click", function () { window.print(); });
      share(result, answers);
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

    // A result link shows that result, a damaged one a notice; a facilitator's link (#s=) keeps the session code.
    var hash = location.hash.slice(1), read = hash && A.read(hash);
    if (/^s=[a-z0-9]{6}$/i.test(hash)) { session = hash.slice(2).toLowerCase(); }
    else if (read && read.answers) {
      session = read.session; member = read.member;
      prefill(read.answers);
      submit();
    } else if (hash.indexOf("r=") === 0 || hash.indexOf("r%3D") === 0) {
      var notice = el("p", "kb-notice", text("tampered"));
      notice.setAttribute("role", "status");
      form.insertBefore(notice, form.firstChild);
    }
  }

  function start() { all(doc, "form.kb-assessment").forEach(setup); }
  if (doc.readyState === "loading") { doc.addEventListener("DOMContentLoaded", start); } else { start(); }
}());
