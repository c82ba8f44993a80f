#!/usr/bin/env bash
# Builds the whole tree with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (LeakSanitizer included) and libFuzzer's
# instrumentation into build-asan/, and runs the whole test suite in it: any
# error, leak or undefined behaviour fails the run. scripts/fuzz.sh runs the
# fuzz targets from the same build. Usage: scripts/sanitize.sh [ctest args]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-build-asan}"
[ -n "${SKIP_DEPS:-}" ] || scripts/install-deps.sh
# -O1 with line tables only: the usual sanitizer build, about a third
# quicker to compile than -O2 -g, with file:line in every report.
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" -DCMAKE_C_FLAGS_DEBUG="-O1 -gline-tables-only" \
    -DFACTCHECK_FUZZ=ON -DFACTCHECK_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build" -j"${JOBS:-2}"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
ctest --test-dir "$build" --output-on-failure -j"${JOBS:-2}" "$@"
