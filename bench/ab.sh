#!/usr/bin/env bash
# Before/after of our own build, side by side: runs `kb build` of one input with command A and command B, alternating
# (A B B A A B ...), and prints the medians and the ratios B/A of wall time, CPU time (user + sys) and peak RSS.
#
#   RUNS=5 [KEEP=1] bench/ab.sh INPUT 'CMD_A' 'CMD_B'
#   e.g. bench/ab.sh input bench/work/kb-base/kb 'env DOTNET_TieredCompilation=0 bench/work/kb-base/kb'
#
# A command is split on spaces (use `env VAR=value kb` for a runtime knob). Outputs go to bench/work/ab/ and each one
# is moved aside, not deleted, until the end: deleting many files right before a timed build slows the build
# (ext4's inode allocator, see docs/performance.md). Only ratios from one run mean anything on a shared machine.
set -euo pipefail
ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
WORK=${AB_WORK:-$ROOT/bench/work/ab}   # AB_WORK: another folder, for two comparisons at once
RUNS=${RUNS:-5}
[ $# -eq 3 ] || { echo "usage: RUNS=5 $0 INPUT 'CMD_A' 'CMD_B'" >&2; exit 2; }
INPUT=$1; A=$2; B=$3
# KEEP=1 leaves the moved-aside outputs in bench/work/ab/trash (delete them later), so that a series of comparisons
# does not run right after deleting tens of thousands of files.
mkdir -p "$WORK/trash"; [ "${KEEP:-}" = 1 ] || trap 'rm -rf "$WORK/trash"' EXIT
: >"$WORK/runs.tsv"

run() { # label command
  local out=$WORK/out-$1
  [ -d "$out" ] && mv "$out" "$WORK/trash/$1-$(date +%s%N)"
  sync   # the previous build's pages reach the disk now, not during this one's clock (as in bench/scale.sh)
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" $2 build --input "$INPUT" --output "$out" >"$WORK/log-$1" 2>&1 \
    || { echo "$1 failed: $(tail -3 "$WORK/log-$1")" >&2; exit 1; }
  read -r wall user sys rss <"$WORK/time"
  printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$wall" "$(echo "$user + $sys" | bc)" "$rss" "$user" >>"$WORK/runs.tsv"
}
run A "$A"; run B "$B"   # one warm-up round each (page cache, disk), not counted
: >"$WORK/runs.tsv"
for i in $(seq 1 "$RUNS"); do
  if [ $((i % 2)) -eq 1 ]; then run A "$A"; run B "$B"; else run B "$B"; run A "$A"; fi
done
python3 - "$WORK/runs.tsv" "$A" "$B" <<'EOF'
import statistics, sys
rows = [l.split("\t") for l in open(sys.argv[1]).read().split("\n") if l]
def med(label, col): return statistics.median(float(r[col]) for r in rows if r[0] == label)
def best(label, col): return min(float(r[col]) for r in rows if r[0] == label)
print(f"A = {sys.argv[2]}\nB = {sys.argv[3]}\nruns: {len(rows) // 2} each, alternating")
# User CPU alone too: the kernel's share (system time) moves with the file system's state more than with kb's code.
for name, col in (("wall s", 1), ("cpu s", 2), ("user cpu s", 4), ("peak RSS MB", 3)):
    a, b = med("A", col), med("B", col)
    scale = 1 / 1024 if col == 3 else 1
    print(f"{name:12} median A {a * scale:8.2f}  B {b * scale:8.2f}  B/A {b / a:5.2f}   best A {best('A', col) * scale:8.2f}  B {best('B', col) * scale:8.2f}  B/A {best('B', col) / best('A', col):5.2f}")
EOF
