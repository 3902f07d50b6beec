#!/usr/bin/env bash
# Runs every MoitBot test on a fresh machine: installs what the tests need if it is missing,
# starts the emulators the end-to-end tests talk to, runs the suite, stops what it started.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
export MOITBOT_E2E=${MOITBOT_E2E:-required}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\n== %s\n' "$*"; }
pids=()
cleanup() {
  for pid in "${pids[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]:-}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

# Optional installers and emulators live in tests/setup/*.sh; each is idempotent and may
# append PIDs to the file given as $1 so they are stopped here.
pidfile=$(mktemp)
for step in tests/setup/*.sh; do
  [ -e "$step" ] || continue
  log "setup: $step"
  bash "$step" "$pidfile"
done
while read -r pid; do [ -n "$pid" ] && pids+=("$pid"); done < "$pidfile"
rm -f "$pidfile"

log "restore and build"
dotnet build MoitBot.sln -c Release -warnaserror 2>&1 | tail -n 3

log "tests"
results="$root/TestResults"
rm -rf "$results"
set +e
dotnet test --solution MoitBot.sln -c Release --no-build --results-directory "$results" --report-trx 2>&1 | tee "$root/TestResults.log"
status=${PIPESTATUS[0]}
set -e

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
rm -f "$root/TestResults.log"
echo
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
