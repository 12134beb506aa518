#!/usr/bin/env bash
# Runs the regression tests ([Baseline]) against the shared store: each compares its tokens, calls and duration with the
# last passing result on the main branch (or a named baseline) and fails when it regressed beyond its tolerance.
# Usage: regressions.sh
# Environment: TEST_PROJECT, DOTNET_TEST_ARGS, AGENTGYM_STORE, RESULTS (see test-shard.sh);
#   BASELINE_BRANCH     the branch whose last passing results are the baselines (default: main).
set -euo pipefail
results="${RESULTS:-TestResults}"
mkdir -p "$results"
# shellcheck disable=SC2086 # DOTNET_TEST_ARGS holds several arguments.
exec dotnet test ${TEST_PROJECT:-} ${DOTNET_TEST_ARGS:-} --filter "TestType=Regression" \
  --logger "trx;LogFileName=regressions.trx" --results-directory "$results" \
  -- "AgentGym.BaselineBranch=${BASELINE_BRANCH:-main}"
