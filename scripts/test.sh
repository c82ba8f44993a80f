#!/usr/bin/env bash
# Builds factcheck and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir build --output-on-failure -j"${JOBS:-2}"
