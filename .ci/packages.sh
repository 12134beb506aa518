#!/usr/bin/env bash
# CI: installs the Debian packages the suite needs and this machine lacks: postgresql (the PostgreSQL store's tests) and
# chromium (the dashboard's browser test). Names limit it to those packages; without names it looks at both. One
# `apt-get update` before the installs, skipped when AGENTGYM_APT_UPDATED is set (.ci/run sets it after its first call, so
# that a CI run updates the package lists once). Runs as root. Idempotent: installs nothing that is there.
# Exits 1 when a package could not be installed; the others are still tried.
set -uo pipefail

installed() {
  case "$1" in
    postgresql) command -v pg_ctlcluster >/dev/null 2>&1 ;;
    chromium) [ -x /usr/bin/chromium ] ;;
    *) echo "packages.sh: unknown package '$1' (known: postgresql, chromium)" >&2; return 2 ;;
  esac
}

wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(postgresql chromium)
missing=()
for package in "${wanted[@]}"; do
  installed "$package"
  case $? in
    0) ;;
    1) missing+=("$package") ;;
    *) exit 1 ;;
  esac
done
[ ${#missing[@]} -gt 0 ] || exit 0

if [ -z "${AGENTGYM_APT_UPDATED:-}" ]; then
  echo "packages.sh: updating the package lists"
  if ! apt-get update -qq; then
    echo "packages.sh: apt-get update failed; cannot install ${missing[*]}." >&2
    exit 1
  fi
fi

status=0
for package in "${missing[@]}"; do
  echo "packages.sh: installing $package from the Debian packages"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null; then
    echo "packages.sh: apt could not install $package." >&2
    status=1
  fi
done
exit "$status"
