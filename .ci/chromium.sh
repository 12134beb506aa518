#!/usr/bin/env bash
# CI: makes Debian's headless Chromium available at /usr/bin/chromium for the dashboard's browser test (driven by
# PuppeteerSharp, which downloads no browser). Installs the package when it is missing (through .ci/packages.sh); runs as
# root. Idempotent.
# Exits 1 when it could not be installed: .ci/run goes on, and the browser test then fails with a message naming this script.
set -uo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! "$(dirname "$0")/packages.sh" chromium; then
  echo "chromium.sh: chromium is not installed; the dashboard's browser test will fail." >&2
  exit 1
fi
echo "chromium.sh: $(/usr/bin/chromium --version 2>/dev/null || echo chromium installed)"
