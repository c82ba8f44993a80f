#!/usr/bin/env bash
# Builds factcheck and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
# Microsoft's SARIF Multitool validates the SARIF output (npm registry); the
# test that uses it is skipped when it cannot be installed.
if command -v npm >/dev/null 2>&1 && [ ! -x build/tools/node_modules/.bin/sarif-multitool ]; then
  npm install --silent --no-audit --no-fund --prefix build/tools @microsoft/sarif-multitool \
    >/dev/null 2>&1 || echo "note: SARIF Multitool not installed; its test will be skipped"
fi
# puppeteer-core drives Debian's Chromium in the live editor's browser test
# (its own browser download is skipped: it uses /usr/bin/chromium); the test
# is skipped when it cannot be installed.
if command -v npm >/dev/null 2>&1 && [ ! -d build/tools/node_modules/puppeteer-core ]; then
  PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-audit --no-fund --prefix build/tools \
    puppeteer-core >/dev/null 2>&1 || echo "note: puppeteer-core not installed; the editor's browser test will be skipped"
fi
# The Node example plugin's modules (pinned by its package-lock.json); its
# test is skipped when they cannot be installed.
if command -v npm >/dev/null 2>&1 && [ ! -d examples/plugins/node/node_modules/@grpc/grpc-js ]; then
  (cd examples/plugins/node && npm ci --ignore-scripts --silent --no-audit --no-fund) \
    >/dev/null 2>&1 || echo "note: npm modules of examples/plugins/node not installed; its test will be skipped"
fi
ctest --test-dir build --output-on-failure -j"${JOBS:-2}"
