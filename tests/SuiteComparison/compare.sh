#!/usr/bin/env bash
# Runs the same agent-test suites written for AgentGym and for xunit, side by side, and prints a Markdown table of the
# median times and the ratios xunit / AgentGym.
#
#   I/O-bound: 10 classes x 20 data rows = 200 tests whose agent waits 100 ms.
#   Trivial:   10 classes x 200 data rows = 2,000 tests whose agent answers at once.
#
# Each project is built once in Release, run once untimed (warm-up), then run with 'dotnet test --no-build' RUNS times,
# AgentGym and xunit taking turns at going first. Two times are taken from each run:
#   wall time       the whole 'dotnet test' process, as a user waits for it (CLI, test platform and test host start-up included);
#   execution time  the test run as the test platform times it in the TRX file (<Times start> to <Times finish>): test host
#                   start-up, discovery and execution, without the CLI's own start-up.
# A run that does not report every test passed stops the script.
#
# Usage: bash tests/SuiteComparison/compare.sh [--runs N]      (or RUNS=N; default 3)
set -euo pipefail

runs="${RUNS:-3}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n | --runs)
      runs="${2:?--runs needs a number}"
      shift 2
      ;;
    -h | --help)
      sed -n '2,16s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
      exit 0
      ;;
    *)
      echo "compare.sh: unknown argument '$1' (try --help)" >&2
      exit 2
      ;;
  esac
done
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "compare.sh: the number of runs must be a positive integer, not '$runs'" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# suite label | tests expected | AgentGym project | xunit project
suites=(
  "I/O-bound (200 tests, agent waits 100 ms)|200|AgentGymIoBound|XunitIoBound"
  "Trivial (2,000 tests)|2000|AgentGymTrivial|XunitTrivial"
)

log() { echo "$*" >&2; }

# Milliseconds between two ISO 8601 timestamps.
elapsed_ms() {
  local start finish
  start="$(date -d "$1" +%s%N)"
  finish="$(date -d "$2" +%s%N)"
  echo $(((finish - start) / 1000000))
}

# Reads one attribute of the first element with that name in an XML file.
xml_attribute() {
  local file="$1" element="$2" attribute="$3"
  grep -o "<$element [^>]*>" "$file" | head -n 1 | grep -o " $attribute=\"[^\"]*\"" | sed 's/.*="\(.*\)"/\1/'
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# run PROJECT EXPECTED LABEL: one 'dotnet test'; records "wall_ms execution_ms" in $work/PROJECT.times unless LABEL is warm-up.
run() {
  local project="$1" expected="$2" label="$3"
  local dir="$work/$project-$label"
  local started finished wall trx total passed execution
  mkdir -p "$dir"
  started="$(date +%s%N)"
  if ! dotnet test "$here/$project/$project.csproj" --no-build -c Release \
    --logger "trx;LogFileName=run.trx" --results-directory "$dir" >"$dir/output.txt" 2>&1; then
    cat "$dir/output.txt" >&2
    log "compare.sh: 'dotnet test' of $project failed (run $label); its output is above."
    exit 1
  fi
  finished="$(date +%s%N)"
  wall=$(((finished - started) / 1000000))

  trx="$dir/run.trx"
  if [[ ! -f "$trx" ]]; then
    cat "$dir/output.txt" >&2
    log "compare.sh: $project (run $label) wrote no TRX file."
    exit 1
  fi
  total="$(xml_attribute "$trx" Counters total)"
  passed="$(xml_attribute "$trx" Counters passed)"
  if [[ "$total" != "$expected" || "$passed" != "$expected" ]]; then
    cat "$dir/output.txt" >&2
    log "compare.sh: $project (run $label) reported $passed passed of $total tests; expected $expected of $expected."
    exit 1
  fi
  execution="$(elapsed_ms "$(xml_attribute "$trx" Times start)" "$(xml_attribute "$trx" Times finish)")"

  log "$(printf '  %-16s %-8s wall %6d ms   execution %6d ms   %s passed' "$project" "$label" "$wall" "$execution" "$passed")"
  if [[ "$label" != warm-up ]]; then
    echo "$wall $execution" >>"$work/$project.times"
  fi
}

log "Building the four suites (Release)..."
for suite in "${suites[@]}"; do
  IFS='|' read -r _ _ agentgym xunit <<<"$suite"
  for project in "$agentgym" "$xunit"; do
    if ! dotnet build "$here/$project/$project.csproj" -c Release >"$work/build-$project.txt" 2>&1; then
      cat "$work/build-$project.txt" >&2
      log "compare.sh: building $project failed; its output is above."
      exit 1
    fi
  done
done

log "Warm-up (not counted):"
for suite in "${suites[@]}"; do
  IFS='|' read -r _ expected agentgym xunit <<<"$suite"
  run "$agentgym" "$expected" warm-up
  run "$xunit" "$expected" warm-up
done

for ((i = 1; i <= runs; i++)); do
  log "Run $i of $runs:"
  for suite in "${suites[@]}"; do
    IFS='|' read -r _ expected agentgym xunit <<<"$suite"
    # Take turns at going first, so that whatever else the machine does weighs on both frameworks alike.
    if ((i % 2)); then
      run "$agentgym" "$expected" "$i"
      run "$xunit" "$expected" "$i"
    else
      run "$xunit" "$expected" "$i"
      run "$agentgym" "$expected" "$i"
    fi
  done
done

seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", a / b }'; }

echo
echo "$(nproc) cores, .NET SDK $(dotnet --version), median of $runs run(s) of each suite after one warm-up run."
echo
echo "| Suite | Framework | Wall time | Execution time | xunit / AgentGym, wall | xunit / AgentGym, execution |"
echo "| --- | --- | ---: | ---: | ---: | ---: |"
for suite in "${suites[@]}"; do
  IFS='|' read -r name _ agentgym xunit <<<"$suite"
  agentgym_wall="$(cut -d' ' -f1 "$work/$agentgym.times" | median)"
  agentgym_execution="$(cut -d' ' -f2 "$work/$agentgym.times" | median)"
  xunit_wall="$(cut -d' ' -f1 "$work/$xunit.times" | median)"
  xunit_execution="$(cut -d' ' -f2 "$work/$xunit.times" | median)"
  echo "| $name | xunit (defaults) | $(seconds "$xunit_wall") | $(seconds "$xunit_execution") | | |"
  echo "| $name | AgentGym (defaults) | $(seconds "$agentgym_wall") | $(seconds "$agentgym_execution") | $(ratio "$xunit_wall" "$agentgym_wall") | $(ratio "$xunit_execution" "$agentgym_execution") |"
done
echo
echo "Wall time: the whole 'dotnet test --no-build' process. Execution time: the test run as the TRX file times it (test host"
echo "start-up, discovery and execution). Both are medians; a ratio above 1 means AgentGym took less time."
