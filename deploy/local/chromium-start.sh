#!/usr/bin/env bash
# Headless Chromium for the review-desk browser tests (Playwright drives /usr/bin/chromium; never `playwright install`).
set -euo pipefail
if ! [ -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version
