#!/usr/bin/env python3
"""Follows a plugin walkthrough in docs/plugin-sdk/ literally, so the docs
stay true: in an empty folder, with factcheck installed into a temporary
prefix, it runs the page's commands and writes the files it shows, then
requires `factcheck plugins` and `factcheck plugin test` (protocol rules and
the page's fixture) to pass through `command:` or `library:`, and through
`endpoint:` where the page shows it.

    walkthrough_test.py python|node|cpp BUILD_DIR

Exit status: 0 passed, 1 failed, 77 skipped (the language's tools are
missing: gRPC for Python, npm packages that cannot be installed).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SKIP = 77


class Page:
    """The fenced code blocks of one walkthrough, found by language and by
    how they start, as a reader finds them."""

    def __init__(self, path):
        text = open(path, encoding="utf-8").read()
        self.path = path
        self.blocks = re.findall(r"^```([a-z]*)\n(.*?)^```", text, re.S | re.M)

    def block(self, language, starts="", nth=0):
        found = [body for lang, body in self.blocks
                 if lang == language and body.startswith(starts)]
        if len(found) <= nth:
            sys.exit(f"FAIL {self.path}: no {language} block starting with {starts!r}")
        return found[nth]


def run(command, cwd, env, check=True, **kwargs):
    print("$ " + command.strip().replace("\n", "\n  "), flush=True)
    result = subprocess.run(["bash", "-c", command], cwd=cwd, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **kwargs)
    sys.stdout.write(result.stdout)
    if check and result.returncode != 0:
        sys.exit(f"FAIL exit status {result.returncode}: {command.strip()}")
    return result


def write(path, text):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)


def plugin_test(folder, env, config=".factcheck.yaml"):
    result = run(f"factcheck plugin test --config {config} fixtures/", folder, env, check=False)
    if result.returncode != 0 or "0 failed" not in result.stdout:
        sys.exit(f"FAIL factcheck plugin test --config {config} exited {result.returncode}")


def with_endpoint(lang, folder, env, server_block, endpoint_config):
    """Starts the page's server by hand and tests it through `endpoint:`, on
    a socket in the test's folder instead of the page's /tmp/reportedly.sock,
    so that runs in parallel do not meet."""
    page_socket = "/tmp/reportedly.sock"
    socket = os.path.join(os.path.dirname(folder), "reportedly.sock")
    if page_socket not in server_block or page_socket not in endpoint_config:
        sys.exit(f"FAIL the {lang} page no longer serves on {page_socket}")
    server_block = server_block.replace(page_socket, socket)
    endpoint_config = endpoint_config.replace(page_socket, socket)
    command = server_block.strip().rstrip("&").strip()
    server = subprocess.Popen(["bash", "-c", "exec " + command], cwd=folder, env=env,
                              stdin=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if os.path.exists(socket) or server.poll() is not None:
                break
            time.sleep(0.1)
        if not os.path.exists(socket):
            sys.exit(f"FAIL the {lang} server did not listen on {socket}")
        write(os.path.join(folder, "endpoint.yaml"), endpoint_config)
        plugin_test(folder, env, "endpoint.yaml")
    finally:
        server.terminate()
        server.wait(timeout=10)


def main():
    lang, build_dir = sys.argv[1], os.path.abspath(sys.argv[2])
    page = Page(os.path.join(REPO, "docs", "plugin-sdk", lang + ".md"))
    work = tempfile.mkdtemp(prefix=f"factcheck-walkthrough-{lang}-")
    try:
        prefix = os.path.join(work, "prefix")
        run(f"cmake --install {build_dir} --prefix {prefix} >/dev/null", work, os.environ)
        env = dict(os.environ)
        shims = os.path.join(work, "bin")
        os.makedirs(shims)
        # The page: "under pyenv, conda or a virtualenv, write /usr/bin/python3".
        os.symlink("/usr/bin/python3", os.path.join(shims, "python3"))
        env["PATH"] = f"{shims}:{prefix}/bin:{env['PATH']}"
        env["PKG_CONFIG_PATH"] = f"{prefix}/lib/pkgconfig"
        started = time.monotonic()
        folder = os.path.join(work, "reportedly")
        if lang == "python":
            if run("python3 -c 'import grpc, grpc_tools.protoc'", work, env, check=False).returncode:
                print("skipped: no python3-grpcio / python3-grpc-tools")
                return SKIP
            run(page.block("sh", "mkdir reportedly"), work, env)
            write(os.path.join(folder, "plugin.py"), page.block("python"))
        elif lang == "node":
            if shutil.which("npm", path=env["PATH"]) is None:
                print("skipped: npm is not installed")
                return SKIP
            result = run(page.block("sh", "mkdir reportedly"), work, env, check=False)
            if result.returncode != 0:
                print("skipped: npm install failed (no registry?)")
                return SKIP
            write(os.path.join(folder, "plugin.js"), page.block("js"))
        else:
            os.makedirs(folder)
            write(os.path.join(folder, "reportedly.cc"), page.block("cpp"))
            write(os.path.join(folder, "CMakeLists.txt"), page.block("cmake"))
            run(page.block("sh", "cmake -S").replace("PREFIX", prefix), folder, env)
        write(os.path.join(folder, ".factcheck.yaml"), page.block("yaml", "plugins:"))
        write(os.path.join(folder, "fixtures", "basic.md"), page.block("markdown"))
        run("factcheck plugins --config .factcheck.yaml", folder, env)
        plugin_test(folder, env)
        if lang != "cpp":
            server = page.block("sh", {"python": "python3 plugin.py --listen",
                                       "node": "node plugin.js --listen"}[lang])
            # Python's page shows the configuration; Node's names the line.
            endpoint = page.block("yaml", "plugins:", 1) if lang == "python" else (
                "plugins:\n  - name: reportedly\n    endpoint: unix:/tmp/reportedly.sock\n")
            with_endpoint(lang, folder, env, server, endpoint)
        print(f"PASSED: the {lang} walkthrough in {time.monotonic() - started:.1f} s")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
