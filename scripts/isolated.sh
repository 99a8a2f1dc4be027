#!/usr/bin/env bash
# Runs a command that starts browsers (the in-browser and page tests, the
# browser benchmark) so that nothing it started outlives it:
#   scripts/isolated.sh COMMAND [ARG...]
# Every process of the run carries SYNDICARD_RUN=<a token of this run> in
# its environment (inherited by cargo, the wasm-bindgen test runner,
# ChromeDriver, node and every Chromium process they start). When the
# command ends, fails or is interrupted, the processes that still carry this
# run's token are stopped: an orphaned Chromium left by a killed driver
# included, and nothing that another run or another job started (their
# environment does not hold this token). Exits with the command's status.
set -u

token="$$-$(date +%s%N)"
export SYNDICARD_RUN="$token"

# The processes whose environment holds this run's token, this script aside.
leftovers() {
  local env pid
  for env in /proc/[0-9]*/environ; do
    pid=${env#/proc/}
    pid=${pid%/environ}
    [ "$pid" = "$$" ] && continue
    if { tr '\0' '\n' <"$env"; } 2>/dev/null | grep -qxF "SYNDICARD_RUN=$token"; then
      echo "$pid"
    fi
  done
}

cleanup() {
  local pids
  pids=$(leftovers)
  [ -z "$pids" ] && return 0
  # shellcheck disable=SC2086
  echo "isolated: stopping what this run left behind: $(ps -o pid=,comm= -p $pids | tr -s ' \n' ' ')" >&2
  # shellcheck disable=SC2086
  kill -TERM $pids 2>/dev/null
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    sleep 0.2
    pids=$(leftovers)
    [ -z "$pids" ] && return 0
  done
  # shellcheck disable=SC2086
  kill -KILL $pids 2>/dev/null
  return 0
}

trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM HUP

"$@" &
child=$!
wait "$child"
status=$?
cleanup
exit "$status"
