#!/usr/bin/env bash
# Generates the pages under SPECS_DIR... as a standalone SDK package (`sdkgen
# generate --package`, as `make sdk` does) that depends on this repository's
# runtime by path, then builds it: every service module, every command module
# and the jdcloud executable. Fails when the build reports an error; prints
# how long it took and how many warnings the generated code has
# (WARNINGS_AS_ERRORS=1 fails on those too).
#
# Usage: scripts/compile-check.sh SPECS_DIR...
# The package lives in .build-compile-check/package and builds into
# .build-compile-check/scratch, so that repeated runs reuse the compiled
# runtime; the generator deletes the files of services a run no longer has.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 SPECS_DIR..." >&2
    exit 2
fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$repo/.build-compile-check"
package="$work/package"
scratch="$work/scratch"

echo "compile-check: building sdkgen" >&2
swift build --package-path "$repo" --product sdkgen >&2
sdkgen="$(swift build --package-path "$repo" --show-bin-path)/sdkgen"

mkdir -p "$package"
specs_args=()
for specs in "$@"; do
    specs_args+=(--specs "$(cd "$specs" && pwd)")
done
echo "compile-check: generating $*" >&2
generate_status=0
"$sdkgen" generate "${specs_args[@]}" --package "$package" --package-name CompileCheck --runtime-path "$repo" \
    --source-root / 2> "$work/generate.log" || generate_status=$?
tail -n 1 "$work/generate.log" >&2
if [ "$generate_status" -ne 0 ]; then
    echo "compile-check: sdkgen reported errors in the pages (exit $generate_status, see $work/generate.log); compiling what it wrote" >&2
fi
modules=$(find "$package/Sources" -mindepth 1 -maxdepth 1 -type d | wc -l | tr -d ' ')

echo "compile-check: building $modules module(s) of $package" >&2
start=$(date +%s)
build_status=0
swift build --package-path "$package" --scratch-path "$scratch" -j 2 > "$work/build.log" 2>&1 || build_status=$?
end=$(date +%s)

errors=$({ grep -E ": error:" "$work/build.log" || true; } | sort -u | wc -l | tr -d ' ')
warnings=$({ grep -E "^$package/.*: warning:" "$work/build.log" || true; } | sort -u | wc -l | tr -d ' ')
echo "compile-check: build took $((end - start))s; $errors errors, $warnings warnings in generated code" >&2
if [ "$build_status" -ne 0 ]; then
    grep -E ": error:" "$work/build.log" | sort -u | head -50 >&2 || tail -n 50 "$work/build.log" >&2
    echo "compile-check: FAILED (full log: $work/build.log)" >&2
    exit 1
fi
if [ "$warnings" -ne 0 ]; then
    grep -E "^$package/.*: warning:" "$work/build.log" | sort -u | head -50 >&2
    if [ "${WARNINGS_AS_ERRORS:-0}" = "1" ]; then
        echo "compile-check: FAILED on warnings" >&2
        exit 1
    fi
fi
echo "compile-check: OK" >&2
