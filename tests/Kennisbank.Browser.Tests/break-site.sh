#!/usr/bin/env bash
# Makes broken copies of input/ and the theme's assets in a temporary folder (never in the repository) and runs the
# browser tests against them, to see every check fail for the right reason. Expect about 26 failures:
#   axe image-alt, vnu (img without alt, duplicate id), CSP (inline style, inline handler, eval, foreign image),
#   console error and failed request (a 404 fetch), foreign request, 320px reflow (a 2000px svg), skip link hidden,
#   no focus indicator, tampered link rendered through innerHTML, result hidden in print.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d /tmp/kb-broken-XXXXXX)"
cp -r "$repo/input" "$work/input"
mkdir -p "$work/theme" && cp -r "$repo/theme/strings" "$repo/theme/assets" "$work/theme/"

cat >> "$work/input/lessen/durf-bijsturen.nl.md" <<'MD'

## Kapot gemaakt voor de browsertests

<img src="/assets/favicon.svg">

<img src="https://example.org/pixel.png" alt="pixel van een andere oorsprong">

<svg width="2000" height="10" aria-hidden="true"></svg>

<p><span id="dubbel">een</span> <span id="dubbel">dubbele id</span></p>
MD

python3 - "$work/theme/assets" <<'PY'
import re, sys
root = sys.argv[1]
css = open(root + '/css/site.css').read()
css = re.sub(r'(^|\n)(a)?:focus-visible \{[^}]*\}', r'\1\2:focus-visible { outline: none; }', css)
css += '\n.skip-link { display: none; }\n@media print { .kb-result { display: none !important; } }\n'
open(root + '/css/site.css', 'w').write(css)
js = open(root + '/js/assessment-form.js').read()
js = js.replace('var notice = el("p", "kb-notice", text("tampered"));',
                'var notice = el("p", "kb-notice"); notice.innerHTML = text("tampered") + " " + decodeURIComponent(hash);')
js += '''
(function () {
  var d = document.createElement("div");
  d.setAttribute("style", "width: 3000px");
  d.innerHTML = '<button onclick="window.x=1">x</button>';
  document.body.appendChild(d);
  try { eval("1"); } catch (e) { console.error("eval blocked: " + e.message); }
  fetch("/does-not-exist.json");
  var i = new Image(); i.src = "https://tracker.example.com/p.gif";
})();
'''
open(root + '/js/assessment-form.js', 'w').write(js)
PY

echo "Broken copies in $work; running the browser tests against them (failures expected)."
cd "$repo"
KB_BROWSER_INPUT="$work/input" KB_BROWSER_THEME="$work/theme" dotnet test tests/Kennisbank.Browser.Tests "$@" || true
rm -rf "$work"
