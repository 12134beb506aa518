#!/usr/bin/env bash
# Merges every shard of one pipeline run (AGENTGYM_RUN_GROUP) into one report, in each format, under $REPORTS.
# Usage: report.sh
# Environment: AGENTGYM_STORE, AGENTGYM_RUN_GROUP, AGENTGYM (see test-shard.sh); REPORTS (default: agentgym-report).
set -euo pipefail
reports="${REPORTS:-agentgym-report}"
agentgym="${AGENTGYM:-agentgym}"
: "${AGENTGYM_RUN_GROUP:?set AGENTGYM_RUN_GROUP to the value the shards used}"
mkdir -p "$reports"
for format in html md junit json; do
  extension="$format"
  [ "$format" = junit ] && extension=xml
  # shellcheck disable=SC2086 # AGENTGYM may be "dotnet path/to/agentgym.dll".
  $agentgym report --group "$AGENTGYM_RUN_GROUP" --format "$format" -o "$reports/agent-tests.$extension"
done
