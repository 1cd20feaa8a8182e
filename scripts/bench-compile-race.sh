#!/usr/bin/env bash
# The compile-time race: for each service of CORPUS, our generated SDK module
# against the types and client swift-openapi-generator makes from the OpenAPI
# document `sdkgen openapi` exports for the same operations. Both sit in one
# scratch package, built once in debug with 2 jobs; then each target alone is
# rebuilt incrementally, its sources touched (for swift-openapi-generator's
# target, the Swift files its plugin wrote, so that generation is not timed),
# RUNS (3) times, the two alternating. Prints the medians and the ratio per
# service. A benchmark, not a test. Called by scripts/bench-compile.sh.
#
# Usage: scripts/bench-compile-race.sh SDKGEN SDK_PACKAGE CORPUS WORK
set -euo pipefail

sdkgen="$1"
sdk="$2"
corpus="$3"
work="$4"
runs="${RUNS:-3}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
. "$repo/scripts/timing.sh"
race="$work/race"
scratch="$work/race-scratch"

mkdir -p "$race/Sources" "$work/openapi"
"$sdkgen" openapi --specs "$corpus" --output "$work/openapi" --source-root / > /dev/null 2>&1 || true

services=()
for document in "$work/openapi"/*.openapi.json; do
    service=$(basename "$document" .openapi.json)
    module=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['info']['x-jdcloud-service'])" "$document")
    ours=$(ls "$sdk/Sources" | grep -ix "JDCloud$(echo "$module" | tr -d '-' )" || true)
    [ -n "$ours" ] || continue
    services+=("$service:$ours")
    theirs="OpenAPI$ours"
    mkdir -p "$race/Sources/$theirs"
    cp "$document" "$race/Sources/$theirs/openapi.json"
    printf 'generate:\n  - types\n  - client\naccessModifier: public\n' > "$race/Sources/$theirs/openapi-generator-config.yaml"
    echo "// swift-openapi-generator's plugin writes this module's code from openapi.json." > "$race/Sources/$theirs/Module.swift"
    rm -rf "$race/Sources/$ours"
    ln -s "$sdk/Sources/$ours" "$race/Sources/$ours"
done

{
    echo '// swift-tools-version: 6.0'
    echo 'import PackageDescription'
    echo 'let package = Package('
    echo '    name: "CompileRace",'
    echo '    platforms: [.macOS(.v13)],'
    echo '    dependencies: ['
    echo "        .package(name: \"JDCloudSDKGen\", path: \"$repo\"),"
    echo '        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),'
    echo '        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),'
    echo '    ],'
    echo '    targets: ['
    for entry in "${services[@]}"; do
        ours="${entry#*:}"
        echo "        .target(name: \"$ours\", dependencies: [.product(name: \"JDCloudCore\", package: \"JDCloudSDKGen\")]),"
        echo "        .target(name: \"OpenAPI$ours\", dependencies: [.product(name: \"OpenAPIRuntime\", package: \"swift-openapi-runtime\")],"
        echo '            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]),'
    done
    echo '    ],'
    echo '    swiftLanguageModes: [.v6]'
    echo ')'
} > "$race/Package.swift"

echo "bench-compile: building the race package (${#services[@]} services, both generators)" >&2
swift build --package-path "$race" --scratch-path "$scratch" -j 2 > "$work/race-build.log" 2>&1 \
    || { tail -n 30 "$work/race-build.log" >&2; exit 1; }

plugin_sources() { find "$scratch/plugins/outputs" -path "*/$1/*" -name '*.swift' 2>/dev/null; }
time_target() { seconds_of swift build --package-path "$race" --scratch-path "$scratch" -j 2 --target "$1"; }

echo
echo "compile-time race, debug, -j 2, median of $runs incremental rebuilds of each target, alternating"
printf '%-16s %10s %12s %14s %8s\n' "service" "operations" "sdkgen s" "openapi-gen s" "ratio"
total_ours=0
total_theirs=0
for entry in "${services[@]}"; do
    service="${entry%%:*}"
    ours="${entry#*:}"
    operations=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(v) for v in d['paths'].values()))" "$work/openapi/$service.openapi.json")
    ours_times=""
    theirs_times=""
    for _ in $(seq "$runs"); do
        find "$sdk/Sources/$ours/" -name '*.swift' -exec touch {} +
        ours_times+="$(time_target "$ours")"$'\n'
        plugin_sources "OpenAPI$ours" | xargs -r touch
        theirs_times+="$(time_target "OpenAPI$ours")"$'\n'
    done
    a=$(printf '%s' "$ours_times" | median)
    b=$(printf '%s' "$theirs_times" | median)
    total_ours=$(awk -v x="$total_ours" -v y="$a" 'BEGIN { printf "%.3f", x + y }')
    total_theirs=$(awk -v x="$total_theirs" -v y="$b" 'BEGIN { printf "%.3f", x + y }')
    printf '%-16s %10s %12s %14s %8s\n' "$service" "$operations" "$a" "$b" "$(awk -v x="$a" -v y="$b" 'BEGIN { printf "%.2f", x / y }')"
done
printf '%-16s %10s %12s %14s %8s   target <= 0.25\n' "all" "" "$total_ours" "$total_theirs" \
    "$(awk -v x="$total_ours" -v y="$total_theirs" 'BEGIN { printf "%.2f", x / y }')"
