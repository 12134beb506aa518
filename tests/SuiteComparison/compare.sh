#!/usr/bin/env bash
# Runs the same agent-test suites written for AgentGym and for other .NET test frameworks, side by side in one run, and
# prints Markdown tables of the median times and of how many times faster AgentGym is.
#
#   I/O-bound: 10 classes x 20 data rows = 200 tests whose agent waits 100 ms.
#   Trivial:   10 classes x 200 data rows = 2,000 tests whose agent answers at once.
#   Start-up:  one test whose agent answers at once, against a project of the same runner that does nothing (and, under
#              VSTest, against xunit v2 with one test).
#
# Two ways of running a suite:
#   dotnet test   'dotnet test --no-build' (VSTest): xunit v2, AgentGym's VSTest adapter, an empty VSTest project.
#   executable    the built Microsoft.Testing.Platform executable itself: AgentGym (EnableAgentGymRunner), xunit v3,
#                 MSTest, TUnit, and an empty platform application.
# Each project is built once in Release, run once untimed (warm-up), then run RUNS times, the order of the frameworks
# turning round from one round to the next. Two times are taken from each run:
#   wall time       the whole process, as a user waits for it (for 'dotnet test': the CLI, MSBuild evaluation, the test
#                   platform and the test host's start-up included);
#   execution time  the test run as the platform times it: the TRX file's <Times start> to <Times finish> for 'dotnet
#                   test' (test host start-up, discovery and execution), the 'duration' the platform prints for an
#                   executable.
# A run that does not report every test passed stops the script.
#
# AgentGym comes as a user gets it: the script packs its packages (Release) into a folder of its own, under a version of
# its own, and the AgentGym suites reference them, with AgentGym.dll and the adapter precompiled (ReadyToRun) for this
# machine's platform, the copies a build on this machine takes from the packages (packages.sh). --source builds the
# suites against the source tree instead (project references; quicker to iterate on, nothing precompiled). The packages
# are removed from the global packages folder afterwards.
#
# --baseline REF also builds the AgentGym suites of another commit (such as main, or HEAD~3) from a copy of that commit,
# and runs them under 'dotnet test' beside the others: the same machine, the same run. The copy's own packages are packed
# and used the same way if that commit's suites can use packages; an older commit's suites use its source tree.
#
# Usage: bash tests/SuiteComparison/compare.sh [--runs N] [--only GROUP] [--baseline REF] [--source]
#        (RUNS=N; default 3; GROUP: io, trivial, startup)
set -euo pipefail

runs="${RUNS:-3}"
only=""
baseline=""
packages=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n | --runs)
      runs="${2:?--runs needs a number}"
      shift 2
      ;;
    --baseline)
      baseline="${2:?--baseline needs a git commit or branch}"
      shift 2
      ;;
    --only)
      only="${2:?--only needs io, trivial or startup}"
      shift 2
      ;;
    --source)
      packages=""
      shift
      ;;
    -h | --help)
      sed -n '2,34s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
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
if [[ -n "$only" && ! "$only" =~ ^(io|trivial|startup)$ ]]; then
  echo "compare.sh: --only takes io, trivial or startup, not '$only'" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
log() { echo "$*" >&2; }
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 TESTINGPLATFORM_TELEMETRY_OPTOUT=1

# group | label | tests expected | project | how it runs (test: 'dotnet test'; exe: the executable)
# The first line of each group is the one the others are compared with.
entries=(
  "io|xunit v2, dotnet test|200|XunitIoBound|test"
  "io|AgentGym, dotnet test (VSTest)|200|AgentGymIoBound|test"
  "io|AgentGym, executable|200|AgentGymIoBound.Mtp|exe"
  "io|xunit v3, executable|200|XunitV3IoBound|exe"
  "io|MSTest, executable|200|MSTestIoBound|exe"
  "io|TUnit, executable|200|TUnitIoBound|exe"
  "trivial|xunit v2, dotnet test|2000|XunitTrivial|test"
  "trivial|AgentGym, dotnet test (VSTest)|2000|AgentGymTrivial|test"
  "trivial|AgentGym, executable|2000|AgentGymTrivial.Mtp|exe"
  "startup|Empty VSTest project, dotnet test|0|EmptyVSTest|test"
  "startup|xunit v2, one test, dotnet test|1|XunitOne|test"
  "startup|AgentGym, one test, dotnet test (VSTest)|1|AgentGymOne|test"
  "startup|Empty platform executable, one test|1|EmptyMtp|exe"
  "startup|AgentGym, one test, executable|1|AgentGymOne.Mtp|exe"
)
# A copy of another commit's repository, whose suite projects are run as 'dotnet test' beside this one's.
if [[ -n "$baseline" ]]; then
  repository="$(git -C "$here" rev-parse --show-toplevel)"
  commit="$(git -C "$repository" rev-parse --short "$baseline")"
  mkdir -p "$work/baseline"
  git -C "$repository" archive "$commit" | tar -x -C "$work/baseline"
  entries+=(
    "io|AgentGym $baseline ($commit), dotnet test (VSTest)|200|@baseline/AgentGymIoBound|test"
    "trivial|AgentGym $baseline ($commit), dotnet test (VSTest)|2000|@baseline/AgentGymTrivial|test"
  )
