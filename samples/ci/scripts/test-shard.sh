#!/usr/bin/env bash
# Runs one shard of the agent tests, records its results in the shared store and writes its TRX file to $RESULTS
# (default: TestResults).
# Usage: test-shard.sh <shard> <shard count>
# Environment:
#   TEST_PROJECT        the test project or solution (default: the current folder's)
#   DOTNET_TEST_ARGS    more arguments for dotnet test, such as "-c Release" or "--no-build"
#   AGENTGYM_STORE      the shared results store (a PostgreSQL connection string); every shard records there
#   AGENTGYM_RUN_GROUP  the same value in every shard of one pipeline run, so that the report merges them
set -euo pipefail
shard="${1:?usage: test-shard.sh <shard> <shard count>}"
count="${2:?usage: test-shard.sh <shard> <shard count>}"
results="${RESULTS:-TestResults}"
: "${AGENTGYM_RUN_GROUP:?set AGENTGYM_RUN_GROUP to one value per pipeline run}"
mkdir -p "$results"

# shellcheck disable=SC2086 # DOTNET_TEST_ARGS holds several arguments.
exec dotnet test ${TEST_PROJECT:-} ${DOTNET_TEST_ARGS:-} \
  --logger "trx;LogFileName=shard-$shard.trx" --results-directory "$results" \
  -- "AgentGym.Shard=$shard/$count"
