#!/usr/bin/env bash
# The API changes of specs/ between a git revision and the work tree, as
# `sdkgen diff` reports them. The revision's pages are read with `git archive`
# into .build/api-diff-base/<revision>/ (the work tree is never touched), so
# the report's paths say which side a page is from.
#
# Usage: scripts/api-diff.sh SDKGEN [BASE] [extra sdkgen diff options...]
#   BASE defaults to HEAD; FORMAT (text, markdown, json, github) to text.
set -euo pipefail

sdkgen="$1"
base="${2:-HEAD}"
shift 2 || shift $#
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

if ! git rev-parse --verify --quiet "$base^{commit}" > /dev/null; then
    echo "api-diff: '$base' is not a commit of this repository; set BASE to a branch, tag or commit" >&2
    exit 2
fi
folder=".build/api-diff-base/$(printf '%s' "$base" | tr -c 'A-Za-z0-9._-' '_')"
rm -rf "$folder"
mkdir -p "$folder/specs"
# A revision without specs/ has no pages: everything in the work tree is new.
if git cat-file -e "$base:specs" 2> /dev/null; then
    git archive "$base" specs | tar -x -C "$folder"
fi
exec "$sdkgen" diff "$folder/specs" specs --format "${FORMAT:-text}" "$@"
