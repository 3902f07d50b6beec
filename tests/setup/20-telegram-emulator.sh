#!/usr/bin/env bash
# Installs and starts the Telegram Bot API emulator (telegram-test-api 4.2.1, patched by
# tests/emulators/telegram.js) on 127.0.0.1:${TELEGRAM_EMULATOR_PORT:-9000}. Idempotent:
# an emulator already answering there is reused. Appends the PID it starts to "$1".
set -euo pipefail
cd "$(dirname "$0")/../emulators"
pidfile=${1:-/dev/null}
port=${TELEGRAM_EMULATOR_PORT:-9000}
url="http://127.0.0.1:${port}"

if curl -fsS "${url}/_test/ping" >/dev/null 2>&1; then
  echo "telegram emulator already running at ${url}"
  exit 0
fi
if [ ! -d node_modules/telegram-test-api ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

log=$(mktemp -t telegram-emulator.XXXXXX.log)
node telegram.js "$port" 127.0.0.1 >"$log" 2>&1 &
pid=$!
echo "$pid" >>"$pidfile"
for _ in $(seq 1 50); do
  if curl -fsS "${url}/_test/ping" >/dev/null 2>&1; then
    echo "telegram emulator listening at ${url} (pid ${pid}, log ${log})"
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 0.2
done
echo "telegram emulator did not start; log:" >&2
cat "$log" >&2
exit 1
