#!/usr/bin/env python3
"""Writes an API page whose request parameter table has ROWS rows (default
120,000, about 5.6 MB): the input `make bench` times `sdkgen lint` on to show
that reading a page is linear in its size.

Usage: scripts/large-page.py OUT.md [ROWS]
"""
import sys

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 120_000
with open(out, "w", encoding="utf-8") as page:
    page.write("# describeEverything\n\n## Description\nA page with one very large parameter table.\n\n")
    page.write("## Request method\nGET\n\n## Request address\n")
    page.write("https://vm.jdcloud-api.com/v1/regions/{regionId}/everything\n\n")
    page.write("|Name|Type|Required or not|Default value|Description|\n|---|---|---|---|---|\n")
    page.write("|**regionId**|String|True| |Region ID|\n\n")
    page.write("## Request parameter\n|Name|Type|Required or not|Default value|Description|\n|---|---|---|---|---|\n")
    for index in range(rows):
        page.write(f"|**param{index}**|String|False| |Parameter {index}|\n")
    page.write("\n## Response parameter\nNone\n\n## Response code\n|Return code|Description|\n|---|---|\n|**200**|OK|\n")
