#!/usr/bin/env bash
# Makes sure libcmark (the C library sdkgen parses pages with) is installed:
# installs it with apt when we are root, otherwise says how to install it.
set -euo pipefail

if pkg-config --exists libcmark 2>/dev/null; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "libcmark is missing; installing libcmark-dev and cmark with apt-get" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq libcmark-dev cmark pkg-config >/dev/null
    exit 0
fi
cat >&2 <<'MSG'
sdkgen needs libcmark, the CommonMark C library, and it is not installed.
Install it, then run make again:
  Debian/Ubuntu:  sudo apt-get install libcmark-dev cmark pkg-config
  macOS:          brew install cmark
MSG
exit 1
