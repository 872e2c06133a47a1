using Kennisbank.Assessments.Tests.Support;

namespace Kennisbank.Assessments.Tests.JavaScript;

/// <summary>
/// The checker the scripts are held to (<see cref="Es5Check"/>) rejects each thing it is meant to, and only that:
/// otherwise "no problems" in the script tests would prove nothing.
/// </summary>
public sealed class Es5CheckTests
{
    /// <summary>Each snippet and a word the report must contain.</summary>
    public static TheoryData<string, string> Rejected() => new()
    {
        // Later syntax: the ES5 parse alone refuses it.
        { "var f = (a) => a;", "parse" }, { "let a = 1;", "parse" }, { "const a = 1;", "parse" },
        { "var s = `x${1}`;", "parse" }, { "class A {}", "parse" }, { "var o = { a };", "parse" },
        { "var [a] = [1];", "parse" }, { "f(...xs);", "parse" }, { "for (var x of xs) {}", "parse" },
        { "function f(a = 1) {}", "parse" }, { "var r = /x/u;", "parse" }, { "var p = 2 ** 3;", "parse" },

        // Later built-ins, which ES5 syntax can name.
        { "[1].includes(1);", "includes" }, { "'ab'.includes('a');", "includes" }, { "xs.find(f);", "find" },
        { "xs.findIndex(f);", "findIndex" }, { "s.startsWith('a');", "startsWith" }, { "s.endsWith('a');", "endsWith" },
        { "s.repeat(2);", "repeat" }, { "s.padStart(2);", "padStart" }, { "s['padEnd'](2);", "padEnd" },
        { "Object.assign({}, o);", "Object.assign" }, { "Object.entries(o);", "entries" }, { "Object.values(o);", "values" },
        { "Array.from(xs);", "Array.from" }, { "Number.isNaN(x);", "Number.isNaN" }, { "Math.trunc(x);", "Math.trunc" },
        { "new Promise(f);", "Promise" }, { "Promise.resolve(1);", "Promise" }, { "fetch('/a');", "fetch" },
        { "window.fetch('/a');", "fetch" }, { "var s = Symbol('a');", "Symbol" }, { "new Map();", "Map" },
        { "new Set([1]);", "Set" }, { "new WeakMap();", "WeakMap" },

        // Code from text: the CSP has no 'unsafe-eval'.
        { "eval('1');", "eval" }, { "window.eval('1');", "eval" }, { "var f = new Function('return 1');", "Function" },
        { "var f = Function('return 1');", "Function" }, { "setTimeout('go()', 10);", "setTimeout" },
        { "setInterval('go(' + n + ')', 10);", "setInterval" }, { "window.setTimeout('go()');", "setTimeout" },

        // HTML injection, inline styles and handlers.
        { "el.innerHTML = s;", "innerHTML" }, { "el['outerHTML'] = s;", "outerHTML" },
        { "el.insertAdjacentHTML('beforeend', s);", "insertAdjacentHTML" }, { "document.write(s);", "write" },
        { "el.style.color = 'red';", "style" }, { "el.setAttribute('style', 'color: red');", "style" },
        { "el.setAttribute('onclick', 'go()');", "onclick" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Rejects(string snippet, string word)
    {
        var problems = Es5Check.Problems(snippet);
        Assert.Contains(problems, p => p.Contains(word, StringComparison.Ordinal));
    }

    /// <summary>What the scripts do use, and look-alikes of what is forbidden.</summary>
    public static TheoryData<string> Accepted() =>
    [
        "\"use strict\"; var o = { includes: 1, Map: 2, style: 3 }; o.map = 4;",
        "Object.keys(o); Array.isArray(a); a.indexOf(1); a.forEach(f); a.map(f); a.filter(f); String(x).trim();",
        "Object.prototype.hasOwnProperty.call(o, 'k'); JSON.stringify(JSON.parse('{}')); Math.floor(Math.abs(-1));",
        "setTimeout(function () {}, 0); setTimeout(go, 10); el.textContent = s; el.className = 'a'; el.hidden = true;",
        "el.setAttribute('aria-hidden', 'true'); el.classList.add('x'); var o = { get a() { return 1; } };",
        "try { f(); } catch (e) { String(e); } var r = /\\{(\\w+)\\}/g; s.replace(r, function (m, k) { return k; });",
        "function fill(t) { return t; } var entriesCount = 0; navigator.clipboard.writeText(u).then(ok, fail);",
    ];

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Accepts(string snippet) => Assert.Empty(Es5Check.Problems(snippet));
}
