#!/usr/bin/env python3
# Helpers of run-example-tests.sh, standard library only:
#
#   example_tests.py compare REPORT.json...
#       compares `factcheck check --format json` reports with each other:
#       every example, every transport must give exactly the same findings
#       (`factcheck plugin test` checks them against the fixtures' inline
#       expectations);
#   example_tests.py lifecycle COMMAND...
#       starts a plugin as the host does and checks the handshake and that it
#       exits, removing its temporary folder, when its stdin closes and on SIGTERM.
#
import json
import os
import re
import select
import signal
import subprocess
import sys
import tempfile

def compare(report_paths):
    """Every run (language, transport) must give exactly the same findings.
    Whether they are the right ones is `factcheck plugin test`'s business."""
    runs = []
    for report_path in report_paths:
        with open(report_path, encoding="utf-8") as f:
            report = json.load(f)
        findings = {os.path.basename(r["path"]): r.get("findings", []) for r in report.get("files", [])}
        runs.append((os.path.basename(report_path).removesuffix(".json"), findings))
    if len(runs) < 2:
        print(f"skipped: {len(runs)} report(s); nothing to compare")
        return 77
    failed = False
    first_name, first = runs[0]
    for name, findings in runs[1:]:
        problems = []
        for path in sorted(set(findings) | set(first)):
            if findings.get(path) != first.get(path):
                problems.append(f"{path}: {json.dumps(findings.get(path))}\n"
                                f"  {first_name}: {json.dumps(first.get(path))}")
        if problems:
            failed = True
            print(f"FAIL {name}: findings differ from {first_name}:", *problems, sep="\n  ")
        else:
            count = sum(len(f) for f in findings.values())
            print(f"ok   {name}: the same {count} findings as {first_name}")
    return 1 if failed else 0


def lifecycle(command):
    """Starts the plugin twice as the host does; stops it once by closing its
    stdin, once with SIGTERM. Returns 0 when it behaved."""
    failed = False
    for how in ("stdin closed", "SIGTERM"):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, FACTCHECK_PLUGIN_PROTOCOL="1", TMPDIR=tmp)
            plugin = subprocess.Popen(command, env=env, stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            ready = select.select([plugin.stdout], [], [], 10)[0]
            line = plugin.stdout.readline().decode().rstrip("\n") if ready else "(none in 10 s)"
            ok = re.fullmatch(r"FACTCHECK-PLUGIN 1 (unix:/\S+|127\.0\.0\.1:\d+|\[::1\]:\d+)", line)
            problem = None if ok else f"handshake line {line!r}"
            if not problem and line.startswith("FACTCHECK-PLUGIN 1 unix:"):
                if not os.path.exists(line.split("unix:", 1)[1]):
                    problem = f"no socket at {line.split('unix:', 1)[1]}"
            if how == "stdin closed":
                plugin.stdin.close()
            else:
                plugin.send_signal(signal.SIGTERM)
            try:
                status = plugin.wait(timeout=2)  # The host's grace before SIGKILL.
            except subprocess.TimeoutExpired:
                plugin.kill()
                plugin.wait()
                problem = problem or "still running 2 s later"
                status = None
            left = os.listdir(tmp)
            if not problem and status != 0:
                problem = f"exit status {status}: {plugin.stderr.read().decode().strip()}"
            if not problem and left:
                problem = f"left {left} in its temporary folder"
            if problem:
                failed = True
                print(f"FAIL lifecycle ({how}): {problem}")
            else:
                print(f"ok   lifecycle ({how}): handshake, exit 0, temporary folder removed")
            for stream in (plugin.stdin, plugin.stdout, plugin.stderr):
                stream.close()
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "compare":
        sys.exit(compare(sys.argv[2:]))
    if len(sys.argv) >= 3 and sys.argv[1] == "lifecycle":
        sys.exit(lifecycle(sys.argv[2:]))
    sys.exit("usage: example_tests.py compare REPORT.json... | lifecycle COMMAND...")
