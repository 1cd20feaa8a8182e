#!/usr/bin/env bash
# Generates the pages under SPECS_DIR... into a scratch Swift package that
# depends on this package's JDCloudCore (by path), then builds it.
# Fails when the build reports an error; prints how long it took and how many
# warnings the generated code has (WARNINGS_AS_ERRORS=1 fails on those too).
#
# Usage: scripts/compile-check.sh SPECS_DIR...
# The scratch package lives in .build-compile-check/ so that repeated runs
# reuse the compiled runtime; KEEP=1 leaves the generated sources there.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 SPECS_DIR..." >&2
    exit 2
fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$repo/.build-compile-check"
package="$work/package"
scratch="$work/scratch"
identity="$(basename "$repo" | tr '[:upper:]' '[:lower:]')"

echo "compile-check: building sdkgen" >&2
swift build --package-path "$repo" --product sdkgen >&2
sdkgen="$(swift build --package-path "$repo" --show-bin-path)/sdkgen"

rm -rf "$package"
mkdir -p "$package/Sources"
specs_args=()
for specs in "$@"; do
    specs_args+=(--specs "$(cd "$specs" && pwd)")
done
echo "compile-check: generating $*" >&2
generate_status=0
"$sdkgen" generate "${specs_args[@]}" --output "$package/Sources" --source-root / 2> "$work/generate.log" || generate_status=$?
tail -n 1 "$work/generate.log" >&2
if [ "$generate_status" -ne 0 ]; then
    echo "compile-check: sdkgen reported errors in the pages (exit $generate_status, see $work/generate.log); compiling what it wrote" >&2
fi

modules=()
for dir in "$package"/Sources/*/; do
    [ -d "$dir" ] && modules+=("$(basename "$dir")")
done
if [ "${#modules[@]}" -eq 0 ]; then
    echo "compile-check: nothing was generated" >&2
    exit 1
fi

{
    echo '// swift-tools-version: 6.0'
    echo 'import PackageDescription'
    echo ''
    echo 'let package = Package('
    echo '    name: "CompileCheck",'
    echo '    platforms: [.macOS(.v13)],'
    echo "    dependencies: [.package(path: \"$repo\")],"
    echo '    targets: ['
    for module in "${modules[@]}"; do
        # Prefixed: target names must not clash with this package's own (JDCloudVM).
        echo "        .target(name: \"Check$module\", dependencies: [.product(name: \"JDCloudCore\", package: \"$identity\")], path: \"Sources/$module\"),"
    done
    echo '    ],'
    echo '    swiftLanguageModes: [.v6]'
    echo ')'
} > "$package/Package.swift"

echo "compile-check: building ${#modules[@]} module(s): ${modules[*]}" >&2
start=$(date +%s)
build_status=0
(cd "$package" && swift build --scratch-path "$scratch" -j 2) > "$work/build.log" 2>&1 || build_status=$?
end=$(date +%s)

errors=$({ grep -E ": error:" "$work/build.log" || true; } | sort -u | wc -l | tr -d ' ')
warnings=$({ grep -E "^$package/Sources/.*: warning:" "$work/build.log" || true; } | sort -u | wc -l | tr -d ' ')
echo "compile-check: build took $((end - start))s; $errors errors, $warnings warnings in generated code" >&2
if [ "$build_status" -ne 0 ]; then
    grep -E ": error:" "$work/build.log" | sort -u | head -50 >&2 || tail -n 50 "$work/build.log" >&2
    echo "compile-check: FAILED (full log: $work/build.log)" >&2
    exit 1
fi
if [ "$warnings" -ne 0 ]; then
    grep -E "^$package/Sources/.*: warning:" "$work/build.log" | sort -u | head -50 >&2
    if [ "${WARNINGS_AS_ERRORS:-0}" = "1" ]; then
        echo "compile-check: FAILED on warnings" >&2
        exit 1
    fi
fi
echo "compile-check: OK" >&2
