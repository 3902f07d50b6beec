#!/usr/bin/env bash
# Installs the Microsoft 365 Agents Playground and the Adaptive Cards renderer (tests/teams-emulator)
# for the Teams card and end-to-end tests. Idempotent. The end-to-end tests start one playground per
# test class themselves (with the bot endpoint on a free port), so nothing is left running here;
# "$1" (the PID file of test.sh) is accepted for the common setup contract.
set -euo pipefail
cd "$(dirname "$0")/../teams-emulator"
if ! command -v node >/dev/null 2>&1; then
  echo "node is required for the Teams emulator (apt-get install nodejs npm)" >&2
  exit 1
fi
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node -e "require('./node_modules/@microsoft/m365agentsplayground/package.json'); require('./node_modules/adaptivecards/package.json'); require('./node_modules/jsdom/package.json')"
echo "Teams emulator ready in $(pwd)"
