#!/usr/bin/env bash
# A new service is pages plus `make generate`: adds the pages of a service
# the SDK does not have (the emitter's regional-host fixture, service
# `monitor`) to specs/, regenerates, builds the jdcloud of Generated/ (through
# Integration/, as `make integration` does) and checks that
# `jdcloud monitor --help` lists the operation and that the new module has its
# library product, with no file edited by hand. specs/ and Generated/ are put
# back as they were, whatever happens. The build has a scratch folder of its
# own: SwiftPM may keep the plan of a package graph whose dependency lost a
# target, and Integration/'s next build would then look for the monitor
# sources this check removed.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
page="specs/monitor/putMetricData.md"
if [ -e "$page" ] || [ -d Generated/Sources/JDCloudMonitor ]; then
    echo "new-service-check: specs/ already has a monitor service; nothing to check" >&2
    exit 1
fi
restore() {
    rm -rf specs/monitor
    make --no-print-directory generate > /dev/null 2>&1 || echo "new-service-check: could not regenerate Generated/; run make generate" >&2
}
trap restore EXIT

mkdir -p specs/monitor
cp Tests/SwiftEmitterTests/Fixtures/regionalHost.md "$page"
make --no-print-directory generate >&2
grep -q '.library(name: "JDCloudMonitor", targets: \["JDCloudMonitor"\])' Generated/Package.swift \
    || { echo "new-service-check: Generated/Package.swift has no JDCloudMonitor product" >&2; exit 1; }
scratch=(--package-path Integration --scratch-path "$repo/.build/new-service-check")
swift build "${scratch[@]}" --product jdcloud >&2
jdcloud="$(swift build "${scratch[@]}" --show-bin-path)/jdcloud"
help=$("$jdcloud" monitor --help)
echo "$help" | grep -q "put-metric-data" \
    || { echo "new-service-check: 'jdcloud monitor --help' does not list put-metric-data:" >&2; echo "$help" >&2; exit 1; }
"$jdcloud" --help | grep -q "monitor" || { echo "new-service-check: 'jdcloud --help' does not list monitor" >&2; exit 1; }
echo "new-service-check: a monitor page and make generate gave JDCloudMonitor, its product and 'jdcloud monitor' with no hand edits" >&2
