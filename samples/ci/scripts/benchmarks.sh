#!/usr/bin/env bash
# Runs the agent benchmarks of a console project and keeps their reports under $ARTIFACTS (default: benchmark-reports).
# Usage: benchmarks.sh <benchmark project> [switcher arguments, such as --filter "*Refund*"]
# The exit code is the benchmark app's: 0 done, 1 nothing matched the filter, 2 bad arguments, 130 cancelled.
set -euo pipefail
project="${1:?usage: benchmarks.sh <benchmark project> [arguments]}"
shift
artifacts="${ARTIFACTS:-benchmark-reports}"
dotnet run -c Release --project "$project" -- --artifacts "$artifacts" "$@"
