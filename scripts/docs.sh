#!/usr/bin/env bash
# `make docs`: DocC documentation of the runtime (JDCloudCore), the jdcloud
# front end (JDCloudCommandLine) and every service module of Generated/, as
# static HTML in .build/docs/<Module>/, with an index page. The modules come
# from the Integration package's build (which builds both packages); their
# symbol graphs are extracted with the toolchain's swift-symbolgraph-extract
# and converted with its docc. Fails when DocC warns about our sources or the
# generated code.
#
# Open it: python3 -m http.server --directory .build/docs 8000, then
# http://localhost:8000/ (DocC's pages load their data over HTTP, not from file://).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
out="$repo/.build/docs"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build --package-path Integration >&2
bin="$(swift build --package-path Integration --show-bin-path)"
triple="$(swiftc -print-target-info | python3 -c 'import json, sys; print(json.load(sys.stdin)["target"]["triple"])')"

modules=(JDCloudCore JDCloudCommandLine)
for folder in Generated/Sources/*/; do
    name="$(basename "$folder")"
    case "$name" in jdcloud|*Commands) ;; *) modules+=("$name") ;; esac
done

rm -rf "$out"
mkdir -p "$out"
warnings=0
for module in "${modules[@]}"; do
    mkdir -p "$work/$module"
    swift-symbolgraph-extract -module-name "$module" -target "$triple" -I "$bin/Modules" \
        -minimum-access-level public -output-dir "$work/$module"
    # Only the module's own graph: extensions of other modules' types would be documented twice.
    find "$work/$module" -name "$module@*.symbols.json" -delete
    lowered="$(printf '%s' "$module" | tr '[:upper:]' '[:lower:]')"
    docc convert --additional-symbol-graph-dir "$work/$module" \
        --fallback-display-name "$module" --fallback-bundle-identifier "com.jdcloud.$module" \
        --output-path "$out/$module" --transform-for-static-hosting --hosting-base-path "$module" \
        > "$work/$module.log" 2>&1 || { cat "$work/$module.log" >&2; echo "docs: docc convert failed for $module" >&2; exit 1; }
    count=$(grep -cE "^warning:" "$work/$module.log" || true)
    warnings=$((warnings + count))
    if [ "$count" -gt 0 ]; then cat "$work/$module.log" >&2; fi
    echo "docs: $module: $count warnings; .build/docs/$module/documentation/$lowered/index.html" >&2
    links+="<li><a href=\"$module/documentation/$lowered/\">$module</a></li>"
done
cat > "$out/index.html" <<HTML
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>JD Cloud Swift SDK</title></head>
<body><h1>JD Cloud Swift SDK</h1><ul>${links}</ul></body></html>
HTML
if [ "$warnings" -gt 0 ]; then
    echo "docs: DocC reported $warnings warnings" >&2
    exit 1
fi
echo "docs: .build/docs/index.html; serve it with: python3 -m http.server --directory .build/docs 8000" >&2
