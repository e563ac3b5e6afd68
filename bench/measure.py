# SPDX-License-Identifier: MIT
"""What the benchmarks share: timing a process (wall time and peak memory), taking turns between commands, the
generated dumps and the generator's totals, the CLI's CSV and the description of the machine."""
import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def parse_size(text):
    t = text.strip().upper().rstrip("B")
    factor = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(t[-1:], 1)
    if factor != 1:
        t = t[:-1]
    return int(float(t) * factor)


class Run:
    def __init__(self, wall, maxrss_kb, rc, stdout, stderr):
        self.wall, self.maxrss_kb, self.rc, self.stdout, self.stderr = wall, maxrss_kb, rc, stdout, stderr


GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def measure(cmd, capture, env=None):
    """Runs cmd; wall time from fork to reaped, peak RSS of the tool's own process.

    The kernel's ru_maxrss of a child this script forks includes this Python process's memory at the fork (the
    high-water mark survives exec), so the peak comes from GNU time, which forks the tool from its own small
    process; without it the (inflated) rusage of the child is used.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(mode="r") as rss:
        sink = out if capture else subprocess.DEVNULL
        full = [GNU_TIME, "-f", "%M", "-o", rss.name] + cmd if GNU_TIME else cmd
        start = time.perf_counter()
        p = subprocess.Popen(full, stdout=sink, stderr=err, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        p.returncode = os.waitstatus_to_exitcode(status)
        maxrss = usage.ru_maxrss
        if GNU_TIME:
            lines = rss.read().split()
            maxrss = int(lines[-1]) if lines and lines[-1].isdigit() else maxrss
        out.seek(0)
        err.seek(0)
        return Run(wall, maxrss, p.returncode, out.read() if capture else b"",
                   err.read().decode("utf-8", "replace"))


def take_turns(commands, runs, check, env=None, quiet=()):
    """One warm-up round, then `runs` rounds in which every command runs once: the machine's load changes from one
    minute to the next, and taking turns gives every command its share of it.

    commands maps a name to its argv; the output of those named in quiet is thrown away. check(name, run) sees every
    run and returns False to leave that command out of the later rounds. Returns each name's runs after the warm-up.
    """
    timed = {name: [] for name in commands}
    active = set(commands)
    for i in range(runs + 1):
        for name, cmd in commands.items():
            if name not in active:
                continue
            r = measure(cmd, name not in quiet, env)
            if not check(name, r):
                active.discard(name)
            if i > 0:
                timed[name].append(r)
    return timed


def read_truth(path):
    truth = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            user, count, prompt, completion, nanos = json.loads(line)
            truth[user] = (count, prompt, completion, nanos)
    return truth


def parse_cli(stdout):
    rows = {}
    reader = csv.reader(io.StringIO(stdout.decode("utf-8"), newline=""))
    header = next(reader)
    if header != ["user_id", "count", "prompt_tokens", "completion_tokens", "cost"]:
        raise ValueError(f"unexpected header {header}")
    for user, count, prompt, completion, cost in reader:
        rows[user] = (int(count), int(prompt), int(completion), int(Decimal(cost) * 1_000_000_000))
    return rows


def compare(truth, got):
    """None when equal, else a short description of the differences."""
    if truth == got:
        return None
    keys = set(truth) | set(got)
    bad = sorted((k for k in keys if truth.get(k) != got.get(k)), key=lambda k: -(truth.get(k) or (0,))[0])
    example = bad[0]
    return (f"{len(bad)} of {len(keys)} users differ, e.g. {example!r}: expected {truth.get(example)} "
            f"(count, prompt, completion, cost nanos), got {got.get(example)}")


def dump_benchmark(description, fmt):
    """The start of a benchmark of one generated dump (clickhouse.py, pricing.py): parses its options, generates the
    dump when missing; returns the options, the dump, the generator's totals, the records and the dump's size."""
    p = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--size", default="1G", help="size of the generated dump, e.g. 50M, 1G (default 1G)")
    p.add_argument("--records", default="short", choices=["short", "long"], help="ue-gen-dump --records")
    p.add_argument("--runs", type=int, default=5, help="timed runs of each command (default 5), after a warm-up")
    p.add_argument("--cli", default=str(ROOT / "build/src/cli/usage-explorer-cli"))
    p.add_argument("--gen", default=str(ROOT / "build/bench/ue-gen-dump"))
    p.add_argument("--out", default=str(HERE / "out"))
    args = p.parse_args()
    path, totals = generate_dump(args, fmt)
    truth = read_truth(totals)
    return args, path, truth, sum(v[0] for v in truth.values()), os.path.getsize(path)


def generate_dump(args, fmt):
    """The compact dump of fmt and its totals, under the name bench.py gives it; generated when missing."""
    path = Path(args.out) / f"{fmt}-{args.records}-{args.size}.jsonl"
    totals = Path(str(path) + ".totals")
    if not (path.exists() and totals.exists()):
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"generating {path.name} ...", file=sys.stderr, flush=True)
        subprocess.run([args.gen, "--format", fmt, "--records", args.records, "--size", str(parse_size(args.size)),
                        "-o", str(path), "--totals", str(totals)], check=True)
    return path, totals


def commit_description():
    return subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True,
                          text=True).stdout.strip()


def load_average():
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def cpu_description():
    lscpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
    fields = dict(l.split(":", 1) for l in lscpu.splitlines() if ":" in l)
    model = fields.get("Model name", "?").strip()
    flags = set(fields.get("Flags", "").split())
    simd = ", ".join(f for f in ("avx2", "avx512f", "avx512bw") if f in flags)
    return f"{model} ({simd or 'no AVX2'})"


def fmt_bytes(n):
    return f"{n / 1e9:.2f} GB" if n >= 1e9 else f"{n / 1e6:.1f} MB"


def fmt_mem(kb):
    return f"{kb / 1024:.0f} MB"
