#!/usr/bin/env bash
# Netlify's build: install the .NET 10 SDK if the image lacks it, then build the site for the deploy's address.
set -euo pipefail
if ! dotnet --version 2>/dev/null | grep -q '^10\.'; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi
# Netlify passes the deploy's address in $URL; without it, the base-url of input/site.yml holds.
base_url=()
if [ -n "${URL:-}" ]; then base_url=(--base-url "$URL"); fi
dotnet run --project src/Kennisbank.Cli -c Release -- build --input input --output output --strict "${base_url[@]}"
