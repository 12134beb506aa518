#!/usr/bin/env bash
# Where AgentGym's start-up goes, as a Microsoft.Testing.Platform executable: the same one-test project run in steps that
# each add one stage, beside an executable of the same platform whose test framework does nothing. The difference between
# two steps is the cost of the stage the second one adds.
#
#   platform only         EmptyMtp: the runtime, Microsoft.Testing.Platform, its TRX and MSBuild extensions, one test
#   + AgentGym discovery  AgentGymOne.Mtp --list-tests: the bridge, the adapter, loading the engine, finding the test
#   + running it          AgentGymOne.Mtp with the store off: the startup class, the engine, the validators
#   + results store       AgentGymOne.Mtp as a user runs it: SQLite opened, the run and its result recorded
#
# Each step runs once untimed, then RUNS times taking turns; the medians of the wall times are printed.
#
# AgentGym comes from its packed packages, as a user gets it, precompiled for this machine (see
# packages.sh); --source builds against the source tree instead. --no-build runs what the last build left.
#
# Usage: bash tests/SuiteComparison/startup.sh [--runs N] [--no-build] [--source]    (RUNS=N; default 10)
set -euo pipefail

runs="${RUNS:-10}"
build=1
packages=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n | --runs)
      runs="${2:?--runs needs a number}"
      shift 2
      ;;
    --no-build)
      build=""
      shift
      ;;
    --source)
      packages=""
      shift
      ;;
    -h | --help)
      sed -n '2,17s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
      exit 0
      ;;
    *)
      echo "startup.sh: unknown argument '$1' (try --help)" >&2
      exit 2
      ;;
  esac
done
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "startup.sh: the number of runs must be a positive integer, not '$runs'" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 TESTINGPLATFORM_TELEMETRY_OPTOUT=1

# shellcheck source=packages.sh
source "$here/packages.sh"
if [[ -n "$build" ]]; then
  properties=""
  if [[ -n "$packages" ]]; then
    version="$(new_package_version)"
    trap 'rm -rf "$work"; remove_packed "$version"' EXIT
    echo "Packing AgentGym $version (precompiled for $(this_platform))..." >&2
    pack_agentgym "$(git -C "$here" rev-parse --show-toplevel)" "$version" "$work/feed" || exit 1
    properties="$(package_properties "$version" "$work/feed")"
  fi
  for project in EmptyMtp AgentGymOne.Mtp; do
    # shellcheck disable=SC2086 # the properties are words of their own
    dotnet build "$here/$project/$project.csproj" -c Release $properties >"$work/build.txt" 2>&1 || {
      cat "$work/build.txt" >&2
      echo "startup.sh: building $project failed; its output is above." >&2
      exit 1
    }
  done
fi

empty="$here/EmptyMtp/bin/Release/net10.0/EmptyMtp"
agentgym="$here/AgentGymOne.Mtp/bin/Release/net10.0/AgentGymOne.Mtp"
printf '<RunSettings><AgentGym><Store>off</Store></AgentGym></RunSettings>\n' >"$work/store-off.runsettings"
printf '<RunSettings><AgentGym><Store>%s</Store></AgentGym></RunSettings>\n' "$work/results.db" >"$work/store.runsettings"

# step label | command line
steps=(
  "platform only (an empty executable)|$empty"
  "+ AgentGym discovery (--list-tests)|$agentgym --list-tests"
  "+ running the test (store off)|$agentgym --settings $work/store-off.runsettings"
  "+ results store (SQLite)|$agentgym --settings $work/store.runsettings"
)

run_step() {
  local command="$1" started finished
  started="$(date +%s%N)"
  # shellcheck disable=SC2086 # the command line is split on purpose
  if ! $command >"$work/output.txt" 2>&1; then
    cat "$work/output.txt" >&2
    echo "startup.sh: '$command' failed; its output is above." >&2
    exit 1
  fi
  finished="$(date +%s%N)"
  echo $(((finished - started) / 1000000))
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

count=${#steps[@]}
for ((k = 0; k < count; k++)); do
  IFS='|' read -r _ command <<<"${steps[$k]}"
  run_step "$command" >/dev/null
done
for ((i = 1; i <= runs; i++)); do
  for ((k = 0; k < count; k++)); do
    j=$(((k + i - 1) % count))
    IFS='|' read -r _ command <<<"${steps[$j]}"
    run_step "$command" >>"$work/step-$j.times"
  done
done

echo "$(nproc) cores, median of $runs run(s) of each step after one warm-up run; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
if [[ -z "$build" ]]; then
  echo "AgentGym as the last build left it (--no-build)."
elif [[ -n "$packages" ]]; then
  echo "AgentGym from its packed packages, precompiled for $(this_platform)."
else
  echo "AgentGym from the source tree (project references)."
fi
echo
echo "| Step | Wall time | Added by this step |"
echo "| --- | ---: | ---: |"
previous=""
for ((k = 0; k < count; k++)); do
  IFS='|' read -r label _ <<<"${steps[$k]}"
  ms="$(median <"$work/step-$k.times")"
  added=""
  [[ -n "$previous" ]] && added="$(awk -v a="$ms" -v b="$previous" 'BEGIN { printf "%+.0f ms", a - b }')"
  echo "| $label | $(awk -v ms="$ms" 'BEGIN { printf "%.0f ms", ms }') | $added |"
  previous="$ms"
done
first="$(median <"$work/step-0.times")"
last="$(median <"$work/step-$((count - 1)).times")"
echo
echo "AgentGym's cost over the empty executable: $(awk -v a="$last" -v b="$first" 'BEGIN { printf "%.0f ms", a - b }')."
