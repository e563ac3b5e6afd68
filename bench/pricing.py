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
import argparse
import os
import statistics
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import compare, cpu_description, fmt_bytes, fmt_mem, measure, parse_cli, parse_size, read_truth  # noqa

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def generate(args):
    """The dump and its totals, under the name bench.py gives a compact helicone-jsonl dump."""
    path = Path(args.out) / f"helicone-jsonl-{args.records}-{args.size}.jsonl"
    totals = Path(str(path) + ".totals")
    if not (path.exists() and totals.exists()):
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"generating {path.name} ...", file=sys.stderr, flush=True)
        subprocess.run([args.gen, "--format", "helicone-jsonl", "--records", args.records, "--size",
                        str(parse_size(args.size)), "-o", str(path), "--totals", str(totals)], check=True)
    return path, totals


def without_cost(rows):
    return {user: figures[:3] for user, figures in rows.items()}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--size", default="1G", help="size of the generated dump, e.g. 50M, 1G (default 1G)")
    p.add_argument("--records", default="short", choices=["short", "long"], help="ue-gen-dump --records")
    p.add_argument("--runs", type=int, default=5, help="timed runs of each command (default 5), after a warm-up")
    p.add_argument("--cli", default=str(ROOT / "build/src/cli/usage-explorer-cli"))
    p.add_argument("--gen", default=str(ROOT / "build/bench/ue-gen-dump"))
    p.add_argument("--out", default=str(HERE / "out"))
    args = p.parse_args()

    path, totals = generate(args)
    truth = read_truth(totals)
    records = sum(v[0] for v in truth.values())
    size = os.path.getsize(path)
    base = [args.cli, "aggregate", "--no-formula-guard"]
    commands = {"recorded": base + [str(path)], "computed": base + ["--cost", "computed", str(path)]}

    commit = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True,
                            text=True).stdout.strip()
    print(f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; {cpu_description()}, {os.cpu_count()} cores; "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} at the start; median and range of "
          f"{args.runs} runs after a warm-up, the two taking turns, the file in the page cache", flush=True)
    print(f"usage-explorer-cli {args.cli} (commit {commit or '?'}) aggregate --no-formula-guard [--cost computed], "
          f"default settings, the built-in price book, CSV to a pipe; dump {path.name}, {fmt_bytes(size)}, "
          f"{records:,} records", flush=True)
    print(flush=True)

    runs = {name: [] for name in commands}
    expected_computed = None
    for i in range(args.runs + 1):
        for name, cmd in commands.items():
            r = measure(cmd, True)
            if r.rc != 0:
                lines = r.stderr.strip().splitlines()
                print(f"pricing.py: --cost {name} failed (exit code {r.rc}): {lines[-1] if lines else ''}",
                      file=sys.stderr)
                return 1
            got = parse_cli(r.stdout)
            if name == "recorded":
                problem = compare(truth, got)
            else:
                problem = compare(without_cost(truth), without_cost(got))
                expected_computed = expected_computed or r.stdout
                if not problem and r.stdout != expected_computed:
                    problem = "the computed costs differ from the first computed run's"
            if problem:
                print(f"pricing.py: --cost {name}: MISMATCH: {problem}", file=sys.stderr)
                return 1
            if i > 0:
                runs[name].append(r)

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
