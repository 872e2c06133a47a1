/* The facilitator's page of a group session (contract: docs/assessments.md). ES5, no dependencies. The compiled
   assessment and the group script (kbGroup.read, kbGroup.combine) decide; this only wires the page. The session is kept
   in the address after '#' (s=session&c=code.code…), nowhere else. Texts come from the page; no inline styles. */
(function () {
  "use strict";
  var doc = document, SVG = "http://www.w3.org/2000/svg";

  function el(tag, cls, text, ns) {
    var e = ns ? doc.createElementNS(SVG, tag) : doc.createElement(tag);
    if (cls) { e.setAttribute("class", cls); }
    if (text != null) { e.textContent = text; }
    return e;
  }
  function all(root, sel) { return Array.prototype.slice.call(root.querySelectorAll(sel)); }
  function fill(t, v) { return String(t || "").replace(/\{(\w+)\}/g, function (m, k) { return v.hasOwnProperty(k) ? v[k] : m; }); }
  function attrs(e, a) { for (var k in a) { if (a.hasOwnProperty(k)) { e.setAttribute(k, a[k]); } } return e; }

  function setup(box) {
    var A = (window.kbAssessments || {})[box.getAttribute("data-assessment")], G = window.kbGroup;
    var texts = doc.getElementById("kb-texts"), guide = doc.querySelector(".kb-guide");
    if (!A || !G || !texts || !guide) { return; }
    var text = function (k) { return box.getAttribute("data-text-" + k) || ""; };
    var q = function (sel) { return box.querySelector(sel); };
    var form = q(".kb-paste"), area = form.querySelector("textarea"), errors = form.querySelector(".kb-error-summary");
    var field = form.querySelector(".kb-form-group"), status = form.querySelector(".kb-status");
    var summary = q(".kb-summary"), body = q(".kb-summary-body"), heading = q("#kb-summary-title");
    var session = null, members = [];
    var known = all(texts.content, "[data-tag]");
    var tplText = function (sel) { var t = texts.content.querySelector(sel); return t ? t.textContent : ""; };
    box.hidden = false;

    function random(n) {
      var abc = A.alphabet, out = "", bytes = window.crypto && window.crypto.getRandomValues ? window.crypto.getRandomValues(new Uint8Array(n)) : [];
      while (out.length < n) { out += abc.charAt((bytes[out.length] || Math.floor(Math.random() * 256)) % abc.length); }
      return out;
    }
    function save() {
      var codes = members.map(function (m) { return m.code; }).join(".");
      history.replaceState(null, "", location.href.split("#")[0] + "#s=" + session + (codes ? "&c=" + codes : ""));
    }
    function open(s) {
      session = s;
      q(".kb-session-code").textContent = s.toUpperCase();
      var link = q(".kb-member-link");
      link.textContent = link.href = box.getAttribute("data-address") + "#s=" + s;
      q(".kb-group-start").hidden = true;
      q(".kb-group-session").hidden = false;
    }

    // Another assessment's link (by its page) or code (by its tag), named by its title; else this assessment's.
    function other(line) {
      var hash = line.indexOf("#"), path = hash > 0 ? line.slice(0, hash).replace(/^[a-z]+:\/\/[^\/]*/i, "") : null;
      var tag = line.split("-")[0].toLowerCase();
      for (var i = 0; i < known.length; i++) {
        var k = known[i], paths = k.getAttribute("data-paths").split(" ");
        if ((path ? paths.indexOf(path) >= 0 : k.getAttribute("data-tag") === tag)) { return k.hasAttribute("data-self") ? null : k.textContent; }
      }
      return path ? "" : null;
    }

    // One pasted line: the member it holds, or the message why not (nothing is counted silently).
    function check(line, n, seen) {
      var title = other(line), r = G.read(A, line), say = function (k, v) { v.line = n; return { error: fill(text(k), v) }; };
      if (title) { return say("other", { title: title }); }
      if (title === "" || r.error === "other") { return say("other-unknown", {}); }
      if (r.error) { return say("damaged", {}); }
      if (!r.member) { return say("no-session", {}); }
      if (r.session !== session) { return say("other-session", { session: r.session.toUpperCase() }); }
      if (seen[r.member]) { return say("duplicate", {}); }
      seen[r.member] = true;
      return { member: { id: r.member, answers: r.answers, code: A.share(r.answers, r.session, r.member).code } };
    }

    function clearErrors() {
      errors.hidden = true;
      errors.textContent = "";
      all(field, ".kb-error-message").forEach(function (m) { field.removeChild(m); });
      field.classList.remove("kb-form-group--error");
      area.setAttribute("aria-describedby", "kb-codes-hint");
    }

    // GOV.UK error pattern: a summary at the top of the form, focused, linking to the field; each message at the field.
    function showErrors(list) {
      var ul = el("ul", "kb-error-summary__list"), message = el("p", "kb-error-message");
      message.id = "kb-codes-error";
      errors.appendChild(el("h2", "kb-error-summary__title", text("error-title")));
      errors.appendChild(ul);
      list.forEach(function (m) {
        var a = el("a", null, m);
        a.href = "#kb-codes";
        a.addEventListener("click", function (e) { e.preventDefault(); area.focus(); });
        ul.appendChild(el("li")).appendChild(a);
        message.appendChild(el("span", null, m));
      });
      field.insertBefore(message, area);
      field.classList.add("kb-form-group--error");
      area.setAttribute("aria-describedby", "kb-codes-hint kb-codes-error");
      errors.hidden = false;
      errors.focus();
    }

    function section(title) { body.appendChild(el("h3", null, title)); }

    // Lowest, median and highest per row: an SVG for the eye (classes only, no style) and a table with the same figures.
    function spread(rows, dims) {
      var h = rows.length * 48 + 4, svg = attrs(el("svg", "kb-spread", null, true), { viewBox: "0 0 640 " + h, role: "img", "aria-labelledby": "kb-spread-t kb-spread-d" });
      svg.appendChild(attrs(el("title", null, text("spread"), true), { id: "kb-spread-t" }));
      svg.appendChild(attrs(el("desc", null, text("spread-desc"), true), { id: "kb-spread-d" }));
      var table = el("table", "kb-spread-table"), head = table.appendChild(el("thead")).appendChild(el("tr")), tbody = table.appendChild(el("tbody"));
      table.insertBefore(el("caption", null, text("spread")), table.firstChild);
      ["col-name", "col-low", "col-median", "col-high", "col-n"].forEach(function (k) { attrs(head.appendChild(el("th", null, text(k))), { scope: "col" }); });
      rows.forEach(function (s, i) {
        var name = tplText(dims ? "[data-dimension='" + s.id + "']" : "[data-outcome='" + s.id + "']"), y = i * 48, x = function (v) { return 4 + 628 * v / (s.of || 1); };
        svg.appendChild(attrs(el("text", "kb-spread-label", name, true), { x: 0, y: y + 20 }));
        svg.appendChild(attrs(el("rect", "kb-spread-track", null, true), { x: 4, y: y + 32, width: 628, height: 8 }));
        svg.appendChild(attrs(el("rect", "kb-spread-range", null, true), { x: x(s.min), y: y + 30, width: Math.max(4, x(s.max) - x(s.min)), height: 12 }));
        svg.appendChild(attrs(el("rect", "kb-spread-median", null, true), { x: x(s.median) - 3, y: y + 26, width: 6, height: 20 }));
        var tr = tbody.appendChild(el("tr"));
        attrs(tr.appendChild(el("th", null, name)), { scope: "row" });
        [s.min, s.median, s.max].forEach(function (v) { tr.appendChild(el("td", null, fill(text("value"), { value: v, of: s.of }))); });
        tr.appendChild(el("td", null, String(s.n)));
      });
      body.appendChild(svg);
      body.appendChild(table);
    }

    function render() {
      body.textContent = "";
      summary.hidden = !members.length;
      if (!members.length) { return; }
      var g = G.combine(A, members.map(function (m) { return m.answers; })), total = members.length;
      var outcome = function (id) { return tplText("[data-outcome='" + id + "']"); };
      body.appendChild(el("p", null, fill(text("members"), { count: total })));
      var who = body.appendChild(el("ul", "kb-members"));
      members.forEach(function (m, i) {
        var li = who.appendChild(el("li", null, fill(text("member"), { id: m.id.toUpperCase() }) + " "));
        var remove = li.appendChild(el("button", "kb-remove", fill(text("remove"), { id: m.id.toUpperCase() })));
        remove.type = "button";
        remove.addEventListener("click", function () { members.splice(i, 1); save(); render(); heading.focus(); });
      });
      if (g.outcome) {
        body.appendChild(el("p", "kb-group-outcome", fill(text("outcome"), { outcome: outcome(g.outcome), count: g.outcomes.filter(function (t) { return t.id === g.outcome; })[0].count, total: total })));
      } else {
        body.appendChild(el("p", "kb-group-outcome", text("divided")));
      }
      var tally = body.appendChild(el("ul", "kb-tally"));
      g.outcomes.forEach(function (t) { tally.appendChild(el("li", null, fill(text("tally"), { outcome: outcome(t.id), count: t.count }))); });
      var rows = (A.dimensions.length ? g.dimensions : g.fits).filter(function (s) { return s.n; });
      if (rows.length) { section(text("spread")); spread(rows, A.dimensions.length > 0); }
      section(text("disagree"));
      var differ = g.questions.filter(function (x) { return x.differing > 0; });
      body.appendChild(el("p", null, text(differ.length ? "disagree-text" : "agree")));
      var ol = body.appendChild(el("ol", "kb-disagree"));
      differ.forEach(function (x) {
        var item = guide.querySelector("[data-question='" + x.question + "']"), li = ol.appendChild(el("li"));
        var prompt = li.appendChild(item.querySelector(".kb-prompt").cloneNode(true));
        prompt.setAttribute("class", "kb-prompt");
        li.appendChild(el("p", "kb-answers", x.answers.map(function (a) {
          var label = a.options.map(function (o) { return item.querySelector("[data-option='" + o + "']").textContent; }).join(", ");
          return fill(text("answer-count"), { answer: label, count: a.count });
        }).join(" · ")));
        var about = item.querySelector(".kb-about");
        if (about) { li.appendChild(about.cloneNode(true)); }
      });
      if (g.cautions.length) {
        section(text("cautions"));
        g.cautions.forEach(function (c) {
          var block = texts.content.querySelector("[data-caution='" + c.id + "']").cloneNode(true);
          // The template holds the title as a paragraph (a heading there would skip a level); here it is the h4
          // under the h3 above.
          var title = block.querySelector(".kb-caution-title"), h4 = el("h4", null, title.textContent);
          if (title.getAttribute("lang")) { h4.setAttribute("lang", title.getAttribute("lang")); }
          block.replaceChild(h4, title);
          block.appendChild(el("p", "kb-caution-count", fill(text("caution-count"), { count: c.count, total: total })));
          body.appendChild(block);
        });
      }
    }

    q(".kb-start").addEventListener("click", function () {
      open(random(6));
      save();
      q("#kb-project-title").focus();
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      clearErrors();
      var lines = area.value.split(/\r?\n/).filter(function (l) { return l.replace(/\s/g, ""); });
      var seen = {}, found = [], problems = [];
      members.forEach(function (m) { seen[m.id] = true; });
      lines.forEach(function (line, i) {
        var c = check(line, i + 1, seen);
        if (c.error) { problems.push(c.error); } else { found.push(c.member); }
      });
      if (!lines.length) { problems.push(text("empty")); }
      if (problems.length) { showErrors(problems); return; }
      members = members.concat(found);
      area.value = "";
      save();
      render();
      status.textContent = fill(text("added"), { count: found.length, total: members.length });
    });
    q(".kb-print").addEventListener("click", function () { window.print(); });

    // A bookmarked or mailed session comes back from the address; a code that no longer reads is left out, and said.
    var m = /^#s=([a-z0-9]{6})(?:&c=([a-z0-9.\-]*))?$/.exec(location.hash), lost = 0, seen = {};
    if (m && m[1].split("").every(function (c) { return A.alphabet.indexOf(c) >= 0; })) {
      open(m[1]);
      (m[2] ? m[2].split(".") : []).forEach(function (code) {
        var c = check(code, 0, seen);
        if (c.member) { members.push(c.member); } else { lost++; }
      });
      render();
      if (lost) { status.textContent = text("restored-damaged"); }
    }
  }

  function start() { all(doc, ".kb-group").forEach(setup); }
  if (doc.readyState === "loading") { doc.addEventListener("DOMContentLoaded", start); } else { start(); }
}());
