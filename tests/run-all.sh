#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: installs what the browser tests need (Chromium, the Nu HTML
# Checker), then the whole solution's tests. Ends with one line: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -f tests/browser-setup.sh ]; then
  bash tests/browser-setup.sh || { echo "browser set-up failed"; echo "0 passed, 1 failed"; exit 1; }
fi

results=TestResults
rm -rf "$results"
# -m:1: one test project at a time. On two cores the browser tests beside the site tests' own builds and servers ran
# at a load of 15, and a browser test timed out waiting (stop 18's CI run, and a CMS save at stop 19's first run).
dotnet test Knowledgebase.sln -c Release -m:1 --logger "trx" --results-directory "$results" 2>&1 | tee /tmp/kb-test-output.log
status=${PIPESTATUS[0]}

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get total) - $(get executed)))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a build error or a crashed test host counts
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # running no test at all is a failure
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
