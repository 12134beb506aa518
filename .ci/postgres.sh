#!/usr/bin/env bash
# CI: makes a PostgreSQL server listen on 127.0.0.1:5432 with the role and database that the PostgreSQL store's tests use
# (AGENTGYM_TEST_POSTGRES, exported by .ci/run). Installs Debian's package when it is missing (through .ci/packages.sh).
# Idempotent; runs as root.
# Exits 1 when no server could be started: .ci/run goes on, and the PostgreSQL tests then fail (CI never skips them).
set -uo pipefail

port=5432
role=agentgym
password=agentgym
database=agentgym_test

if ! "$(dirname "$0")/packages.sh" postgresql; then
  echo "postgres.sh: PostgreSQL is not installed; the PostgreSQL store tests will fail." >&2
  exit 1
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main -p "$port" >/dev/null
fi
pg_ctlcluster "$version" main start >/dev/null 2>&1 || true

for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
if ! pg_isready -q -h 127.0.0.1 -p "$port"; then
  echo "postgres.sh: PostgreSQL $version did not start on 127.0.0.1:$port; the PostgreSQL store tests will fail." >&2
  exit 1
fi

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -q -p $port $*" </dev/null; }
psql_admin "-c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN CREATE ROLE $role LOGIN PASSWORD '$password'; END IF; END \\\$\\\$;\""
if [ "$(psql_admin "-tAc \"SELECT 1 FROM pg_database WHERE datname = '$database'\"")" != "1" ]; then
  psql_admin "-c \"CREATE DATABASE $database OWNER $role\""
fi
echo "postgres.sh: PostgreSQL $version on 127.0.0.1:$port, database $database, role $role"
