#!/usr/bin/env bash
# Side-by-side scale benchmark: our CLI (Release) vs Hugo vs Eleventy 3 on the same generated bilingual corpus.
#
#   bench/scale.sh [N...]            N = page pairs per corpus (default: 500 2000 10000)
#
# For every N: generate the corpus (once; cached under bench/work/corpus), then build it RUNS times with each
# generator, alternating generators (and rotating their order every round), and report the median wall time,
# ms per HTML page written, peak RSS, bytes and files written, and a check of a sample page. The Markdown tables
# are printed at the end and (re)written to bench/work/results.md after every N. Everything generated or installed
# goes to bench/work/ (git-ignored).
#
# Environment:
#   CORPUS_GEN   corpus generator   (default: <repo>/../shared/corpus/gen-corpus.py)
#   RUNS         builds per generator and N (default: 3)
#   GENERATORS   which to run       (default: "ours hugo eleventy")
#   KB_BIN       use this kb binary instead of publishing src/Kennisbank.Cli
#   KB_REF       publish our CLI from this commit (git archive into bench/work/kb-src), not the working tree
#   SEED         corpus seed        (default: 1)
# See bench/README.md for what each generator is asked to do and why.
set -euo pipefail

ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
BENCH=$ROOT/bench
WORK=$BENCH/work
CORPUS_GEN=${CORPUS_GEN:-$ROOT/../shared/corpus/gen-corpus.py}
RUNS=${RUNS:-3}
GENERATORS=${GENERATORS:-ours hugo eleventy}
SEED=${SEED:-1}
if [ $# -gt 0 ]; then NS=("$@"); else NS=(500 2000 10000); fi
for n in "${NS[@]}"; do [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [N...]  (N = page pairs, a positive integer)" >&2; exit 2; }; done

log() { printf '[scale %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
mkdir -p "$WORK"/{corpus,out,logs,trash}
trap 'rm -rf "$WORK/trash"' EXIT

# ---------------------------------------------------------------------------------------------------------------
# Tools: apt (hugo, time, python3, node) and npm (@11ty/eleventy 3, into bench/work/node_modules), only if missing.
# ---------------------------------------------------------------------------------------------------------------
SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
apt_pkgs=()
command -v python3 >/dev/null || apt_pkgs+=(python3)
[ -x /usr/bin/time ] || apt_pkgs+=(time)
[[ " $GENERATORS " == *" hugo "* ]] && ! command -v hugo >/dev/null && apt_pkgs+=(hugo)
if [[ " $GENERATORS " == *" eleventy "* ]]; then
  command -v node >/dev/null || apt_pkgs+=(nodejs)
  command -v npm >/dev/null || apt_pkgs+=(npm)
fi
if [ ${#apt_pkgs[@]} -gt 0 ]; then
  log "installing with apt: ${apt_pkgs[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_pkgs[@]}" >"$WORK/logs/apt.log" 2>&1 \
    || die "apt-get install ${apt_pkgs[*]} failed (see bench/work/logs/apt.log)"
fi
ELEVENTY=$WORK/node_modules/@11ty/eleventy/cmd.cjs
if [[ " $GENERATORS " == *" eleventy "* ]] && [ ! -f "$ELEVENTY" ]; then
  log "installing @11ty/eleventy@3 with npm into bench/work/node_modules"
  [ -f "$WORK/package.json" ] || echo '{ "private": true }' >"$WORK/package.json"
  (cd "$WORK" && npm install --no-audit --no-fund --loglevel=error '@11ty/eleventy@^3' >"$WORK/logs/npm.log" 2>&1) \
    || die "npm install @11ty/eleventy failed (see bench/work/logs/npm.log)"
fi
[ -f "$CORPUS_GEN" ] || die "corpus generator not found: $CORPUS_GEN (set CORPUS_GEN)"

# ---------------------------------------------------------------------------------------------------------------
# Our CLI: publish once (Release) into bench/work/kb. Any failure turns into a "skipped: ..." row, never an abort.
# The intermediate build output goes to bench/work/artifacts, so this never touches src/**/obj of people at work.
# ---------------------------------------------------------------------------------------------------------------
OURS_SKIP=
KB=
KB_THEME=
if [[ " $GENERATORS " == *" ours "* ]]; then
  if [ -n "${KB_BIN:-}" ]; then
    [ -x "$KB_BIN" ] && KB=$KB_BIN || OURS_SKIP="skipped: KB_BIN=$KB_BIN is not executable"
  else
    SRC=$ROOT
    if [ -n "${KB_REF:-}" ]; then
      SRC=$WORK/kb-src
      rm -rf "$SRC" && mkdir -p "$SRC"
      git -C "$ROOT" archive "$KB_REF" | tar -x -C "$SRC" || OURS_SKIP="skipped: cannot export KB_REF=$KB_REF"
    fi
  fi
  if [ -n "$KB" ] || [ -n "$OURS_SKIP" ]; then :
  elif [ ! -d "$SRC/src/Kennisbank.Cli" ]; then
    OURS_SKIP="skipped: src/Kennisbank.Cli does not exist yet"
  elif ! command -v dotnet >/dev/null; then
    OURS_SKIP="skipped: dotnet SDK not installed"
  else
    log "publishing src/Kennisbank.Cli (Release${KB_REF:+, commit $KB_REF}) into bench/work/kb"
    rm -rf "$WORK/kb"
    if (cd "$SRC" && dotnet publish src/Kennisbank.Cli -c Release -o "$WORK/kb" \
          --artifacts-path "$WORK/artifacts" -nologo) >"$WORK/logs/publish.log" 2>&1; then
      for c in "$WORK/kb/kb" "$WORK/kb/Kennisbank.Cli"; do [ -x "$c" ] && { KB=$c; break; }; done
      [ -n "$KB" ] || OURS_SKIP="skipped: publish produced no kb executable in bench/work/kb"
      # kb looks for ./theme, else the copy beside the program; if publish did not copy it there, point at the source
      if [ -n "$KB" ] && [ ! -d "$WORK/kb/theme/strings" ] && [ -d "$SRC/theme/strings" ]; then
        KB_THEME=$SRC/theme
        log "ours: bench/work/kb has no theme/ beside kb; passing --theme ${KB_THEME#"$ROOT"/}"
      fi
    else
      err=$(grep -m1 -E 'error [A-Z]+[0-9]+' "$WORK/logs/publish.log" | sed -E 's/^.*(error [A-Z]+[0-9]+: [^[]{0,90}).*$/\1/' || true)
      OURS_SKIP="skipped: dotnet publish failed${err:+ ($err)}; log: bench/work/logs/publish.log"
    fi
  fi
  [ -n "$OURS_SKIP" ] && log "ours: $OURS_SKIP"
fi

version_of() {
  case $1 in
    ours) [ -n "$KB" ] && { "$KB" --version 2>/dev/null | head -1 || true; } ;;
    hugo) hugo version 2>/dev/null | awk '{print $2}' ;;
    eleventy) node -e 'console.log(require(process.argv[1]).version)' "$WORK/node_modules/@11ty/eleventy/package.json" 2>/dev/null ;;
  esac
}

# ---------------------------------------------------------------------------------------------------------------
# Corpora (deterministic; regenerated only when missing or when the generator changed)
#   md-N   our content format (input of `kb build`)
#   url-N  --link-style url: input of Eleventy, used as is
#   hugo-N hard-linked copy of url-N with index.<lang>.md renamed _index.<lang>.md (Hugo's name for a section's own
#          page; a plain index.md would turn the folder into a leaf bundle swallowing the section's pages)
# ---------------------------------------------------------------------------------------------------------------
gen_stamp=$(sha256sum "$CORPUS_GEN" | cut -c1-16)
make_corpus() { # N
  local n=$1 c=$WORK/corpus stamp="$gen_stamp seed=$SEED"
  for style in md url; do
    if [ "$(cat "$c/$style-$n/.complete" 2>/dev/null || true)" != "$stamp" ]; then
      log "generating corpus $style-$n ($n page pairs)"
      rm -rf "$c/$style-$n" "$c/hugo-$n"
      python3 "$CORPUS_GEN" "$c/$style-$n" --pages "$n" --seed "$SEED" --link-style "$style"
      echo "$stamp" >"$c/$style-$n/.complete"
    fi
  done
  if [ "$(cat "$c/hugo-$n/.complete" 2>/dev/null || true)" != "$stamp" ]; then
    rm -rf "$c/hugo-$n"
    cp -al "$c/url-$n" "$c/hugo-$n"
    rm -f "$c/hugo-$n/.complete"
    find "$c/hugo-$n" -name 'index.*.md' -print0 | while IFS= read -r -d '' f; do mv "$f" "${f%/*}/_${f##*/}"; done
    echo "$stamp" >"$c/hugo-$n/.complete"
  fi
}

# ---------------------------------------------------------------------------------------------------------------
# One build, timed. Prints "wall_ms rss_kb exit_code".
# ---------------------------------------------------------------------------------------------------------------
build_cmd() { # gen N out
  local n=$2 out=$3
  case $1 in
    ours) echo "$KB" build --input "$WORK/corpus/md-$n" --output "$out" ${KB_THEME:+--theme "$KB_THEME"} ;;
    hugo) echo hugo --source "$BENCH/peers/hugo" --contentDir "$WORK/corpus/hugo-$n" --destination "$out" \
                 --cacheDir "$WORK/hugo-cache" --noBuildLock --quiet ;;
    eleventy) echo node "$ELEVENTY" --config="$BENCH/peers/eleventy/eleventy.config.cjs" \
                 --input="$WORK/corpus/url-$n" --output="$out" --quiet ;;
  esac
}
run_once() { # gen N run
  local g=$1 n=$2 i=$3 out=$WORK/out/$1-$2 tf=$WORK/logs/time-$1-$2-$3.txt lf=$WORK/logs/build-$1-$2-$3.log
  local -a cmd
  read -r -a cmd <<<"$(build_cmd "$g" "$n" "$out")"   # no spaces in our paths: checked below
  # The previous output is moved aside, not deleted: on ext4, creating files soon after deleting many is slow (the
  # allocator skips recently freed inodes; perf showed up to 40 % of a build's time in that kernel path), which would
  # penalise whichever generator runs after a big delete. bench/work/trash is emptied when the script ends.
  if [ -e "$out" ]; then mv "$out" "$WORK/trash/$g-$n-$(date +%s%N)"; fi
  # The previous run's written pages are flushed to disk before the clock starts, not during the next generator's
  # run: without this, whichever ran after a 1.2–1.4 GB output paid for its writeback (at 10,000 pairs our runs after
  # Hugo's took 12 s, the one before any 8 s). Each run's own writes still count as the page cache takes them.
  sync
  local t0 t1 rc=0
  t0=$(date +%s%N)
  cd "$WORK"   # every generator runs from bench/work (Eleventy reads ignore files relative to its working directory)
  HUGO_RESOURCEDIR=$WORK/hugo-resources /usr/bin/time -v -o "$tf" "${cmd[@]}" >"$lf" 2>&1 || rc=$?
  t1=$(date +%s%N)
  local rss; rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tf" 2>/dev/null || true)
  echo "$(( (t1 - t0) / 1000000 )) ${rss:-0} $rc"
}
[[ $WORK != *" "* ]] || die "the benchmark needs a repository path without spaces: $ROOT"

