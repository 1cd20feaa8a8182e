#!/usr/bin/env python3
"""Checks that `sdkgen diff` tells the truth about the Swift it describes.

For every pair of page sets (the fixture pairs of Tests/APIDiffTests/Fixtures,
and with --history consecutive dates of ../shared/history, per service), it
generates the SDK from OLD and from NEW, type-checks each module with swiftc,
dumps its API with `swift-api-digester -dump-sdk` and compares the two dumps
with `-diagnose-sdk`. The digester's source-level findings must be non-empty
exactly when the report has a breaking change that the Swift declarations
show. Two kinds are breaking on the wire only: `operation-moved` and
`parameter-moved` (apps built against OLD call an address, or send a value
where, the service no longer serves it), while the regenerated declarations
stay the same; for pairs with only those, the digester must find nothing.

An initializer that gains a defaulted argument is source compatible, though
the digester reports the old one as removed: such findings are dropped.

Usage: scripts/api-digester-check.py SDKGEN MODULES [--history DIR]
  SDKGEN   the sdkgen binary;  MODULES  the build's Modules folder (JDCloudCore.swiftmodule)
"""
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

WIRE_ONLY = {"operation-moved", "parameter-moved"}
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(arguments, **options):
    return subprocess.run(arguments, capture_output=True, text=True, **options)


def report(sdkgen, old, new):
    outcome = run([sdkgen, "diff", old, new, "--format", "json"])
    if outcome.returncode != 0:
        sys.exit(f"sdkgen diff {old} {new} failed: {outcome.stderr}")
    return json.loads(outcome.stdout)


def modules(sdkgen, pages, out):
    """Generates the SDK of `pages` into `out`; returns {module: folder}."""
    outcome = run([sdkgen, "generate", "--specs", pages, "--output", out])
    if outcome.returncode not in (0, 1):
        sys.exit(f"sdkgen generate {pages} failed: {outcome.stderr}")
    # The SDK modules; the command modules are the command line's, and import their SDK module.
    return {name: os.path.join(out, name) for name in sorted(os.listdir(out))
            if not name.startswith(".") and not name.endswith("Commands")}


def dump(module, folder, runtime, work):
    """Type-checks the module and dumps its API; returns the dump's path."""
    sources = [os.path.join(root, file) for root, _, files in os.walk(folder) for file in files if file.endswith(".swift")]
    built = os.path.join(work, "modules")
    os.makedirs(built, exist_ok=True)
    outcome = run(["swiftc", "-emit-module", "-parse-as-library", "-module-name", module, "-I", runtime,
                   "-emit-module-path", os.path.join(built, module + ".swiftmodule")] + sorted(sources))
    if outcome.returncode != 0:
        sys.exit(f"{folder} does not compile:\n{outcome.stderr[-3000:]}")
    path = os.path.join(work, module + ".json")
    outcome = run(["swift-api-digester", "-dump-sdk", "-module", module, "-I", built, "-I", runtime, "-o", path])
    if outcome.returncode != 0:
        sys.exit(f"swift-api-digester -dump-sdk {module} failed: {outcome.stderr}")
    return path


def constructors(dump_path):
    """{type name: [(labels, [(type, has default)])]} of a dump."""
    result = {}
    with open(dump_path) as file:
        root = json.load(file)["ABIRoot"]
    for declaration in root.get("children", []):
        for child in declaration.get("children", []):
            if child.get("kind") != "Constructor":
                continue
            labels = re.match(r"init\((.*)\)", child["printedName"]).group(1).split(":")[:-1]
            parameters = [(p.get("printedName"), bool(p.get("hasDefaultArg"))) for p in child.get("children", [])[1:]]
            result.setdefault(declaration["name"], []).append((labels, parameters))
    return result


def only_gained_defaults(old_init, new_inits):
    """Whether some new initializer takes the old one's arguments, in order and of the same types, plus defaulted ones."""
    old_labels, old_parameters = old_init
    for new_labels, new_parameters in new_inits:
        position = 0
        matched = True
        for label, (kind, defaulted) in zip(new_labels, new_parameters):
            if position < len(old_labels) and label == old_labels[position] and kind == old_parameters[position][0]:
                position += 1
            elif not defaulted:
                matched = False
                break
        if matched and position == len(old_labels):
            return True
    return False


DUMPS = {}


