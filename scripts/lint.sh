#!/usr/bin/env bash
# `make lint`: swift-format lint, with the committed .swift-format, of Sources/
# and of what the generator writes: Generated/ and a package generated from
# specs/, the emitter's fixtures and (when it is there) ../shared/corpus.
# Fails on any finding.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
swift build --product sdkgen >&2
sdkgen="$(swift build --show-bin-path)/sdkgen"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pages=(--specs specs --specs Tests/SwiftEmitterTests/Fixtures)
[ -d ../shared/corpus ] && pages+=(--specs ../shared/corpus)
"$sdkgen" generate "${pages[@]}" --package "$work/package" --runtime-path . > /dev/null 2>&1 || true
cp .swift-format "$work/package/"
command -v swift-format > /dev/null || { echo "lint: swift-format is not on PATH (it comes with the Swift toolchain)" >&2; exit 1; }
findings=$({ swift-format lint -r Sources Fuzz Generated "$work/package" 2>&1 || true; } | grep -cE "warning:|error:" || true)
if [ "$findings" -ne 0 ]; then
    swift-format lint -r Sources Fuzz Generated "$work/package" 2>&1 | head -50 >&2
    echo "lint: swift-format reports $findings findings" >&2
    exit 1
fi
echo "lint: swift-format reports nothing in Sources/, Fuzz/, Generated/ and $(find "$work/package/Sources" -name '*.swift' | wc -l | tr -d ' ') generated files" >&2