# ---------------------------------------------------------------------------------------------------------------
# Output measurements and a sample-page check (same check for every generator, independent of its URL scheme):
# the sample is the first (by name) nl page of the first section; its output file is the .html under a path
# containing the page name whose <h1> holds the page's title's number; it must carry an hreflang="en" link and the
# names (URL segments) of all pages of its section.
# ---------------------------------------------------------------------------------------------------------------
measure() { # out -> "html_files all_files bytes"
  local out=$1
  find "$out" -type f -printf '%s %f\n' | awk '{ n++; b += $1; if ($2 ~ /\.html$/) h++ } END { printf "%d %d %d\n", h, n, b }'
}
check_sample() { # gen N out -> "ok ..." or "FAIL ..."
  local g=$1 n=$2 out=$3 c=$WORK/corpus/url-$n sec name num f total found
  sec=$(find "$c" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort | head -1)
  name=$(find "$c/$sec" -name '*.nl.md' ! -name 'index.*' -printf '%f\n' | sort | head -1); name=${name%.nl.md}
  num=$((10#${name##*-}))
  f=$(find "$out" -type f -name '*.html' -path "*$name*" -print0 | xargs -0 -r grep -l -E "<h1[^>]*>.* $num</h1>" \
      | xargs -r grep -l -E '<html[^>]*lang="?nl' | head -1 || true)
  [ -n "$f" ] || { echo "FAIL: no output page for $sec/$name (nl)"; return; }
  grep -q -E "hreflang=\"?en" "$f" || { echo "FAIL: ${f#"$out"/} has no hreflang=en link"; return; }
  total=0 found=0
  while IFS= read -r p; do
    p=${p%.nl.md}; total=$((total + 1))
    grep -q -F "$p" "$f" && found=$((found + 1))
  done < <(find "$c/$sec" -name '*.nl.md' ! -name 'index.*' -printf '%f\n')
  [ "$found" -eq "$total" ] || { echo "FAIL: ${f#"$out"/} has hreflang but lists only $found/$total pages of $sec"; return; }
  echo "ok (${f#"$out"/}: hreflang + $found/$total $sec pages)"
}

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# ---------------------------------------------------------------------------------------------------------------
# Report: written to bench/work/results.md after every N (so a long run leaves partial results)
# ---------------------------------------------------------------------------------------------------------------
name_of() { case $1 in ours) echo "ours (kb)" ;; hugo) echo Hugo ;; eleventy) echo "Eleventy" ;; esac; }
fmt_s() { awk -v m="$1" 'BEGIN { printf "%.2f", m / 1000 }'; }
ratio() { if [ -n "$1" ] && [ -n "$2" ] && [ "$2" != 0 ]; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; else echo "n/a"; fi; }
declare -A MED MIN MAXRSS
report() {
  for n in "${DONE[@]}"; do for g in "${GENS[@]}"; do
    MED[$g,$n]= MIN[$g,$n]= MAXRSS[$g,$n]=
    if [ -z "${STATUS[$g,$n]}" ] && [ -n "${WALLS[$g,$n]}" ]; then
      MED[$g,$n]=$(echo "${WALLS[$g,$n]}" | median)
      MIN[$g,$n]=$(echo "${WALLS[$g,$n]}" | tr ' ' '\n' | grep -v '^$' | sort -n | head -1)
      MAXRSS[$g,$n]=$(echo "${RSS[$g,$n]}" | tr ' ' '\n' | sort -n | tail -1)
    fi
  done; done

  {
    echo "# Scale benchmark: ours vs Hugo vs Eleventy"
    echo
    echo "$(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Median wall time of $RUNS builds per generator and N (generators alternating), corpus seed $SEED."
    echo -n "Versions:"; for g in "${GENS[@]}"; do echo -n " $(name_of "$g") ${VERSION[$g]:-?};"; done; echo
    echo
    echo "| N pairs | generator | median wall (s) | best (s) | ms / HTML page | peak RSS (MB) | HTML files | all files | MB written | sample page check |"
    echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
    for n in "${DONE[@]}"; do for g in "${GENS[@]}"; do
      if [ -n "${MED[$g,$n]}" ]; then
        printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$(name_of "$g")" "$(fmt_s "${MED[$g,$n]}")" "$(fmt_s "${MIN[$g,$n]}")" \
          "$(awk -v m="${MED[$g,$n]}" -v h="${HTML[$g,$n]}" 'BEGIN { printf "%.2f", h ? m / h : 0 }')" \
          "$((MAXRSS[$g,$n] / 1024))" "${HTML[$g,$n]}" "${FILES[$g,$n]}" \
          "$(awk -v b="${BYTES[$g,$n]}" 'BEGIN { printf "%.1f", b / 1048576 }')" "${CHECK[$g,$n]}"
      else
        printf '| %s | %s | %s | | | | | | | |\n' "$n" "$(name_of "$g")" "${STATUS[$g,$n]}"
      fi
    done; done
    echo
    echo "Side by side (median wall seconds; ratio > 1 means ours is slower / uses more memory):"
    echo
    echo "| N pairs | ours (s) | Hugo (s) | Eleventy (s) | ours/Hugo time | ours/Eleventy time | ours/Hugo RSS | ours/Eleventy RSS |"
    echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    for n in "${DONE[@]}"; do
      cell() { if [ -n "${MED[$1,$n]:-}" ]; then fmt_s "${MED[$1,$n]}"; elif [ -n "${STATUS[$1,$n]:-}" ]; then echo "${STATUS[$1,$n]%%:*}"; else echo "not run"; fi; }
      printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$(cell ours)" "$(cell hugo)" "$(cell eleventy)" \
        "$(ratio "${MED[ours,$n]:-}" "${MED[hugo,$n]:-}")" "$(ratio "${MED[ours,$n]:-}" "${MED[eleventy,$n]:-}")" \
        "$(ratio "${MAXRSS[ours,$n]:-}" "${MAXRSS[hugo,$n]:-}")" "$(ratio "${MAXRSS[ours,$n]:-}" "${MAXRSS[eleventy,$n]:-}")"
    done
    echo
    for n in "${DONE[@]}"; do
      [ -z "${PEERDIFF[$n]:-}" ] || echo "N=$n: Hugo and Eleventy HTML outputs differ in ${PEERDIFF[$n]} files (besides Hugo's root redirect index.html)."
    done
    [ -z "$OURS_SKIP" ] || echo "ours: $OURS_SKIP"
  } >"$WORK/results.md"
}

