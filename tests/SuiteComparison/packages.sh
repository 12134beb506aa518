# shellcheck shell=bash
# Sourced by compare.sh and startup.sh: AgentGym as a user gets it. Packs AgentGym, AgentGym.Benchmarks (which the adapter
# depends on) and AgentGym.TestAdapter into a folder, under a version of their own, with AgentGym.dll and the adapter
# precompiled (ReadyToRun) for this machine's platform only: the copies a build on this machine takes from packages built
# for every platform. The suites pick the packages up through AgentGym.References.targets.

# The runtime identifier of this machine, as the .NET SDK names it (linux-x64, osx-arm64, ...).
this_platform() {
  dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1
}

# A package version no other run uses.
new_package_version() {
  echo "0.0.0-compare.$(date +%Y%m%d%H%M%S).$$"
}

# pack_agentgym ROOT VERSION FEED: packs the repository at ROOT into the folder FEED; prints the pack's output and
# returns non-zero if it fails.
pack_agentgym() {
  local root="$1" version="$2" feed="$3" id output platform
  platform="$(this_platform)"
  output="$(mktemp)"
  for id in AgentGym AgentGym.Benchmarks AgentGym.TestAdapter; do
    if ! dotnet pack "$root/src/$id/$id.csproj" -c Release -o "$feed" -p:PackageVersion="$version" \
      -p:AgentGymReadyToRunRuntimes="$platform" >"$output" 2>&1; then
      cat "$output" >&2
      rm -f "$output"
      echo "packing $id of $root failed; its output is above." >&2
      return 1
    fi
  done
  rm -f "$output"
}

# package_properties VERSION FEED: the build properties that make a suite use the packages of VERSION in FEED.
package_properties() {
  echo "-p:AgentGymPackageVersion=$1 -p:RestoreAdditionalProjectSources=$2"
}

# remove_packed VERSION...: removes those versions of the packages from the global packages folder.
remove_packed() {
  local global version id
  global="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: *//')"
  for version in "$@"; do
    [[ -n "$version" ]] || continue
    for id in agentgym agentgym.benchmarks agentgym.testadapter; do
      rm -rf "${global:?}/$id/$version"
    done
  done
}
