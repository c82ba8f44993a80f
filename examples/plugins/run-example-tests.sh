#!/usr/bin/env bash
# End-to-end test of the example plugins: python/ and node/ out of process,
# cpp/ in process, built out of tree against an installed copy of factcheck.
# For each, `factcheck plugin test` checks the protocol's rules and the
# fixtures' inline expectations — through `command:` and through `endpoint:`
# for the out-of-process ones, through `library: /abs/path.so` for C++ — and
# `factcheck check --format json` keeps a report; `compare` then holds every
# report to the same findings. The lifecycle of a started plugin (handshake,
# stdin closed, SIGTERM, temporary folder removed) is checked directly.
#
#   examples/plugins/run-example-tests.sh [python] [node] [cpp]   (default: all, then compare)
#   examples/plugins/run-example-tests.sh compare
#
# FACTCHECK names the host (default build/bin/factcheck); FACTCHECK_BUILD_DIR
# the build tree cpp installs from (default: build); REPORTS the folder that
# keeps the JSON reports between runs (default: a temporary one); PYTHON an
# interpreter with Debian's python3-grpcio, python3-protobuf and
# python3-grpc-tools (default: python3, then /usr/bin/python3).
# Exit status: 0 passed; 1 failed; 77 skipped (nothing could run).
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
factcheck=${FACTCHECK:-$repo/build/bin/factcheck}
build_dir=${FACTCHECK_BUILD_DIR:-$repo/build}
work=$(mktemp -d "${TMPDIR:-/tmp}/factcheck-example-tests.XXXXXX")
reports=${REPORTS:-$work/reports}
mkdir -p "$reports"
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
failed=0
ran=0
skipped=()
fail() { echo "FAIL $*"; failed=1; }

if [ "${1:-}" = compare ]; then
  python3 "$here/example_tests.py" compare "$reports"/*.json
  exit $?
fi
languages=("$@")
[ ${#languages[@]} -gt 0 ] || languages=(python node cpp)

# Writes a configuration with the percentages plugin reached by $2 (a YAML
# line: command: [...], endpoint: ..., library: ...) and options $3.
write_config() {
  printf 'fail_on: never\nplugins:\n  - name: percentages\n    %s\n    options: %s\n' "$2" "$3" >"$1"
}

# The conformance kit and the fixtures through configuration $2, then the
# JSON report kept as $reports/$1.json. $3 is the host (default: $factcheck).
test_run() {
  local name=$1 config=$2 host=${3:-$factcheck}
  echo "== $name"
  mkdir -p "$work/tmp-$name"
  if ! TMPDIR="$work/tmp-$name" "$host" plugin test --config "$config" "$here/fixtures"; then
    fail "$name: factcheck plugin test failed"
  fi
  if ! "$host" check --config "$config" --format json -j 4 "$here/fixtures" \
      >"$reports/$name.json" 2>"$work/$name.err"; then
    fail "$name: factcheck check failed:"; sed 's/^/  /' "$work/$name.err"
  fi
  # A plugin started by the host removes its temporary folder when it stops.
  if [ -n "$(ls -A "$work/tmp-$name")" ]; then
    fail "$name: the plugin left $(ls -A "$work/tmp-$name") in its temporary folder"
  fi
  ran=1
}

# An out-of-process example whose start command is "$@" (after the language).
test_out_of_process() {
  local lang=$1; shift
  local quoted="" word status socket="$work/$lang.sock"
  for word in "$@"; do quoted+="${quoted:+, }\"$word\""; done
  echo "== $lang lifecycle: $*"
  python3 "$here/example_tests.py" lifecycle "$@" || failed=1

  write_config "$work/$lang-command.yaml" "command: [$quoted]" '{attribution_words: ["per the"]}'
  test_run "$lang-command" "$work/$lang-command.yaml"

  # A misspelt option is refused by the host, naming its place.
  write_config "$work/$lang-bad.yaml" "command: [$quoted]" '{attribution_word: [noted]}'
  "$factcheck" check --config "$work/$lang-bad.yaml" "$here/fixtures" >/dev/null 2>"$work/$lang-bad.err"
  status=$?
  if [ $status -ne 2 ] || ! grep -q "bad.yaml:5:15: plugin 'percentages': unknown option 'attribution_word'" "$work/$lang-bad.err"; then
    fail "$lang: an unknown option should fail with status 2 naming it; got $status:"
    sed 's/^/  /' "$work/$lang-bad.err"
  else
    echo "ok   $lang: unknown option refused: $(cat "$work/$lang-bad.err")"
  fi

  # Started by hand on a unix socket, reached through endpoint:.
  "$@" --listen "unix:$socket" </dev/null 2>"$work/$lang-server.err" &
  server_pid=$!
  for _ in $(seq 100); do
    [ -S "$socket" ] || ! kill -0 "$server_pid" 2>/dev/null && break
    sleep 0.1
  done
  if [ ! -S "$socket" ]; then
    fail "$lang: the server started by hand is not listening on $socket:"
    sed 's/^/  /' "$work/$lang-server.err"
  else
    write_config "$work/$lang-endpoint.yaml" "endpoint: \"unix:$socket\"" '{attribution_words: ["per the"]}'
    test_run "$lang-endpoint" "$work/$lang-endpoint.yaml"
  fi
  kill -TERM "$server_pid" 2>/dev/null
  wait "$server_pid"
  status=$?
  server_pid=
  [ $status -eq 0 ] || { fail "$lang: the server started by hand exited with $status on SIGTERM:"; sed 's/^/  /' "$work/$lang-server.err"; }

  test_copied "$lang" "$@"
}

# Installs factcheck into $work/prefix once (the SDK, the .proto files, the
# pkg-config file).
install_prefix() {
  [ -d "$work/prefix" ] && return 0
  cmake --install "$build_dir" --prefix "$work/prefix" >"$work/install.log" 2>&1 && return 0
  fail "cmake --install failed:"; tail -20 "$work/install.log"; rm -rf "$work/prefix"; return 1
}

# A copy of an out-of-process example outside the source tree, as a third
# party starts from it, finds the installed .proto files through pkg-config.
test_copied() {
  local lang=$1; shift
  install_prefix || return
  local copy="$work/copied-$lang" quoted="" word
  cp -r "$here/$lang" "$copy"
  for word in "$@"; do quoted+="${quoted:+, }\"${word/#$here\/$lang/$copy}\""; done
  write_config "$copy/copied.yaml" "command: [$quoted]" '{attribution_words: ["per the"]}'
  echo "== $lang copied out of the tree: $copy"
  if ! env -u FACTCHECK_PROTO_DIR PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig" \
      "$factcheck" plugin test --config "$copy/copied.yaml" "$here/fixtures" >"$work/$lang-copied.out" 2>&1; then
    fail "$lang: a copy outside the source tree fails factcheck plugin test:"
    sed 's/^/  /' "$work/$lang-copied.out"
  else
    echo "ok   $lang: a copy outside the source tree finds the installed .proto: $(tail -1 "$work/$lang-copied.out")"
  fi
}

# The C++ example, built out of tree against an installed copy of factcheck
# in a temporary prefix and run by that copy.
test_cpp() {
  local prefix="$work/prefix" example="$work/cpp-build"
  echo "== cpp: cmake --install $build_dir --prefix $prefix"
  install_prefix || return
  if ! cmake -S "$here/cpp" -B "$example" -DCMAKE_PREFIX_PATH="$prefix" >"$work/cpp.log" 2>&1 ||
     ! cmake --build "$example" >>"$work/cpp.log" 2>&1; then
    fail "cpp: the example does not build against the installed SDK:"; tail -30 "$work/cpp.log"; return
  fi
  local soname
  soname=$(objdump -p "$prefix"/lib*/libfactcheck_proto.so | awk '/SONAME/ {print $2}')
  if [[ "$soname" != libfactcheck_proto.so.[0-9]* ]]; then
    fail "cpp: libfactcheck_proto has no versioned SONAME ($soname)"
  elif ! objdump -p "$example/percentages.so" | grep -q "NEEDED *$soname"; then
    fail "cpp: percentages.so does not link $soname"
  else
    echo "ok   cpp: built with find_package(factcheck); links $soname"
  fi
  # pkg-config: the installed headers and library, found from the .pc file.
  local include libs
  include=$(PKG_CONFIG_PATH="$prefix/lib/pkgconfig" pkg-config --cflags-only-I factcheck | cut -d' ' -f1)
  libs=$(PKG_CONFIG_PATH="$prefix/lib/pkgconfig" pkg-config --libs-only-l factcheck | cut -d' ' -f1)
  if [ -f "${include#-I}/factcheck/plugin.h" ] && [ -f "${include#-I}/factcheck/v1/checker.pb.h" ] &&
     [ "$libs" = -lfactcheck_proto ]; then
    echo "ok   cpp: pkg-config factcheck: $include ... $libs ..."
  else
    fail "cpp: pkg-config factcheck gives '$include' and '$libs'"
  fi
  write_config "$work/cpp-library.yaml" "library: $example/percentages.so" '{attribution_words: ["per the"]}'
  test_run "cpp-library" "$work/cpp-library.yaml" "$prefix/bin/factcheck"
}

