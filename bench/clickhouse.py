#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""usage-explorer-cli clickhouse (the server sums) against usage-explorer-cli aggregate (the CLI reads the dump).

Generates a ClickHouse JSONEachRow dump with ue-gen-dump (kept in bench/out/ for the next run), starts its own
clickhouse-server (Debian's 18.16) on a loopback port with a temporary config and data folder, loads the dump into
an old-style request_response_rmt (DateTime, no Map), then times both commands as whole processes, one warm-up
round and --runs rounds taking turns, and checks that every run's CSV is byte for byte the first aggregate run's
(and that one equals the generator's totals). One more run of the clickhouse command, not timed, goes through a
counting relay for the bytes it exchanged with the server. Prints one table; stops the server and removes its
folder at the end, also on failure or Ctrl-C. Never run in CI.

    bench/clickhouse.py [--cli PATH] [--gen PATH] [--size 1G] [--records short|long] [--runs 5]
"""
import os
import signal
import statistics
import sys
import time
from datetime import datetime, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clickhouseserver import SETTINGS_NOTE, ClickHouseServer, CountingRelay  # noqa: E402
from measure import (commit_description, compare, cpu_description, dump_benchmark, fmt_bytes,  # noqa: E402
                     fmt_mem, load_average, measure, parse_cli, take_turns)

PASSWORD_VARIABLE = "UE_BENCH_CLICKHOUSE_PASSWORD"


def first_difference(expected, got):
    a, b = expected.split(b"\n"), got.split(b"\n")
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"line {i + 1}: expected {x[:120]!r}, got {y[:120]!r}"
    return f"{len(a)} lines expected, {len(b)} written"


def run_rounds(commands, runs, env, truth):
    """The commands taking turns (see take_turns); every output must be the first aggregate run's."""
    expected = None
    problems = {name: None for name in commands}

    def check(name, r):
        nonlocal expected
        if r.rc != 0:
            lines = r.stderr.strip().splitlines()
            raise RuntimeError(f"{name} failed (exit code {r.rc}): {lines[-1] if lines else ''}")
        if expected is None:
            expected = r.stdout
            problem = compare(truth, parse_cli(r.stdout))
            if problem:
                raise RuntimeError(f"{name} disagrees with the generator's totals: {problem}")
        elif r.stdout != expected and not problems[name]:
            problems[name] = first_difference(expected, r.stdout)
        return True

    timed = take_turns(commands, runs, check, env)
    return {name: {"runs": timed[name], "problem": problems[name]} for name in commands}, expected


def main():
    args, path, truth, records, size = dump_benchmark(__doc__, "clickhouse-jsonl")

    # SIGTERM and SIGHUP end the run through the finally below, as Ctrl-C does
    def stop(signum, _frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGINT, signal.default_int_handler)  # also when started in the background
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGHUP, stop)
    try:
        server = ClickHouseServer()
    except RuntimeError as e:
        print(f"clickhouse.py: {e}", file=sys.stderr)
        return 1
    try:
        server.start()
        started = time.perf_counter()
        server.load(path)
        load_seconds = time.perf_counter() - started
        version = server.sql("SELECT version()").strip()
        changed = ", ".join("=".join(line.split("\t")) for line in
                            server.sql("SELECT name, value FROM system.settings WHERE changed").split("\n") if line)
        parts, rows, on_disk = server.sql(
            "SELECT count(), sum(rows), sum(bytes_on_disk) FROM system.parts WHERE active AND database = 'default' "
            "AND table = 'request_response_rmt'").split()
        if int(rows) != records:
            raise RuntimeError(f"the table holds {rows} rows, the dump {records} records")

        env = dict(os.environ, **{PASSWORD_VARIABLE: server.password})
        clickhouse = [args.cli, "clickhouse", "--no-formula-guard", "--password-env", PASSWORD_VARIABLE, "--url"]
        commands = {"aggregate": [args.cli, "aggregate", "--no-formula-guard", str(path)],
                    "clickhouse": clickhouse + [server.url]}
        commit = commit_description()
        print(f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; {cpu_description()}, {os.cpu_count()} cores; "
              f"load average {load_average()} at the start; median and range of "
              f"{args.runs} runs after a warm-up, the commands taking turns, the dump in the page cache", flush=True)
        print(f"usage-explorer-cli {args.cli} (commit {commit or '?'}), default settings, CSV to a pipe", flush=True)
        print(f"dump: {path.name}, {fmt_bytes(size)}, {records:,} records; ClickHouse {version} on 127.0.0.1 "
              f"({SETTINGS_NOTE}; changed: {changed}), request_response_rmt MergeTree, {int(parts)} part(s) after "
              f"OPTIMIZE FINAL, {fmt_bytes(int(on_disk))} on disk, loaded in {load_seconds:.1f} s", flush=True)
        print(flush=True)

        results, expected = run_rounds(commands, args.runs, env, truth)

        # the server's side of the clickhouse runs so far (warm-up included): its summing statements
        server.sql("SYSTEM FLUSH LOGS")
        statements, server_ms, server_memory = server.sql(
            "SELECT count(), sum(query_duration_ms), max(memory_usage) FROM system.query_log WHERE type = 2 "
            "AND query LIKE '%ue_group%' AND query NOT LIKE '%system.query_log%'").split()
        # the bytes of one more clickhouse run, through the relay (not timed: the relay is Python)
        relay = CountingRelay(server.port)
        counted = measure(clickhouse + [f"http://127.0.0.1:{relay.port}"], True, env)
        relay.close()
        if counted.rc != 0 or counted.stdout != expected:
            raise RuntimeError("the clickhouse run through the counting relay failed or wrote other rows")

        print("| command | median | range | records/s | peak mem (client) | bytes transferred | x aggregate |")
        print("|---|---|---|---|---|---|---|")
        base = statistics.median(r.wall for r in results["aggregate"]["runs"])
        failed = False
        for name, entry in results.items():
            if entry["problem"]:
                print(f"| {name} | MISMATCH: {entry['problem']} | | | | | |")
                failed = True
                continue
            walls = [r.wall for r in entry["runs"]]
            t = statistics.median(walls)
            moved = (f"{relay.sent:,} B sent, {relay.received:,} B received" if name == "clickhouse"
                     else f"{size:,} B read from the dump")
            print(f"| {name} | {t:.3f} s | {min(walls):.3f}-{max(walls):.3f} s | {records / t / 1e6:.2f} M | "
                  f"{fmt_mem(max(r.maxrss_kb for r in entry['runs']))} | {moved} | {base / t:.2f} |", flush=True)
        print()
        print(f"Both commands wrote the same {len(expected):,} bytes of CSV on every run "
              if not failed else "The outputs differ (MISMATCH above). ", end="")
        print(f"(checked against the generator's totals). Bytes transferred: the HTTP requests and answers, headers "
              f"included, between the CLI and the server, counted by a relay on one extra untimed run "
              f"({relay.connections} connection(s)). Server side (system.query_log, the {args.runs + 1} runs with "
              f"the warm-up): {int(statements) // (args.runs + 1)} summing statement(s) a run, "
              f"{int(server_ms) / (args.runs + 1) / 1000:.3f} s of their query_duration_ms a run on average, at most "
              f"{fmt_mem(int(server_memory) // 1024)} of query memory. x aggregate: aggregate's median / this "
              f"one's (above 1: faster).")
        return 1 if failed else 0
    except (RuntimeError, OSError) as e:
        print(f"clickhouse.py: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("clickhouse.py: interrupted; stopping the server", file=sys.stderr)
        return 130
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
