#!/usr/bin/env bash
# Runs every libFuzzer target (fuzz/) for SECONDS seconds each (default 60)
# under AddressSanitizer and UndefinedBehaviorSanitizer, starting from the
# seeds in fuzz/corpus/<target>, the regressions in fuzz/regressions/<target>
# and the repository's own fixtures and reference data. Builds with clang in
# ${BUILD_DIR:-build-asan} (shared with scripts/sanitize.sh). New inputs go to
# BUILD_DIR/fuzz-corpus/<target>, crashes to BUILD_DIR/fuzz-crashes/; any
# crash fails the run. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
build="${BUILD_DIR:-build-asan}"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(utf8 front_matter document time_tagger suppressions ledger config reference yaml_guard)
fi
if [ -z "${SKIP_BUILD:-}" ]; then
  # The same build as scripts/sanitize.sh (-O1, line tables only).
  CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" -DCMAKE_C_FLAGS_DEBUG="-O1 -gline-tables-only" \
    -DFACTCHECK_FUZZ=ON -DFACTCHECK_BUILD_BENCHMARKS=OFF >/dev/null
  cmake --build "$build" -j"${JOBS:-2}" --target $(printf '%s_fuzz ' "${targets[@]}")
fi
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

# Extra seeds: the files of the repository that each parser reads for real.
seeds_for() {
  case "$1" in
    utf8 | front_matter | document | time_tagger | suppressions) echo tests/fixtures ;;
    config) echo config examples ;;
    reference) echo config/reference tests/fixtures/recency ;;
    ledger | yaml_guard) echo config/reference ;;
  esac
}

mkdir -p "$build/fuzz-crashes"
failed=0
for target in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$target"
  mkdir -p "$corpus"
  dirs=("$corpus" "fuzz/corpus/$target")
  [ -d "fuzz/regressions/$target" ] && dirs+=("fuzz/regressions/$target")
  for extra in $(seeds_for "$target"); do [ -d "$extra" ] && dirs+=("$extra"); done
  log="$build/fuzz-$target.log"
  if "$build/bin/${target}_fuzz" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/fuzz-crashes/$target-" \
      "${dirs[@]}" >"$log" 2>&1; then
    status=ok
  else
    status=CRASH
    failed=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  echo "$target: $status, ${runs:-?} executions in ${seconds}s (log: $log)"
  if [ "$status" = CRASH ]; then grep -m5 -E "ERROR|SUMMARY|runtime error" "$log" || true; fi
done
exit "$failed"
