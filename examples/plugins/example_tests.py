#!/usr/bin/env python3
# Helpers of run-example-tests.sh, standard library only:
#
#   example_tests.py compare FIXTURES_DIR REPORT.json...
#       compares each `factcheck check --format json` report with the inline
#       expectations of the fixtures, then the reports with each other (every
#       example, every transport must give exactly the same findings);
#   example_tests.py lifecycle COMMAND...
#       starts a plugin as the host does and checks the handshake and that it
#       exits, removing its temporary folder, when its stdin closes and on SIGTERM.
#
# Expectations are written as in tests/support/fixture.h, after the sentence:
#   <!-- expect: needs-verification percentages/unattributed-percentage "40%" -->
# The JSON report does not carry the host's sentences, so "the sentence before
# the comment" is approximated here: the text after the last ".", "!" or "?"
# followed by a space, or the last blank line, before the comment (or before
# the run of expect comments it belongs to). Fixtures therefore avoid
# abbreviations such as "U.S." in front of an expected figure.
import json
import os
import re
import select
import signal
import subprocess
import sys
import tempfile

EXPECT = re.compile(rb"<!--\s*expect\b([^>]*?)-->")
EXPECT_BODY = re.compile(
    rb'^:\s*(contradicted|needs-verification|supported)\s+([\w.-]+)/([\w.-]+)(?:\s+"([^"]*)")?\s*$')
# A sentence's end: punctuation, closing quotes, brackets or emphasis, then a
# space; or a blank line.
SENTENCE_END = re.compile(rb"[.!?](?:[\"')\]*_]|\xe2\x80[\x99\x9d])*\s|\n[ \t]*\n")
VERDICTS = {"VERDICT_CONTRADICTED": "contradicted", "VERDICT_NEEDS_VERIFICATION":
            "needs-verification", "VERDICT_SUPPORTED": "supported"}


def expectations(text, problems):
    """(verdict, checker, rule, text or None, sentence begin, comment offset, line) per comment."""
    out, previous_end = [], 0
    for match in EXPECT.finditer(text):
        line = text.count(b"\n", 0, match.start()) + 1
        body = EXPECT_BODY.match(match.group(1))
        if not body:
            problems.append(f"{line}: malformed expectation {match.group(0).decode()!r}")
            continue
        # A comment right after another expect comment shares its sentence.
        if out and not text[previous_end:match.start()].strip():
            begin = out[-1][4]
        else:
            before = text[previous_end:match.start()].rstrip()
            ends = [m.end() for m in SENTENCE_END.finditer(before)]
            begin = previous_end + (ends[-1] if ends else 0)
        verdict, checker, rule, flagged = (g.decode() if g is not None else None
                                           for g in body.groups())
        out.append((verdict, checker, rule, flagged, begin, match.start(), line))
        previous_end = match.end()
    return out


def compare_file(path, report_file):
    """One line per mismatch between a fixture and its part of a report."""
    with open(path, "rb") as f:
        text = f.read()
    name = os.path.basename(path)
    problems = [f"{name}: error: {e.get('message', '')}" for e in report_file.get("errors", [])]
    findings = report_file.get("findings", [])
    used = [False] * len(findings)

    def flagged(finding):
        span = finding.get("span", {})
        return text[span.get("begin", 0):span.get("end", 0)].decode("utf-8", "replace")

    malformed = []
    for verdict, checker, rule, wanted, begin, offset, line in expectations(text, malformed):
        for i, f in enumerate(findings):
            span = f.get("span", {})
            if (not used[i] and f.get("checker") == checker and f.get("rule") == rule
                    and VERDICTS.get(f.get("verdict")) == verdict
                    and begin <= span.get("begin", 0) and span.get("end", 0) <= offset
                    and (wanted is None or flagged(f) == wanted)):
                used[i] = True
                break
        else:
            problems.append(f"{name}:{line}: expected {verdict} {checker}/{rule}"
                            + (f' "{wanted}"' if wanted is not None else "")
                            + " in the sentence before, but it was not reported")
    for i, f in enumerate(findings):
        if not used[i]:
            problems.append(f"{name}:{f.get('line')}:{f.get('column')}: unexpected "
                            f"{VERDICTS.get(f.get('verdict'), f.get('verdict'))} "
                            f"{f.get('checker')}/{f.get('rule')} \"{flagged(f)}\": {f.get('message')}")
    return problems + [f"{name}:{p}" for p in malformed]


def compare(fixtures_dir, report_paths):
    fixtures = sorted(os.path.realpath(os.path.join(fixtures_dir, name))
                      for name in os.listdir(fixtures_dir) if name.endswith(".md"))
    failed, first = False, None
    for report_path in report_paths:
        name = os.path.basename(report_path).removesuffix(".json")
        with open(report_path, encoding="utf-8") as f:
            report = json.load(f)
        files = {os.path.realpath(r["path"]): r for r in report.get("files", [])}
        problems = [f"{os.path.basename(p)}: not in the report" for p in fixtures if p not in files]
        count = 0
        for path in fixtures:
            if path in files:
                count += len(files[path].get("findings", []))
                problems += compare_file(path, files[path])
        # Every run must agree with the first, finding for finding.
        findings = {p: r.get("findings", []) for p, r in files.items()}
        if first is None:
            first = (name, findings)
        elif findings != first[1]:
            problems.append(f"the findings differ from those of {first[0]}")
            for path in sorted(set(findings) | set(first[1])):
                if findings.get(path) != first[1].get(path):
                    problems.append(f"  {os.path.basename(path)}: {json.dumps(findings.get(path))}\n"
                                    f"  {first[0]}: {json.dumps(first[1].get(path))}")
        if problems:
            failed = True
            print(f"FAIL {name}:", *problems, sep="\n  ")
        else:
            print(f"ok   {name}: {len(fixtures)} fixtures, {count} findings, all as expected")
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
    if len(sys.argv) >= 4 and sys.argv[1] == "compare":
        sys.exit(compare(sys.argv[2], sys.argv[3:]))
    if len(sys.argv) >= 3 and sys.argv[1] == "lifecycle":
        sys.exit(lifecycle(sys.argv[2:]))
    sys.exit("usage: example_tests.py compare FIXTURES_DIR REPORT.json... | lifecycle COMMAND...")
