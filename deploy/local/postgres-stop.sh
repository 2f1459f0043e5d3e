#!/usr/bin/env bash
# Stops the throw-away cluster started by postgres-start.sh and deletes its data folder.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=postgres.env
source "$here/postgres.env"
if [ -f "$PGDATA/PG_VERSION" ]; then
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1
  else "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1; fi
fi
rm -rf "$FACTCHECK_POSTGRES_DIR"
echo "postgres stopped"