for lang in "${languages[@]}"; do
  case $lang in
    python)
      python=
      for candidate in ${PYTHON:-} python3 /usr/bin/python3; do
        if "$candidate" -c 'import grpc, grpc_tools.protoc, google.protobuf' 2>/dev/null; then
          python=$(command -v "$candidate"); break
        fi
      done
      if [ -z "$python" ]; then
        skipped+=("python: no python3 with grpc (apt-get install python3-grpcio python3-protobuf python3-grpc-tools)")
        continue
      fi
      test_out_of_process python "$python" "$here/python/plugin.py"
      ;;
    node)
      if ! command -v node >/dev/null; then skipped+=("node: node is not installed"); continue; fi
      if ! (cd "$here/node" && node -e "require('@grpc/grpc-js'); require('@grpc/proto-loader')" 2>/dev/null); then
        if ! command -v npm >/dev/null; then skipped+=("node: npm is not installed"); continue; fi
        echo "== node: npm ci (into examples/plugins/node/node_modules)"
        if ! (cd "$here/node" && npm ci --ignore-scripts --no-audit --no-fund) >"$work/npm.log" 2>&1; then
          tail -5 "$work/npm.log"
          skipped+=("node: npm ci failed (no network?)")
          continue
        fi
      fi
      test_out_of_process node "$(command -v node)" "$here/node/plugin.js"
      ;;
    cpp) test_cpp ;;
    *) echo "usage: $0 [python] [node] [cpp] | compare" >&2; exit 2 ;;
  esac
done

if [ $# -eq 0 ] && [ $ran -ne 0 ]; then
  echo "== the same findings from every example and transport"
  python3 "$here/example_tests.py" compare "$reports"/*.json || failed=1
fi
if [ $failed -ne 0 ]; then
  echo "FAILED"
  exit 1
fi
if [ ${#skipped[@]} -gt 0 ]; then
  printf 'skipped: %s\n' "${skipped[@]}"
  [ $ran -ne 0 ] || exit 77
fi
echo "PASSED"
