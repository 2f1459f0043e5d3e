#!/usr/bin/env bash
# The independent Standard Webhooks verifier (npm `standardwebhooks`) the alerts tests shell out to.
set -euo pipefail
cd "$(dirname "$0")/../../tests/FactCheck.Alerts.Tests/js"
if ! [ -d node_modules/standardwebhooks ]; then
  npm install --no-audit --no-fund --silent
fi
node -e "require('standardwebhooks')" && echo "standardwebhooks ready"
