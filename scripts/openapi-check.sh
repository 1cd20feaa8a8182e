#!/usr/bin/env bash
# `make openapi-check`: exports ../shared/corpus (and specs/) with `sdkgen
# openapi` and validates every document with openapi-spec-validator (PyPI,
# installed here when missing).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
corpus="${1:-../shared/corpus}"
if ! python3 -c "import openapi_spec_validator" 2>/dev/null; then
    echo "openapi-check: installing openapi-spec-validator" >&2
    # Where the system Python is externally managed (PEP 668), into a virtual environment of the build's.
    if ! python3 -m pip install --quiet "openapi-spec-validator==0.9.0" >&2; then
        python3 -m venv .build/openapi-venv >&2
        .build/openapi-venv/bin/pip install --quiet "openapi-spec-validator==0.9.0" >&2
    fi
fi
python=python3
if ! python3 -c "import openapi_spec_validator" 2>/dev/null && [ -x .build/openapi-venv/bin/python ]; then
    python=.build/openapi-venv/bin/python
fi
swift build --product sdkgen >&2
sdkgen="$(swift build --show-bin-path)/sdkgen"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pages=(--specs specs)
[ -d "$corpus" ] && pages+=(--specs "$corpus")
mkdir -p "$work/documents"
"$sdkgen" openapi "${pages[@]}" --output "$work/documents" 2> "$work/sdkgen.log" || { cat "$work/sdkgen.log" >&2; exit 1; }
tail -n 1 "$work/sdkgen.log" >&2
"$python" - "$work/documents" <<'PY'
import json, os, sys
from openapi_spec_validator import validate
folder = sys.argv[1]
names = sorted(n for n in os.listdir(folder) if n.endswith(".openapi.json"))
failed = 0
for name in names:
    with open(os.path.join(folder, name)) as file:
        document = json.load(file)
    try:
        validate(document)
    except Exception as error:
        failed += 1
        print(f"openapi-check: {name}: {str(error).splitlines()[0]}", file=sys.stderr)
print(f"openapi-check: {len(names) - failed} of {len(names)} documents valid OpenAPI 3.1 (openapi-spec-validator)", file=sys.stderr)
sys.exit(1 if failed or not names else 0)
PY
