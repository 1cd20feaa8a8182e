#!/usr/bin/env bash
# Fuzzes the page reader: libFuzzer feeds bytes through DocParser, the IR's
# JSON writer, the planner and every template, in memory (Fuzz/PageFuzzer).
# Seeds are the pages of CORPUS, the emitter's fixtures and specs/; what the
# fuzzer learns stays in .build-fuzz/corpus between runs.
#
# Usage: scripts/fuzz.sh [SECONDS] [CORPUS]   (default 600 s, ../shared/corpus)
# Exit 0 when nothing was found; 1 with the saved input's path otherwise.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-600}"
corpus="${2:-$repo/../shared/corpus}"
scratch="$repo/.build-fuzz"
cd "$repo"

echo "fuzz: building Fuzz/PageFuzzer with -sanitize=fuzzer,address (release, $scratch)" >&2
# ld.gold warns once per ASan assembly symbol it cannot export; the warnings say nothing about our code.
swift build -c release --scratch-path "$scratch" --product PageFuzzer \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | grep -v "Cannot export local symbol" >&2
fuzzer="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/PageFuzzer"

mkdir -p "$scratch/corpus" "$scratch/findings"
seeds=("$repo/Tests/SwiftEmitterTests/Fixtures" "$repo/specs" "$repo/Tests/FuzzFindings")
[ -d "$corpus" ] && seeds+=("$corpus")
log="$scratch/fuzz.log"
echo "fuzz: running for $seconds s; log in $log" >&2
status=0
# -detect_leaks=0: the Swift runtime's metadata caches look like leaks to LeakSanitizer,
# and the check ran on every input, slowing the fuzzer fifty-fold.
"$fuzzer" "$scratch/corpus" "${seeds[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 -detect_leaks=0 \
    -print_final_stats=1 -artifact_prefix="$scratch/findings/" > "$log" 2>&1 || status=$?
grep -E "^#[0-9]+ +(INITED|DONE)|^Done |stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb" "$log" >&2 || true
if [ "$status" -ne 0 ]; then
    grep -E "ERROR|SUMMARY|Test unit written" "$log" >&2 || tail -n 30 "$log" >&2
    echo "fuzz: found a crash or hang (see $log). Copy the input into Tests/FuzzFindings/ with a name that says what it is;" >&2
    echo "      the FuzzFindings test replays every file there. Replay one with: swift run PageFuzzer FILE" >&2
    exit 1
fi
echo "fuzz: no crash or hang in $seconds s" >&2