fi

# The folder of an entry's project: this checkout's, or the baseline copy's for '@baseline/NAME'.
project_dir() {
  case "$1" in
    @baseline/*) echo "$work/baseline/tests/SuiteComparison/${1#@baseline/}" ;;
    *) echo "$here/$1" ;;
  esac
}

# The versions of the packages the suites use: this checkout's, and the baseline copy's (empty: the source tree).
# shellcheck source=packages.sh
source "$here/packages.sh"
version=""
baseline_version=""
if [[ -n "$packages" ]]; then
  rid="$(this_platform)"
  version="$(new_package_version)"
  # The packed packages leave the global packages folder with the rest of the run.
  trap 'rm -rf "$work"; remove_packed "$version" "$baseline_version"' EXIT
  log "Packing AgentGym, AgentGym.Benchmarks and AgentGym.TestAdapter $version (precompiled for $rid)..."
  pack_agentgym "$(git -C "$here" rev-parse --show-toplevel)" "$version" "$work/feed" || exit 1
  if [[ -n "$baseline" && -f "$work/baseline/tests/SuiteComparison/AgentGym.References.targets" ]]; then
    baseline_version="$version.baseline"
    log "Packing the baseline's packages $baseline_version..."
    pack_agentgym "$work/baseline" "$baseline_version" "$work/feed" || exit 1
  fi
fi

# The build properties that make an entry's AgentGym suite use its tree's packages (none for other frameworks' projects).
entry_properties() {
  local project="$1" folder used
  folder="$(project_dir "$project")"
  grep -q 'AgentGym.References.targets' "$folder/${project##*/}.csproj" || return 0
  case "$project" in
    @baseline/*) used="$baseline_version" ;;
    *) used="$version" ;;
  esac
  [[ -z "$used" ]] || package_properties "$used" "$work/feed"
}

selected=()
for entry in "${entries[@]}"; do
  [[ -z "$only" || "${entry%%|*}" == "$only" ]] && selected+=("$entry")
done

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

# The last value of a 'name: value' line of the platform's summary.
summary_value() {
  grep -E "^\s*$2:" "$1" | tail -n 1 | sed -E "s/^\s*$2:\s*//"
}

