#!/usr/bin/env bash
# Stops the throw-away node started by rabbitmq-start.sh and deletes its data folder.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ -x /usr/lib/rabbitmq/bin/rabbitmqctl ] || exit 0
# shellcheck source=rabbitmq.env
source "$here/rabbitmq.env"
rabbitmqctl -q stop >/dev/null 2>&1 || true
if [ -f "$RABBITMQ_PID_FILE" ]; then
  pid=$(cat "$RABBITMQ_PID_FILE")
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
fi
rm -rf "$FACTCHECK_RABBITMQ_DIR"
echo "rabbitmq stopped"
