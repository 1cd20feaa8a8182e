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

# elapsed_us COMMAND...: the wall time of one run in microseconds, output discarded.
elapsed_us() {
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(( (end - start) / 1000 ))
}

# median FILE: the median of the microsecond figures in FILE, in milliseconds.
median() {
    sort -n "$1" | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] / 1000 }'
}

# peak_kb COMMAND...: the peak resident memory in KiB.
peak_kb() {
    /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1
}

cmark_all() { xargs cmark < "$work/files"; }
generate_into() { "$sdkgen" generate --specs "$corpus" --output "$1"; }

# The commands take turns within each run, so that the machine's drift (this
# is a shared VM) moves the floor and the generator alike.
#
# Fresh generations go into new folders beside the build (as Generated/
# would be). Outside the timing, `sync` first writes the previous run's files
# to disk, so each run starts from a quiet disk, as a developer's `make
# generate` does. The folders are removed only after the last run: this disk
# is mounted with online discard, and removing hundreds of files right before
# a run made that run wait seconds for the journal, timing the disk's clean-up
# rather than the generator. `cp -r` of a generation's output, timed the same
# way, shows what creating these files costs this disk without the generator.
disk="$repo/.build/bench"
rm -rf "$disk"
mkdir -p "$disk"
memory=""
if [ -d /dev/shm ] && [ -w /dev/shm ]; then memory=$(mktemp -d /dev/shm/sdkgen-bench.XXXXXX); fi
for run in $(seq "$runs"); do
    elapsed_us cmark_all >> "$work/floor"
    elapsed_us "$sdkgen" ir "$corpus" >> "$work/ir"
    sync
    elapsed_us generate_into "$disk/gen.$run" >> "$work/generate"
    sync
    elapsed_us cp -r "$disk/gen.$run" "$disk/copy.$run" >> "$work/copy"
    if [ -n "$memory" ]; then
        # After the copy's writes are on disk, so that their flushing does not take a core.
        sync
        elapsed_us generate_into "$memory/gen.$run" >> "$work/memory"
    fi
done
rm -rf "$disk" ${memory:+"$memory"}
floor=$(median "$work/floor")
ir=$(median "$work/ir")
generate=$(median "$work/generate")
copy=$(median "$work/copy")

"$sdkgen" generate --specs "$corpus" --output "$work/out" >/dev/null 2>&1 || true
# The output now exists: a second generation must write nothing.
for _ in $(seq "$runs"); do elapsed_us generate_into "$work/out" >> "$work/unchanged"; done
unchanged=$(median "$work/unchanged")
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
printf '%-44s %10s %8s\n' "  cp -r of that output (the disk alone)" "$copy" "$(ratio "$copy" "$floor")"
if [ -n "$memory" ]; then
    in_memory=$(median "$work/memory")
    printf '%-44s %10s %8s   target <= 2.5\n' "sdkgen generate (into an empty tmpfs folder)" "$in_memory" "$(ratio "$in_memory" "$floor")"
fi
printf '%-44s %10s %8s\n' "sdkgen generate (nothing changed)" "$unchanged" "$(ratio "$unchanged" "$floor")"
echo "no-change regeneration: $second"
echo "peak memory: sdkgen ir ${ir_peak} KiB for ${ir_bytes} bytes of IR JSON; cmark ${cmark_peak} KiB"

# One very large page (a 120,000-row parameter table, about 5.6 MB): reading
# a page must stay linear in its size. cmark rendering the same page is the floor.
large_runs="${LARGE_RUNS:-5}"
python3 "$repo/scripts/large-page.py" "$work/large.md" 120000
for _ in $(seq "$large_runs"); do
    elapsed_us cmark "$work/large.md" >> "$work/large-floor"
    elapsed_us "$sdkgen" lint "$work/large.md" >> "$work/large-lint"
done
large_floor=$(median "$work/large-floor")
large_lint=$(median "$work/large-lint")
large_bytes=$(wc -c < "$work/large.md")
echo
echo "one page of $large_bytes bytes (a 120,000-row table), median of $large_runs runs"
printf '%-44s %10s %8s\n' "cmark (the page to HTML)" "$large_floor" "1.00"
printf '%-44s %10s %8s   target <= 3.0\n' "sdkgen lint" "$large_lint" "$(ratio "$large_lint" "$large_floor")"
echo "peak memory: sdkgen lint $(peak_kb "$sdkgen" lint "$work/large.md") KiB; cmark $(peak_kb cmark "$work/large.md") KiB"

# sdkgen diff over the first and last dates of the docs history against sdkgen
# ir over both trees: the diff reads both, then compares.
history="${HISTORY:-$repo/../shared/history}"
if [ -d "$history/cn-2018-09-19" ] && [ -d "$history/cn-2019-01-09" ]; then
    old="$history/cn-2018-09-19"
    new="$history/cn-2019-01-09"
    ir_both() { "$sdkgen" ir "$old" "$new"; }
    for _ in $(seq "$runs"); do
        elapsed_us ir_both >> "$work/history-ir"
        elapsed_us "$sdkgen" diff "$old" "$new" >> "$work/history-diff"
    done
    history_ir=$(median "$work/history-ir")
    history_diff=$(median "$work/history-diff")
    echo
    echo "docs history: cn-2018-09-19 against cn-2019-01-09, median of $runs runs"
    printf '%-44s %10s %8s\n' "sdkgen ir over both trees" "$history_ir" "1.00"
    printf '%-44s %10s %8s   target <= 2.2\n' "sdkgen diff" "$history_diff" "$(ratio "$history_diff" "$history_ir")"
else
    echo "bench: no docs history at $history; the diff benchmark is skipped" >&2
fi