# The platform's 'duration: 1s 508ms' (or '850ms', '1m 2s 3ms') in milliseconds.
duration_ms() {
  summary_value "$1" duration | awk '{ ms = 0; for (i = 1; i <= NF; i++) { v = $i + 0; if ($i ~ /ms$/) ms += v; else if ($i ~ /s$/) ms += v * 1000; else if ($i ~ /m$/) ms += v * 60000; else if ($i ~ /h$/) ms += v * 3600000 } print ms }'
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

fail_run() {
  cat "$1" >&2
  log "compare.sh: $2"
  exit 1
}

# run PROJECT EXPECTED KIND LABEL: one run; records "wall_ms execution_ms" in $work/PROJECT.times unless LABEL is warm-up.
run() {
  local project="$1" expected="$2" kind="$3" label="$4"
  local name="${project//[@\/]/_}" folder
  folder="$(project_dir "$project")"
  local dir="$work/$name-$label" output started finished wall total passed execution
  mkdir -p "$dir"
  output="$dir/output.txt"
  started="$(date +%s%N)"
  if [[ "$kind" == test ]]; then
    dotnet test "$folder/${project##*/}.csproj" --no-build -c Release \
      --logger "trx;LogFileName=run.trx" --results-directory "$dir" >"$output" 2>&1 ||
      fail_run "$output" "'dotnet test' of $project failed (run $label); its output is above."
  else
    "$folder/bin/Release/net10.0/${project##*/}" >"$output" 2>&1 ||
      fail_run "$output" "$project failed (run $label); its output is above."
  fi
  finished="$(date +%s%N)"
  wall=$(((finished - started) / 1000000))

  if [[ "$kind" == test ]]; then
    if [[ -f "$dir/run.trx" ]]; then
      total="$(xml_attribute "$dir/run.trx" Counters total)"
      passed="$(xml_attribute "$dir/run.trx" Counters passed)"
      execution="$(elapsed_ms "$(xml_attribute "$dir/run.trx" Times start)" "$(xml_attribute "$dir/run.trx" Times finish)")"
    elif [[ "$expected" == 0 ]]; then
      total=0 passed=0 execution=0
    else
      fail_run "$output" "$project (run $label) wrote no TRX file."
    fi
  else
    total="$(summary_value "$output" total)"
    passed="$(summary_value "$output" succeeded)"
    execution="$(duration_ms "$output")"
  fi
  if [[ "$total" != "$expected" || "$passed" != "$expected" ]]; then
    fail_run "$output" "$project (run $label) reported ${passed:-no} passed of ${total:-no} tests; expected $expected of $expected."
  fi

  log "$(printf '  %-20s %-8s wall %6d ms   execution %6d ms   %s passed' "$project" "$label" "$wall" "$execution" "$passed")"
  if [[ "$label" != warm-up ]]; then
    echo "$wall $execution" >>"$work/$name.times"
  fi
}

log "Building ${#selected[@]} projects (Release)..."
for entry in "${selected[@]}"; do
  IFS='|' read -r _ _ _ project _ <<<"$entry"
  build_log="$work/build-${project//[@\/]/_}.txt"
  # shellcheck disable=SC2046 # the properties are words of their own
  if ! dotnet build "$(project_dir "$project")/${project##*/}.csproj" -c Release $(entry_properties "$project") >"$build_log" 2>&1; then
    cat "$build_log" >&2
    log "compare.sh: building $project failed; its output is above."
    exit 1
  fi
done

log "Warm-up (not counted):"
for entry in "${selected[@]}"; do
  IFS='|' read -r _ _ expected project kind <<<"$entry"
  run "$project" "$expected" "$kind" warm-up
done

count=${#selected[@]}
for ((i = 1; i <= runs; i++)); do
  log "Run $i of $runs:"
  # Each round starts one entry further on, so that whatever else the machine does weighs on every framework alike.
  for ((k = 0; k < count; k++)); do
    IFS='|' read -r _ _ expected project kind <<<"${selected[$(((k + i - 1) % count))]}"
    run "$project" "$expected" "$kind" "$i"
  done
done

seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else printf "n/a" }'; }

echo
echo "$(nproc) cores, .NET SDK $(dotnet --version), median of $runs run(s) of each project after one warm-up run;"
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)."
if [[ -n "$packages" ]]; then
  echo "AgentGym from its packed packages, precompiled for $rid${baseline_version:+, and the baseline from its own}."
else
  echo "AgentGym from the source tree (project references)."
fi
for group in io trivial startup; do
  first=""
  case "$group" in
    io) title="I/O-bound suite: 200 tests, the agent waits 100 ms" ;;
    trivial) title="Trivial suite: 2,000 tests, the agent answers at once" ;;
    startup) title="Start-up: one test, against a project of the same runner that does nothing" ;;
  esac
  printed=""
  empty=0
  for entry in "${selected[@]}"; do
    IFS='|' read -r g label _ project _ <<<"$entry"
    [[ "$g" == "$group" ]] || continue
    wall="$(cut -d' ' -f1 "$work/${project//[@\/]/_}.times" | median)"
    execution="$(cut -d' ' -f2 "$work/${project//[@\/]/_}.times" | median)"
    if [[ -z "$printed" ]]; then
      echo
      echo "$title"
      echo
      if [[ "$group" == startup ]]; then
        echo "| Framework, how it runs | Wall time | Execution time | Over the empty project of its runner, wall |"
      else
        echo "| Framework, how it runs | Wall time | Execution time | $label / this, wall |"
      fi
      echo "| --- | ---: | ---: | ---: |"
      first="$wall"
      printed=1
    fi
    if [[ "$group" != startup ]]; then
      compared="$(ratio "$first" "$wall")"
    elif [[ "$project" == Empty* ]]; then
      # The lines after an empty project are of its runner.
      empty="$wall" compared=""
    else
      compared="$(awk -v a="$wall" -v b="$empty" 'BEGIN { printf "%+.2f s", (a - b) / 1000 }')"
    fi
    echo "| $label | $(seconds "$wall") | $(seconds "$execution") | $compared |"
  done
done
echo
echo "Wall time: the whole process. Execution time: the test run as the platform times it (TRX for 'dotnet test', the"
echo "printed duration for an executable). Medians; a ratio above 1 means that line took less time than the first one."
echo "Start-up: a framework's cost is its wall time less that of the empty project of the same runner."
