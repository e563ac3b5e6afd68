#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The remote target of issue 9: 10,000 user ids against a loopback server that answers each request in 100 ms.

Starts a stand-in for Helicone's POST /v1/user/query on 127.0.0.1 (threads, keep-alive, a fixed delay per answer,
deterministic figures per user), runs `usage-explorer-cli query` for the ids (100 batches of 100, the CLI's
default 6 at once) and prints the wall time, the requests the server saw, how many were in flight at most, and
whether every user's figures the CLI printed are the server's. Never run in CI.

    bench/remote.py [--cli build/src/cli/usage-explorer-cli] [--users 10000] [--delay-ms 100] [--runs 3]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import compare, parse_cli  # noqa: E402  the CLI's CSV and the check of every user's figures


def figures(user_id):
    """count, prompt and completion tokens, cost in nano-USD of one user, from its number."""
    n = int(user_id.split("-")[1])
    count = 1 + n % 97
    return count, count * (100 + n % 13), count * (10 + n % 7), count * (n % 1000 + 1)


class State:
    def __init__(self, delay):
        self.delay = delay
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        self.requests = 0


def make_handler(state):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_POST(self):
            with state.lock:
                state.in_flight += 1
                state.max_in_flight = max(state.max_in_flight, state.in_flight)
                state.requests += 1
            try:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
                time.sleep(state.delay)
                data = []
                for user_id in body.get("userIds", []):
                    count, prompt, completion, cost = figures(user_id)
                    # numbers as JSON strings, as the real server sends some of them
                    data.append({"user_id": user_id, "count": str(count), "prompt_tokens": prompt,
                                 "completion_tokens": completion, "cost": cost / 1e9})
                answer = json.dumps({"data": data, "error": None}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)
            finally:
                with state.lock:
                    state.in_flight -= 1

    return Handler


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", default=os.path.join(root, "build/src/cli/usage-explorer-cli"))
    parser.add_argument("--users", type=int, default=10000)
    parser.add_argument("--delay-ms", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    state = State(args.delay_ms / 1000)
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"

    ids = [f"user-{n}" for n in range(args.users)]
    truth = {user_id: figures(user_id) for user_id in ids}

    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(ids) + "\n")
        users_file = f.name
    env = dict(os.environ, HELICONE_API_KEY="sk-bench-loopback")
    times = []
    try:
        for _ in range(args.runs):
            state.requests = 0
            state.max_in_flight = 0
            start = time.monotonic()
            out = subprocess.run([args.cli, "query", "--base-url", base, "--users-file", users_file,
                                  "--time-unit", "milliseconds"], env=env, capture_output=True)
            wall = time.monotonic() - start
            if out.returncode != 0:
                sys.exit(f"usage-explorer-cli query failed: {out.stderr.decode().strip()}")
            difference = compare(truth, parse_cli(out.stdout))
            print(f"{wall:6.3f} s  {state.requests} requests, at most {state.max_in_flight} in flight, "
                  f"every user's figures {'agree' if difference is None else 'DIFFER: ' + difference}")
            if difference is not None:
                sys.exit(1)
            times.append(wall)
    finally:
        os.unlink(users_file)
        server.shutdown()
    print(f"median {statistics.median(times):.3f} s for {args.users} users, {args.delay_ms} ms per answer "
          f"(target: under 3 s)")


if __name__ == "__main__":
    main()
