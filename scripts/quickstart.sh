#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine and checks the bundled
# example article with the default configuration and reference data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
set +e
build/bin/factcheck check examples/scholz-macron-paris.md
code=$?
set -e
echo "(factcheck exited with $code: 0 nothing at or above fail_on, 1 findings at or above it, 2 errors)"
[ "$code" -le 1 ]
