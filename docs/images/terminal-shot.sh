#!/usr/bin/env bash
# A screenshot of a command as a terminal shows it, for docs/editing.md: the command runs in tmux (a real terminal,
# so kb sees a TTY), the screen is captured as text and drawn by headless Chromium.
#   docs/images/terminal-shot.sh OUT.png WIDTH HEIGHT 'command' [folder to run it in]
# SHOT_SHOW: the command as the picture shows it (default: the command itself).
set -euo pipefail
out="$1"; cols="$2"; rows="$3"; command="$4"; dir="${5:-$PWD}"
session="kb-shot-$$"
tmux new-session -d -s "$session" -x "$cols" -y "$rows" -c "$dir"
tmux send-keys -t "$session" "clear; $command" Enter
sleep "${SHOT_WAIT:-6}"
text=$(tmux capture-pane -p -t "$session")
tmux kill-session -t "$session"
html=$(mktemp --suffix=.html)
python3 - "$html" "$text" "${SHOT_SHOW:-$command}" <<'PY'
import html, sys
body = html.escape(sys.argv[3]) + "\n" + html.escape(sys.argv[2].rstrip("\n"))
open(sys.argv[1], "w").write(f"""<!doctype html><meta charset=utf-8><style>
body{{margin:0;background:#1e1e1e}} pre{{margin:0;padding:14px 16px;color:#e6e6e6;font:14px/1.35 'DejaVu Sans Mono',monospace;white-space:pre}}
</style><pre>$ {body}</pre>""")
PY
lines=$(( $(printf '%s\n' "$text" | wc -l) + 1 ))
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=$(( cols * 9 + 40 )),$(( lines * 19 + 40 )) \
  --screenshot="$out" "file://$html" 2>/dev/null
rm -f "$html"
echo "$out"
