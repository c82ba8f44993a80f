#!/usr/bin/env bash
# End-to-end test of the example out-of-process plugins (python/, node/):
# each runs through the real host on every article in fixtures/, once started
# by the host (command:) and once as a server started by hand (endpoint:).
# example_tests.py compares the findings with the fixtures' inline
# expectations and across all runs, which must agree exactly, and checks the
# handshake and the shutdown (stdin closed, SIGTERM, temporary folder removed).
#
#   examples/plugins/run-example-tests.sh [python] [node]     (default: both)
#
# FACTCHECK names the host binary (default: build/bin/factcheck, then PATH);
# PYTHON an interpreter with Debian's python3-grpcio, python3-protobuf and
# python3-grpc-tools (default: python3, then /usr/bin/python3).
# Exit status: 0 passed; 1 failed; 77 skipped, when a language's gRPC modules
# are missing (after testing the other one).
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
factcheck=${FACTCHECK:-$repo/build/bin/factcheck}
if [ ! -x "$factcheck" ]; then
  factcheck=$(command -v factcheck) || { echo "FAIL: no factcheck binary; set FACTCHECK" >&2; exit 1; }
fi
languages=("$@")
[ ${#languages[@]} -gt 0 ] || languages=(python node)

work=$(mktemp -d "${TMPDIR:-/tmp}/factcheck-example-tests.XXXXXX")
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
failed=0
skipped=()
reports=()

fail() { echo "FAIL $*"; failed=1; }

# Writes a configuration with the percentages plugin reached by $2, a YAML
# value (command: [...] or endpoint: ...), and options $3.
write_config() {
  printf 'fail_on: never\nplugins:\n  - name: percentages\n    %s\n    options: %s\n' "$2" "$3" >"$1"
}

# Runs the fixtures through the host; the JSON report goes to $work/$name.json.
check_fixtures() {
  local name=$1 config=$2 status
  mkdir -p "$work/tmp-$name"
  TMPDIR="$work/tmp-$name" "$factcheck" check --config "$config" --format json -j 4 \
    "$here/fixtures" >"$work/$name.json" 2>"$work/$name.err"
  status=$?
  if [ $status -ne 0 ]; then
    fail "$name: factcheck exited with $status:"; sed 's/^/  /' "$work/$name.err"; return
  fi
  # A plugin started by the host removes its temporary folder when it stops.
  if [ -n "$(ls -A "$work/tmp-$name")" ]; then
    fail "$name: the plugin left $(ls -A "$work/tmp-$name") in its temporary folder"
  fi
  reports+=("$work/$name.json")
}

# Tests one example whose start command is "$@".
test_example() {
  local lang=$1; shift
  local quoted="" word status
  for word in "$@"; do quoted+="${quoted:+, }\"$word\""; done
  echo "== $lang: $*"
  python3 "$here/example_tests.py" lifecycle "$@" || failed=1

  # Started by the host.
  write_config "$work/$lang-command.yaml" "command: [$quoted]" '{attribution_words: ["per the"]}'
  check_fixtures "$lang-command" "$work/$lang-command.yaml"

  # An unknown option is refused with the plugin's own message.
  write_config "$work/$lang-bad.yaml" "command: [$quoted]" '{attribution_word: [noted]}'
  "$factcheck" check --config "$work/$lang-bad.yaml" "$here/fixtures" >/dev/null 2>"$work/$lang-bad.err"
  status=$?
  if [ $status -ne 2 ] || ! grep -q "unknown option 'attribution_word'" "$work/$lang-bad.err"; then
    fail "$lang: an unknown option should fail with status 2 naming it; got $status:"
    sed 's/^/  /' "$work/$lang-bad.err"
  else
    echo "ok   $lang: unknown option refused: $(cat "$work/$lang-bad.err")"
  fi

  # Started by hand on a unix socket, reached through endpoint:.
  local socket="$work/$lang.sock"
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
    check_fixtures "$lang-endpoint" "$work/$lang-endpoint.yaml"
  fi
  kill -TERM "$server_pid" 2>/dev/null
  wait "$server_pid"
  status=$?
  server_pid=
  [ $status -eq 0 ] || { fail "$lang: the server started by hand exited with $status on SIGTERM:"; sed 's/^/  /' "$work/$lang-server.err"; }
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
      test_example python "$python" "$here/python/plugin.py"
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
      test_example node "$(command -v node)" "$here/node/plugin.js"
      ;;
    *) echo "usage: $0 [python] [node]" >&2; exit 2 ;;
  esac
done

if [ ${#reports[@]} -gt 0 ]; then
  echo "== findings"
  python3 "$here/example_tests.py" compare "$here/fixtures" "${reports[@]}" || failed=1
fi
if [ $failed -ne 0 ]; then
  echo "FAILED"
  exit 1
fi
if [ ${#skipped[@]} -gt 0 ]; then
  printf 'skipped: %s\n' "${skipped[@]}"
  exit 77
fi
echo "PASSED"