# ---------------------------------------------------------------------------------------------------------------
# Main loop
# ---------------------------------------------------------------------------------------------------------------
read -r -a GENS <<<"$GENERATORS"
declare -A WALLS RSS HTML FILES BYTES CHECK STATUS VERSION PEERDIFF
for g in "${GENS[@]}"; do
  case $g in ours|hugo|eleventy) ;; *) die "unknown generator '$g' in GENERATORS" ;; esac
  VERSION[$g]=$(version_of "$g" || true)
done
log "generators: ${GENS[*]}; N: ${NS[*]}; runs: $RUNS; cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
DONE=()
RAW=$WORK/runs.tsv
printf 'generator\tN\trun\twall_ms\tpeak_rss_kb\texit\n' >"$RAW"
for n in "${NS[@]}"; do
  make_corpus "$n"
  expected=$((2 * n + 2 * $(find "$WORK/corpus/url-$n" -name 'index.nl.md' | wc -l)))
  log "N=$n: $expected source pages (nl+en); building each generator $RUNS times, alternating"
  for g in "${GENS[@]}"; do
    WALLS[$g,$n]= RSS[$g,$n]= STATUS[$g,$n]=
    if [ "$g" = ours ] && [ -n "$OURS_SKIP" ]; then STATUS[$g,$n]=$OURS_SKIP; fi
  done
  for ((r = 1; r <= RUNS; r++)); do
    k=$(( (r - 1) % ${#GENS[@]} ))
    order=("${GENS[@]:k}" "${GENS[@]:0:k}")   # rotate the order every round
    for g in "${order[@]}"; do
      [ -z "${STATUS[$g,$n]}" ] || continue
      read -r ms rss rc < <(run_once "$g" "$n" "$r")
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$g" "$n" "$r" "$ms" "$rss" "$rc" >>"$RAW"
      if [ "$rc" -ne 0 ]; then
        STATUS[$g,$n]="failed: exit $rc (log: bench/work/logs/build-$g-$n-$r.log)"
        log "N=$n $g run $r: ${STATUS[$g,$n]}"
        tail -n 5 "$WORK/logs/build-$g-$n-$r.log" | sed 's/^/    /' >&2
        continue
      fi
      if [ -z "$(find "$WORK/out/$g-$n" -name '*.html' -print -quit 2>/dev/null)" ]; then
        STATUS[$g,$n]="failed: wrote no HTML (log: bench/work/logs/build-$g-$n-$r.log)"
        log "N=$n $g run $r: ${STATUS[$g,$n]}"
        continue
      fi
      WALLS[$g,$n]+="$ms " RSS[$g,$n]+="$rss "
      if [ "$r" -eq 1 ]; then
        read -r "HTML[$g,$n]" "FILES[$g,$n]" "BYTES[$g,$n]" < <(measure "$WORK/out/$g-$n")
        CHECK[$g,$n]=$(check_sample "$g" "$n" "$WORK/out/$g-$n")
        # the peers must write exactly one HTML file per source page (Hugo: plus its root redirect to /nl/)
        want=; case $g in hugo) want=$((expected + 1)) ;; eleventy) want=$expected ;; esac
        if [ -n "$want" ] && [ "${HTML[$g,$n]}" -ne "$want" ]; then
          CHECK[$g,$n]="FAIL: ${HTML[$g,$n]} HTML files, expected $want; ${CHECK[$g,$n]}"
        fi
        log "N=$n $g: ${HTML[$g,$n]} HTML files ($expected source pages), ${FILES[$g,$n]} files, ${BYTES[$g,$n]} bytes; check: ${CHECK[$g,$n]}"
      fi
      log "N=$n $g run $r: $(awk -v m="$ms" 'BEGIN { printf "%.2f s", m / 1000 }'), peak RSS $((rss / 1024)) MB"
    done
  done
  # Hugo and Eleventy are given the same layout: their HTML should be byte-identical (bar Hugo's root redirect).
  if [ -d "$WORK/out/hugo-$n" ] && [ -d "$WORK/out/eleventy-$n" ] && [ -z "${STATUS[hugo,$n]-x}" ] && [ -z "${STATUS[eleventy,$n]-x}" ]; then
    # (HTML only: their sitemaps are laid out differently, Hugo's split per language with an index)
    ndiff=$( (diff -rq -x '*.xml' -x '*.txt' "$WORK/out/hugo-$n" "$WORK/out/eleventy-$n" || true) \
             | grep -v -c "^Only in $WORK/out/hugo-$n: index.html$" || true)
    PEERDIFF[$n]=$ndiff
    log "N=$n Hugo vs Eleventy output: $ndiff differing files (besides Hugo's root redirect)"
  fi
  DONE+=("$n")
  report
done

echo
cat "$WORK/results.md"
log "results: bench/work/results.md; raw runs: bench/work/runs.tsv; logs: bench/work/logs/"
