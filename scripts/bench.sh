#!/usr/bin/env bash
# Benchmarks the generator against the floor for reading the same pages:
# Debian's `cmark` rendering every page to HTML in one process.
# Prints the median wall time of each command over RUNS runs, their ratio,
# and peak memory. A benchmark, not a test: it never fails on a slow machine.
#
# Usage: scripts/bench.sh [CORPUS]   (default ../shared/corpus; RUNS=9)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$repo/../shared/corpus}"
runs="${RUNS:-9}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -d "$corpus" ]; then
    echo "bench: no corpus at $corpus" >&2
    exit 1
fi
if ! command -v cmark >/dev/null; then
    echo "bench: the cmark command is missing; install it with: apt-get install cmark" >&2
    exit 1
fi

# Release mode with the Swift runtime linked in, as a shipped command-line tool
# is built: loading the shared Swift and Foundation libraries alone costs
# about 8 ms a run, a sixth of the floor.
echo "bench: building sdkgen in release mode (static Swift runtime)" >&2
swift build -c release --static-swift-stdlib --product sdkgen --package-path "$repo" >&2
sdkgen="$(swift build -c release --static-swift-stdlib --package-path "$repo" --show-bin-path)/sdkgen"

find "$corpus" -name '*.md' -type f | LC_ALL=C sort > "$work/files"
pages=$(wc -l < "$work/files")
bytes=$(xargs cat < "$work/files" | wc -c)

# median_ms RUNS COMMAND...: the median wall time in milliseconds.
median_ms() {
    local n=$1; shift
    local times=()
    for _ in $(seq "$n"); do
        local start end
        start=$(date +%s%N)
        "$@" > /dev/null 2>&1 || true
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] / 1000 }'
}

# peak_kb COMMAND...: the peak resident memory in KiB.
peak_kb() {
    /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1
}

cmark_all() { xargs cmark < "$work/files"; }
# A fresh generation per run, each into a new folder beside the build (as
# Generated/ would be). Outside the timing, `sync` first writes the previous
# run's files to disk, so each run starts from a quiet disk, as a developer's
# `make generate` does. The folders are removed only after the last run: this
# disk is mounted with online discard, and removing hundreds of files right
# before a run made that run wait seconds for the journal, timing the disk's
# clean-up rather than the generator.
fresh_ms() {
    local base=$1 times=()
    mkdir -p "$base"
    for _ in $(seq "$runs"); do
        local out start end
        out=$(mktemp -d "$base/gen.XXXXXX")
        sync
        start=$(date +%s%N)
        "$sdkgen" generate --specs "$corpus" --output "$out" > /dev/null 2>&1 || true
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000 )))
    done
    rm -rf "$base"
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] / 1000 }'
}

floor=$(median_ms "$runs" cmark_all)
ir=$(median_ms "$runs" "$sdkgen" ir "$corpus")
generate=$(fresh_ms "$repo/.build/bench")
# The same into memory, where no disk is involved, when the machine has a tmpfs.
memory=""
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    memory=$(fresh_ms "$(mktemp -d /dev/shm/sdkgen-bench.XXXXXX)")
fi
"$sdkgen" generate --specs "$corpus" --output "$work/out" >/dev/null 2>&1 || true
# The output now exists: a second generation must write nothing.
unchanged=$(median_ms "$runs" "$sdkgen" generate --specs "$corpus" --output "$work/out")
second=$("$sdkgen" generate --specs "$corpus" --output "$work/out" 2>&1 >/dev/null | tail -n 1 || true)
ir_peak=$(peak_kb "$sdkgen" ir "$corpus")
cmark_peak=$(peak_kb xargs cmark < "$work/files")
ir_bytes=$("$sdkgen" ir "$corpus" 2>/dev/null | wc -c)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo
echo "corpus: $pages pages, $bytes bytes ($corpus), median of $runs runs"
printf '%-44s %10s %8s\n' "command" "ms" "x floor"
printf '%-44s %10s %8s\n' "cmark (all pages to HTML, one process)" "$floor" "1.00"
printf '%-44s %10s %8s   target <= 2.0\n' "sdkgen ir" "$ir" "$(ratio "$ir" "$floor")"
printf '%-44s %10s %8s   target <= 2.5\n' "sdkgen generate (into an empty folder)" "$generate" "$(ratio "$generate" "$floor")"
if [ -n "$memory" ]; then
    printf '%-44s %10s %8s\n' "sdkgen generate (into an empty tmpfs folder)" "$memory" "$(ratio "$memory" "$floor")"
fi
printf '%-44s %10s %8s\n' "sdkgen generate (nothing changed)" "$unchanged" "$(ratio "$unchanged" "$floor")"
echo "no-change regeneration: $second"
echo "peak memory: sdkgen ir ${ir_peak} KiB for ${ir_bytes} bytes of IR JSON; cmark ${cmark_peak} KiB"
