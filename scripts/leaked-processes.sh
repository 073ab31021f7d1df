#!/usr/bin/env bash
# A test that leaves a kiosk, hub, supervisor, Chromium, Xvfb, socat or PostgreSQL running holds
# ports and CPU for every test after it. CI takes a list before the suite and asks afterwards.
#   scripts/leaked-processes.sh before FILE   remember what already runs
#   scripts/leaked-processes.sh after FILE    name (and stop) what the suite started and left; exit 1 if any
set -uo pipefail

pattern='cli/kiosk\.ts|dist/node/(kiosk|central|supervisor)\.mjs|cli/dev\.ts|central/cli\.ts|supervisor/cli\.ts|/chromium|Xvfb|socat|/bin/postgres'

ours() {
  # None running is the usual answer: grep's "no match" is not a failure here.
  { ps -eo pid=,args= | grep -E "$pattern" | grep -v -E 'grep|leaked-processes' || true; } | awk '{print $1}' | sort -n
}

case "${1:-}" in
  before)
    ours >"$2"
    exit 0
    ;;
  after)
    # A process that was asked to stop as the last test ended may still be on its way out.
    for _ in $(seq 1 10); do
      leaked=$(comm -13 "$2" <(ours))
      [ -z "$leaked" ] && exit 0
      sleep 0.5
    done
    echo "ci: the suite left these processes running:"
    for pid in $leaked; do ps -o pid=,etimes=,args= -p "$pid" | cut -c1-240; done
    # shellcheck disable=SC2086
    kill -9 $leaked 2>/dev/null
    exit 1
    ;;
  *)
    echo "usage: $0 before|after FILE" >&2
    exit 2
    ;;
esac
