#!/usr/bin/env bash
# Installs RabbitMQ (Debian package) when missing and starts a throw-away node on 127.0.0.1:55672
# (override with FACTCHECK_RABBITMQ_PORT). Idempotent: a running node is left as it is; a node that
# died (kill -9) is started again on its existing data folder, so durable queues survive.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends rabbitmq-server >/dev/null
  # The package starts (or tries to start) its own node; this project runs its own.
  service rabbitmq-server stop >/dev/null 2>&1 || true
fi

# shellcheck source=rabbitmq.env
source "$here/rabbitmq.env"

if rabbitmq-diagnostics -q ping >/dev/null 2>&1; then
  echo "rabbitmq already running on 127.0.0.1:$RABBITMQ_NODE_PORT"
  exit 0
fi

mkdir -p "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
[ -f "$HOME/.erlang.cookie" ] || { head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$HOME/.erlang.cookie"; chmod 400 "$HOME/.erlang.cookie"; }
echo "[]." > "$RABBITMQ_ENABLED_PLUGINS_FILE"
cat > "$RABBITMQ_CONFIG_FILE.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$RABBITMQ_NODE_PORT
loopback_users.guest = true
vm_memory_high_watermark.relative = 0.2
disk_free_limit.absolute = 100MB
log.file.level = warning
CONF
echo "[]." > "$RABBITMQ_ADVANCED_CONFIG_FILE"

rm -f "$RABBITMQ_PID_FILE"
rabbitmq-server -detached
for _ in $(seq 1 90); do
  if [ -f "$RABBITMQ_PID_FILE" ] && ! kill -0 "$(cat "$RABBITMQ_PID_FILE")" 2>/dev/null; then
    break
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$RABBITMQ_NODE_PORT") 2>/dev/null && rabbitmq-diagnostics -q check_running >/dev/null 2>&1; then
    echo "rabbitmq ready on 127.0.0.1:$RABBITMQ_NODE_PORT (data in $FACTCHECK_RABBITMQ_DIR)"
    exit 0
  fi
  sleep 1
done
echo "rabbitmq did not become ready; see $RABBITMQ_LOG_BASE" >&2
exit 1
