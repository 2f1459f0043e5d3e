#!/usr/bin/env bash
# The one test command (README, CI): installs and starts what the tests need, runs every test
# project, and ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

results=$(mktemp -d)
trap 'for s in deploy/local/*-stop.sh; do [ -x "$s" ] && "$s" >/dev/null 2>&1; done; rm -rf "$results"' EXIT

# Servers and tools the integration tests use; each script installs what is missing and starts it on loopback.
for start in deploy/local/*-start.sh; do
  [ -x "$start" ] || continue
  echo "== $start"
  "$start" || { echo "$start failed"; echo "0 passed, 1 failed"; exit 1; }
done

dotnet build FactCheck.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }
dotnet test FactCheck.sln -c Release --no-build -nologo --logger "trx" --results-directory "$results" 2>&1 | tee "$results/console.log"
status=${PIPESTATUS[0]}

passed=$(grep -hoE 'Passed: +[0-9]+' "$results/console.log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -hoE 'Failed: +[0-9]+' "$results/console.log" | awk '{s+=$2} END {print s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
