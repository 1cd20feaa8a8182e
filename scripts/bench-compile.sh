#!/usr/bin/env bash
# What users pay on every clean build of the generated SDK: generates the SDK
# package of CORPUS (default ../shared/corpus) in a scratch folder, builds it
# once in debug with 2 jobs (the runtime and every dependency first), then
# times an incremental rebuild of each generated target alone, its sources
# touched: the SDK modules, and apart from them the command modules.
# Prints the median of RUNS (3) rebuilds, seconds per 100 operations, and the
# object size of the compiled modules. A benchmark, not a test.
#
# Usage: scripts/bench-compile.sh [CORPUS]
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
. "$repo/scripts/timing.sh"
corpus="${1:-$repo/../shared/corpus}"
runs="${RUNS:-3}"
work="$repo/.build-bench-compile"
package="$work/package"
scratch="$work/scratch"

if [ ! -d "$corpus" ]; then
    echo "bench-compile: no pages at $corpus" >&2
    exit 1
fi
swift build --package-path "$repo" --product sdkgen >&2
sdkgen="$(swift build --package-path "$repo" --show-bin-path)/sdkgen"
mkdir -p "$work"
"$sdkgen" generate --specs "$corpus" --package "$package" --package-name BenchSDK --runtime-path "$repo" --source-root / \
    2> "$work/generate.log" > /dev/null || true
tail -n 1 "$work/generate.log" >&2
echo "bench-compile: first build (runtime, dependencies and the SDK)" >&2
swift build --package-path "$package" --scratch-path "$scratch" -j 2 > "$work/build.log" 2>&1 \
    || { tail -n 30 "$work/build.log" >&2; exit 1; }
bin="$(swift build --package-path "$package" --scratch-path "$scratch" --show-bin-path)"

operations=$(grep -o '^sdkgen: [0-9]*' "$work/generate.log" | grep -o '[0-9]*$' || true)
if [ -z "$operations" ] || [ "$operations" -eq 0 ]; then
    echo "bench-compile: nothing was generated from $corpus (see $work/generate.log)" >&2
    exit 1
fi
sdk_modules=()
command_modules=()
for folder in "$package"/Sources/*/; do
    name=$(basename "$folder")
    case "$name" in
        jdcloud) ;;
        *Commands) command_modules+=("$name") ;;
        *) sdk_modules+=("$name") ;;
    esac
done

# rebuild_seconds MODULE: touches the module's sources and times `swift build --target MODULE`.
rebuild_seconds() {
    find "$package/Sources/$1" -name '*.swift' -exec touch {} +
    seconds_of swift build --package-path "$package" --scratch-path "$scratch" -j 2 --target "$1"
}

# total_seconds MODULE...: the sum over the modules of each one's median rebuild.
total_seconds() {
    local total=0 module times
    for module in "$@"; do
        times=""
        for _ in $(seq "$runs"); do times+="$(rebuild_seconds "$module")"$'\n'; done
        total=$(awk -v a="$total" -v b="$(printf '%s' "$times" | median)" 'BEGIN { printf "%.3f", a + b }')
    done
    echo "$total"
}

object_kb() {
    local total=0 module
    for module in "$@"; do
        total=$((total + $(find "$bin/$module.build" -name '*.o' -exec stat -c %s {} + | awk '{ s += $1 } END { print s + 0 }')))
    done
    echo $((total / 1024))
}

echo "bench-compile: rebuilding ${#sdk_modules[@]} SDK and ${#command_modules[@]} command modules, $runs times each" >&2
sdk=$(total_seconds "${sdk_modules[@]}")
commands=$(total_seconds "${command_modules[@]}")
per100() { awk -v s="$1" -v n="$operations" 'BEGIN { printf "%.2f", s * 100 / n }'; }

echo
echo "generated SDK of $corpus: $operations operations in ${#sdk_modules[@]} services (debug, -j 2, median of $runs incremental rebuilds per target)"
printf '%-22s %10s %18s %14s\n' "" "seconds" "s / 100 operations" "object KiB"
printf '%-22s %10s %18s %14s\n' "SDK modules" "$sdk" "$(per100 "$sdk")" "$(object_kb "${sdk_modules[@]}")"
printf '%-22s %10s %18s %14s\n' "command modules" "$commands" "$(per100 "$commands")" "$(object_kb "${command_modules[@]}")"

# The same operations through swift-openapi-generator, side by side (OPENAPI=0 skips it).
if [ "${OPENAPI:-1}" = "1" ]; then
    "$repo/scripts/bench-compile-race.sh" "$sdkgen" "$package" "$corpus" "$work"
fi
