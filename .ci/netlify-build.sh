#!/usr/bin/env bash
# Netlify's build, made for "push to live in seconds" (docs/performance.md, "From push to live"):
#   1. the .NET 10 SDK and the NuGet packages live in Netlify's build cache ($NETLIFY_CACHE_DIR), installed once;
#   2. the published kb is cached under a key made from the hash of its sources (src/, theme/, the build props):
#      a content-only push reuses it and compiles nothing;
#   3. the CMS's scripts (admin/node_modules/decap-cms) are cached too;
#   4. the base URL is the deploy's own: a deploy preview is built for $DEPLOY_PRIME_URL (so its canonical links,
#      hreflang, sitemap and feeds point at the preview) and says noindex; production is built for $URL.
# Environment (set by Netlify): CONTEXT, URL, DEPLOY_PRIME_URL, NETLIFY_CACHE_DIR.
# For tests: KB_BIN runs that kb instead of the cached one (nothing is installed or compiled).
set -euo pipefail
cd "$(dirname "$0")/.."
cache="${NETLIFY_CACHE_DIR:-$PWD/.netlify-cache}"
mkdir -p "$cache"

# The address this deploy is served at. Deploy previews and branch deploys have their own; without one, the
# base-url of input/site.yml holds (a local run).
case "${CONTEXT:-}" in
  deploy-preview|branch-deploy) base_url="${DEPLOY_PRIME_URL:-}" ;;
  *) base_url="${URL:-}" ;;
esac

kb="${KB_BIN:-}"
if [ -z "$kb" ]; then
  # 1. The SDK: the image's if it is .NET 10, else the cached one, else installed into the cache.
  if ! dotnet --version 2>/dev/null | grep -q '^10\.'; then
    if ! "$cache/dotnet/dotnet" --version 2>/dev/null | grep -q '^10\.'; then
      curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
      bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$cache/dotnet"
    fi
    export DOTNET_ROOT="$cache/dotnet" PATH="$cache/dotnet:$PATH"
  fi
  export NUGET_PACKAGES="$cache/nuget" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

  # 2. kb, published once per version of its sources. The key hashes the files' contents, not their dates.
  key=$(find src theme Directory.Build.props Directory.Packages.props global.json -type f \
          -not -path '*/bin/*' -not -path '*/obj/*' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
  kb="$cache/kb/$key/kb"
  if [ -x "$kb" ]; then
    echo "kb: reusing the build of these sources ($key)"
  else
    echo "kb: sources changed or no cached build; publishing kb ($key)"
    # Native AOT (the default, see Kennisbank.Cli.csproj) links with the image's C compiler; where that fails, the
    # composite ReadyToRun kb builds the same site, only with a slower start.
    if ! dotnet publish src/Kennisbank.Cli -c Release -o "$cache/kb/$key.tmp" --nologo -v quiet; then
      echo "kb: the Native AOT publish failed (see above); publishing kb as composite ReadyToRun instead"
      rm -rf "$cache/kb/$key.tmp"
      dotnet publish src/Kennisbank.Cli -c Release -o "$cache/kb/$key.tmp" --nologo -v quiet -p:KbPublish=composite
    fi
    rm -rf "$cache/kb/$key" && mv "$cache/kb/$key.tmp" "$cache/kb/$key"
    # Keep only this build: the cache is uploaded after every deploy.
    find "$cache/kb" -mindepth 1 -maxdepth 1 -not -name "$key" -exec rm -rf {} +
  fi
fi

# 3. The CMS's scripts: restored from the cache; kb fetches them with npm when the pinned version changed.
if [ -d "$cache/admin/decap-cms" ] && [ ! -d admin/node_modules/decap-cms ]; then
  mkdir -p admin/node_modules && cp -r "$cache/admin/decap-cms" admin/node_modules/
fi

"$kb" build --input input --output output --strict ${base_url:+--base-url "$base_url"}

if [ -d admin/node_modules/decap-cms ]; then
  rm -rf "$cache/admin" && mkdir -p "$cache/admin" && cp -r admin/node_modules/decap-cms "$cache/admin/"
fi

# 4. A preview is not for search engines: netlify.toml's [[headers]] cannot differ per deploy context, so its
# [context.deploy-preview] gives the header in KB_PREVIEW_HEADER and the preview's own _headers file carries it.
if [ -n "${KB_PREVIEW_HEADER:-}" ]; then
  printf '# Written by .ci/netlify-build.sh for a %s.\n/*\n  %s\n' "${CONTEXT:-preview}" "$KB_PREVIEW_HEADER" > output/_headers
  echo "netlify: ${CONTEXT:-preview} built for ${base_url:-the configured address}, with $KB_PREVIEW_HEADER"
fi
