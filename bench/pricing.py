#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""What pricing costs: usage-explorer-cli aggregate on one Helicone JSONL dump with the records' own cost (the
default, --cost recorded) and with the built-in price book's (--cost computed).

Generates the dump with ue-gen-dump (kept in bench/out/ under bench.py's name for it), runs both commands once to
warm up and then --runs times each, taking turns, the file in the page cache, and prints median wall time, range,
GB/s, records/s and peak memory (max RSS, from GNU time). Every recorded run must equal the generator's totals;
every computed run must have the generator's counts and tokens and write the same bytes as the first computed
run. One more computed run, not timed, counts the requests the price book could not price (the unpriced_requests
column), as those skip the pricing work. Never run in CI.

    bench/pricing.py [--cli PATH] [--gen PATH] [--size 1G] [--records short|long] [--runs 5]
"""
import os
import statistics
import sys
from datetime import datetime, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import (commit_description, compare, cpu_description, dump_benchmark, fmt_bytes,  # noqa: E402
                     fmt_mem, load_average, measure, parse_cli, take_turns)


class Failed(Exception):
    """A run that failed or disagreed: the benchmark stops."""


def without_cost(rows):
    return {user: figures[:3] for user, figures in rows.items()}


def main():
    args, path, truth, records, size = dump_benchmark(__doc__, "helicone-jsonl")
    base = [args.cli, "aggregate", "--no-formula-guard"]
    commands = {"recorded": base + [str(path)], "computed": base + ["--cost", "computed", str(path)]}

    commit = commit_description()
    print(f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; {cpu_description()}, {os.cpu_count()} cores; "
          f"load average {load_average()} at the start; median and range of "
          f"{args.runs} runs after a warm-up, the two taking turns, the file in the page cache", flush=True)
    print(f"usage-explorer-cli {args.cli} (commit {commit or '?'}) aggregate --no-formula-guard [--cost computed], "
          f"default settings, the built-in price book, CSV to a pipe; dump {path.name}, {fmt_bytes(size)}, "
          f"{records:,} records", flush=True)
    print(flush=True)

    expected_computed = None

    def check(name, r):
        nonlocal expected_computed
        if r.rc != 0:
            lines = r.stderr.strip().splitlines()
            raise Failed(f"--cost {name} failed (exit code {r.rc}): {lines[-1] if lines else ''}")
        got = parse_cli(r.stdout)
        if name == "recorded":
            problem = compare(truth, got)
        else:
            problem = compare(without_cost(truth), without_cost(got))
            expected_computed = expected_computed or r.stdout
            if not problem and r.stdout != expected_computed:
                problem = "the computed costs differ from the first computed run's"
        if problem:
            raise Failed(f"--cost {name}: MISMATCH: {problem}")
        return True

    try:
        runs = take_turns(commands, args.runs, check)
    except Failed as e:
        print(f"pricing.py: {e}", file=sys.stderr)
        return 1

    check = measure(commands["computed"][:-1] + ["--columns", "group,unpriced_requests", str(path)], True)
    unpriced = sum(int(line.split(b",")[-1]) for line in check.stdout.splitlines()[1:] if line) \
        if check.rc == 0 else None

    print("| cost | median | range | GB/s | records/s | peak mem | x recorded |")
    print("|---|---|---|---|---|---|---|")
    recorded = statistics.median(r.wall for r in runs["recorded"])
    for name, entry in runs.items():
        walls = [r.wall for r in entry]
        t = statistics.median(walls)
        print(f"| {name} | {t:.3f} s | {min(walls):.3f}-{max(walls):.3f} s | {size / t / 1e9:.2f} | "
              f"{records / t / 1e6:.2f} M | {fmt_mem(max(r.maxrss_kb for r in entry))} | {t / recorded:.2f} |",
              flush=True)
    print()
    print("x recorded: this row's median / the recorded row's (the time pricing adds, as a factor). Every run "
          "checked: recorded against the generator's totals, computed against its counts and tokens and the first "
          "computed run's bytes. "
          + (f"Requests the price book could not price: {unpriced:,} of {records:,}."
             if unpriced is not None else "The unpriced_requests check failed: " + check.stderr.strip()[-200:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
