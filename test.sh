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
dotnet build MoitBot.sln -c Release -warnaserror -v quiet -clp:"ErrorsOnly;Summary"

log "tests"
log_file=$(mktemp)
set +e
dotnet test --solution MoitBot.sln -c Release --no-build 2>&1 | tee "$log_file"
status=${PIPESTATUS[0]}
set -e

# The plain closing line CI reads: taken from the runner's own summary.
summary() { grep -E "^\s+$1: [0-9]+" "$log_file" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
passed=$(summary succeeded); failed=$(summary failed); skipped=$(summary skipped)
rm -f "$log_file"
echo
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