def build(sdkgen, pages, runtime, work):
    """{module: dump path} of the SDK of `pages`."""
    folder = tempfile.mkdtemp(prefix="sdk", dir=work)
    generated = modules(sdkgen, pages, os.path.join(folder, "generated"))
    return {module: dump(module, path, runtime, folder) for module, path in generated.items()}


def dumps(sdkgen, pages, runtime, work):
    """{module: dump path} of the SDK of `pages`; each page set is built once
    (consecutive dates of the history share one side)."""
    key = os.path.abspath(pages)
    if key not in DUMPS:
        DUMPS[key] = build(sdkgen, pages, runtime, work)
    return DUMPS[key]


def findings(sdkgen, old, new, runtime, work):
    """The digester's source-level findings between the SDKs of `old` and `new`."""
    before = dumps(sdkgen, old, runtime, work)
    after = dumps(sdkgen, new, runtime, work)
    result = []
    for module in sorted(set(before) | set(after)):
        if module not in after:
            result.append(f"module {module} removed")
            continue
        if module not in before:
            continue
        old_dump, new_dump = before[module], after[module]
        outcome = run(["swift-api-digester", "-diagnose-sdk", "--input-paths", old_dump, "--input-paths", new_dump])
        if outcome.returncode != 0:
            sys.exit(f"swift-api-digester -diagnose-sdk {module} failed: {outcome.stderr[-2000:]}")
        old_inits, new_inits = constructors(old_dump), constructors(new_dump)
        for line in (outcome.stdout + outcome.stderr).splitlines():
            line = line.strip()
            if not line or line.startswith("/*"):
                continue
            removed = re.match(r"Constructor (\w+)\.init\((.*)\) has been removed", line)
            if removed:
                type_name, labels = removed.group(1), removed.group(2).split(":")[:-1]
                old_init = next((i for i in old_inits.get(type_name, []) if i[0] == labels), None)
                if old_init and only_gained_defaults(old_init, new_inits.get(type_name, [])):
                    continue
            result.append(f"{module}: {line}")
    return result


def pairs(history):
    fixtures = os.path.join(REPO, "Tests/APIDiffTests/Fixtures")
    for name in sorted(os.listdir(fixtures)):
        yield name, os.path.join(fixtures, name, "old"), os.path.join(fixtures, name, "new")
    if history:
        dates = sorted(d for d in os.listdir(history) if os.path.isdir(os.path.join(history, d)))
        for old, new in zip(dates, dates[1:]):
            services = sorted(set(os.listdir(os.path.join(history, old))) & set(os.listdir(os.path.join(history, new))))
            for service in services:
                yield f"{service} {old} -> {new}", os.path.join(history, old, service), os.path.join(history, new, service)


def main():
    work = tempfile.mkdtemp(prefix="api-digester-check-")
    try:
        check(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def check(work):
    arguments = sys.argv[1:]
    history = None
    if "--history" in arguments:
        index = arguments.index("--history")
        history = arguments[index + 1]
        del arguments[index:index + 2]
    sdkgen, runtime = arguments
    failures = 0
    every = list(pairs(history))
    # Each page set is generated, type-checked and dumped once, two at a time (CI has two cores).
    sides = sorted({os.path.abspath(side) for _, old, new in every for side in (old, new)})
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        built = dict(zip(sides, pool.map(lambda side: build(sdkgen, side, runtime, work), sides)))
    DUMPS.update(built)
    for name, old, new in every:
        changes = report(sdkgen, old, new)["changes"]
        breaking = [c["kind"] for c in changes if c["severity"] == "breaking"]
        source_breaking = [k for k in breaking if k not in WIRE_ONLY]
        found = findings(sdkgen, old, new, runtime, work)
        agrees = bool(found) == bool(source_breaking)
        failures += not agrees
        verdict = "ok  " if agrees else "FAIL"
        print(f"{verdict} {name}: report {len(breaking)} breaking ({len(breaking) - len(source_breaking)} on the wire only), "
              f"{len(changes) - len(breaking)} compatible; digester {len(found)} findings", flush=True)
        if not agrees:
            for finding in found[:20]:
                print(f"       digester: {finding}")
            for change in changes:
                if change["severity"] == "breaking":
                    print(f"       report: {change['kind']} {change['operation']} {change['subject']}")
    if failures:
        sys.exit(f"api-digester-check: {failures} pair(s) where the report and the digester disagree")
    print("api-digester-check: the report and swift-api-digester agree on every pair")


if __name__ == "__main__":
    main()
