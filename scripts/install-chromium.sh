#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium (and its driver) for dashboard-service's browser tests, when it
# is missing and we are root. Idempotent: a machine that has it only prints the version. The tests drive it
# with Playwright's Java client (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1: Playwright never downloads a browser).
set -euo pipefail

CHROMIUM="${LIAISON_CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    echo "installing chromium (Debian package) for the browser tests ..."
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
  else
    echo "WARNING: $CHROMIUM is missing and we are not root: the dashboard browser tests will fail" >&2
    echo "         (install it with: sudo apt-get install --no-install-recommends chromium chromium-driver)" >&2
    exit 0
  fi
fi

"$CHROMIUM" --version
