#!/usr/bin/env bash
# What reading git history costs a build ("Laatst bijgewerkt", sitemap lastmod, kb translations): the 10,000-pair
# corpus in a git repository with a realistic history, then kb build --timings, whose "history" line is the one
# `git rev-parse` and the one `git log` for the whole input folder (src/Kennisbank.Site/History/GitLog.cs), or rather
# what is left of it: git runs beside the load and parse stages, and the stage is the wait for it.
#   bench/git-dates.sh [N pairs, default 10000] [commits after the first, default 200]
# Needs: python3, git, a published kb (KB_BIN, else bench/work/kb/kb, else it publishes one there).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"; commits="${2:-200}"
work="bench/work/git-dates-$n"
gen="${CORPUS_GEN:-$PWD/../shared/corpus/gen-corpus.py}"
kb="${KB_BIN:-$PWD/bench/work/kb/kb}"
if [ ! -x "$kb" ]; then dotnet publish src/Kennisbank.Cli -c Release -o bench/work/kb --nologo -v quiet; kb="$PWD/bench/work/kb/kb"; fi

if [ ! -d "$work/repo/.git" ]; then
  rm -rf "$work" && mkdir -p "$work/repo"
  python3 "$gen" "$work/repo/input" --pages "$n" --seed 1 > /dev/null
  cd "$work/repo"
  git init -q -b main && git config user.email bench@example.org && git config user.name bench
  git add -A && GIT_AUTHOR_DATE=2024-01-01T12:00:00Z GIT_COMMITTER_DATE=2024-01-01T12:00:00Z git commit -qm "corpus"
  # Then editors at work: each commit changes 20 pages, some Dutch only (so translations go stale).
  mapfile -t pages < <(git ls-files 'input/*.nl.md' | head -n 4000)
  for i in $(seq 1 "$commits"); do
    for j in $(seq 0 19); do f="${pages[$(( (i * 37 + j * 101) % ${#pages[@]} ))]}"; echo "Wijziging $i." >> "$f"; done
    day=$(( i % 28 + 1 )); stamp=$(printf '2025-%02d-%02dT12:00:00Z' $(( i % 12 + 1 )) "$day")
    git add -A && GIT_AUTHOR_DATE=$stamp GIT_COMMITTER_DATE=$stamp git commit -qm "Wijziging $i"
  done
  cd - > /dev/null
fi
echo "corpus: $n pairs, $(git -C "$work/repo" rev-list --count HEAD) commits, $(git -C "$work/repo" ls-files | wc -l) files"
for run in 1 2 3; do
  /usr/bin/time -f "  wall %e s" "$kb" build --input "$work/repo/input" --output "$work/out" --theme theme --timings 2>&1 \
    | grep -E '^\s+(history|link|load) |dates:|wall' | tr -s ' ' | paste -sd ' '
done
echo "git log alone:"
for run in 1 2 3; do
  /usr/bin/time -f "  wall %e s, cpu %U s user + %S s system" git -C "$work/repo/input" -c core.quotepath=off log --no-renames --relative --name-only --format='%x1e%H%x1f%cs%x1f%s' -- . 2>&1 >/dev/null | tr -s ' '
done
