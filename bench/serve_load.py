#!/usr/bin/env python3
"""Load benchmark of `factcheck serve` (figures, not a test).

Starts the server on 127.0.0.1 (a port the system picks), then N concurrent
clients, each on its own keep-alive connection, post real articles to
POST /v1/check back to back for the given time. Prints requests per second,
latency percentiles (all articles, and those of about 5 KB), errors, and the
server's resident memory at the start and the end. Stops the server with
SIGTERM and reports how it exited.

  bench/serve_load.py --binary build/bin/factcheck --articles /tmp/reuters-md \
      --clients 50 --seconds 60

Only loopback is ever contacted.
"""
import argparse
import asyncio
import json
import os
import signal
import statistics
import subprocess
import sys
import time


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def load_articles(folder, limit):
    names = sorted(n for n in os.listdir(folder) if n.endswith((".md", ".txt")))
    articles = []
    for name in names[:limit]:
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
            text = f.read()
        body = json.dumps({"text": text, "path": name}).encode()
        articles.append((len(text.encode()), body))
    return articles


def percentile(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


async def client(index, port, articles, stop_at, results, interval):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    sock = writer.get_extra_info("socket")
    if sock is not None:
        import socket
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    i = index * 7919
    while time.monotonic() < stop_at:
        size, body = articles[i % len(articles)]
        i += 1
        request = (b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n"
                   b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n"
                   % (port, len(body))) + body
        started = time.perf_counter()
        writer.write(request)
        status_line = await reader.readline()
        length = 0
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        await reader.readexactly(length)
        elapsed = time.perf_counter() - started
        status = int(status_line.split()[1]) if status_line else 0
        results.append((size, elapsed, status))
        if interval > 0:  # An editor pausing between checks, not a flood.
            await asyncio.sleep(max(0.0, interval - elapsed))
    writer.close()


async def run_clients(port, articles, clients, seconds, interval=0.0):
    results = []
    stop_at = time.monotonic() + seconds
    await asyncio.gather(
        *(client(c, port, articles, stop_at, results, interval) for c in range(clients)))
    return results


def start_server(binary, config, workers):
    command = [binary, "serve", "--listen", "127.0.0.1:0", "--grpc-listen", "none"]
    if config:
        command += ["--config", config]
    if workers:
        command += ["--workers", str(workers)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    if not line.startswith("listening http http://127.0.0.1:"):
        server.kill()
        sys.exit("the server did not start: " + line)
    return server, int(line.rsplit(":", 1)[1].strip("/\n"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default="build/bin/factcheck")
    parser.add_argument("--articles", default="/tmp/reuters-md")
    parser.add_argument("--limit", type=int, default=20000, help="articles read")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--config", default="")
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--interval-ms", type=float, default=0,
                        help="each client waits this long between requests (0: back to back)")
    args = parser.parse_args()

    articles = load_articles(args.articles, args.limit)
    server, port = start_server(args.binary, args.config, args.workers)
    # One request each way before measuring, so that lazy set-up is not counted.
    asyncio.run(run_clients(port, articles[:1], 1, 0.01))
    rss_start = rss_kib(server.pid)
    wall = time.monotonic()
    results = asyncio.run(
        run_clients(port, articles, args.clients, args.seconds, args.interval_ms / 1000))
    wall = time.monotonic() - wall
    rss_end = rss_kib(server.pid)
    server.send_signal(signal.SIGTERM)
    exit_code = server.wait(timeout=30)

    ok = [r for r in results if r[2] == 200]
    errors = len(results) - len(ok)
    ms = [r[1] * 1000 for r in ok]
    five = [r[1] * 1000 for r in ok if 4500 <= r[0] <= 5500]
    sizes = [r[0] for r in ok]
    print(f"articles: {len(articles)} from {args.articles} (median {statistics.median(a[0] for a in articles):.0f} bytes)")
    print(f"clients: {args.clients}, {wall:.1f} s, interval {args.interval_ms:g} ms, "
          f"server workers: {args.workers or os.cpu_count()}")
    print(f"requests: {len(results)} ({len(results) / wall:.0f}/s), errors: {errors}, "
          f"{sum(sizes) / wall / 1e6:.2f} MB/s of article text")
    print(f"latency all (ms): p50 {percentile(ms, 50):.2f}  p90 {percentile(ms, 90):.2f}  "
          f"p99 {percentile(ms, 99):.2f}  max {max(ms) if ms else float('nan'):.2f}")
    print(f"latency 4.5-5.5 KB ({len(five)} requests, ms): p50 {percentile(five, 50):.2f}  "
          f"p99 {percentile(five, 99):.2f}")
    print(f"resident memory: {rss_start / 1024:.1f} MiB at start, {rss_end / 1024:.1f} MiB at end")
    print(f"server exit code after SIGTERM: {exit_code}")
    return 0 if errors == 0 and exit_code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
