#!/usr/bin/env bash
# Installs PostgreSQL (Debian package) when missing and starts a throw-away cluster on
# 127.0.0.1:55432 (override with FACTCHECK_POSTGRES_PORT), owned by the postgres user.
# Idempotent: a running server is left as it is; a stopped one is started on its existing data.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

# shellcheck source=postgres.env
source "$here/postgres.env"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if as_postgres "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$FACTCHECK_POSTGRES_PORT"; then
  echo "postgres already running on 127.0.0.1:$FACTCHECK_POSTGRES_PORT"
  exit 0
fi

mkdir -p "$FACTCHECK_POSTGRES_DIR"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$FACTCHECK_POSTGRES_DIR"
if [ ! -f "$PGDATA/PG_VERSION" ]; then
  as_postgres "$PG_BIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --no-locale >/dev/null
  cat >> "$PGDATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $FACTCHECK_POSTGRES_PORT
unix_socket_directories = '$FACTCHECK_POSTGRES_DIR'
max_connections = 300
shared_buffers = 128MB
fsync = on
# Per-statement counters for the throughput bench's "where the time goes".
shared_preload_libraries = 'pg_stat_statements'
CONF
fi

as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$FACTCHECK_POSTGRES_DIR/server.log" -w -t 60 start >/dev/null
echo "postgres ready on 127.0.0.1:$FACTCHECK_POSTGRES_PORT (data in $PGDATA)"
