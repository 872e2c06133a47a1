#!/usr/bin/env bash
# Simulates Netlify's build of a content-only push (docs/performance.md, "From push to live"):
#   1. "uncached": a fresh clone and an empty build cache: .ci/netlify-build.sh restores the NuGet packages from the
#      registry, publishes kb and fetches the CMS's scripts, then builds (Netlify's first build, or one after src/ or
#      theme/ changed);
#   2. "cached": another fresh clone, one line of content changed and committed, the cache left by run 1 restored:
#      the cached kb builds the site and nothing is compiled.
# The .NET SDK is the machine's (this machine cannot download Microsoft's installer); on Netlify it is cached too.
# Each step's wall time is printed; the clones and the cache live in bench/work/netlify/ (git-ignored).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$repo/bench/work/netlify"
rm -rf "$work" && mkdir -p "$work"
export CONTEXT=production URL=https://kennisbank-stedenbanden.netlify.app NETLIFY_CACHE_DIR="$work/cache"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

timed() { local start end; start=$(date +%s%N); "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }; end=$(date +%s%N);
          echo "$(( (end - start) / 1000000 ))"; }

git clone -q --no-hardlinks "$repo" "$work/clone-1"
uncached=$(cd "$work/clone-1" && timed bash .ci/netlify-build.sh)
echo "uncached build (restore, publish kb, fetch the CMS, build): $uncached ms"
tail -n 1 "$work/last.log"

git clone -q --no-hardlinks "$repo" "$work/clone-2"
(cd "$work/clone-2" && echo "" >> input/lessen/durf-bijsturen.nl.md && echo "Een zin erbij." >> input/lessen/durf-bijsturen.nl.md \
  && git -c user.email=bench@example.org -c user.name=bench commit -qam "Een zin erbij")
cached=$(cd "$work/clone-2" && timed bash .ci/netlify-build.sh)
echo "cached build (content-only push): $cached ms"
grep -E '^kb:' "$work/last.log" || true
tail -n 1 "$work/last.log"
