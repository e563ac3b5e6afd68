#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The benchmark behind bench/run.sh: usage-explorer-cli aggregate against DuckDB on the same dumps.

For every dump (made by ue-gen-dump, which also writes the exact per-user totals of what it wrote) it runs each tool
once to warm up and then --runs times with the file in the page cache, checks every run's per-user totals against the
generator's (count, prompt and completion tokens exactly, cost to the nano-USD), and prints one table: median wall
time, GB/s, records/s, peak memory (max RSS of the process), speed relative to DuckDB and to a plain read
(cat, zcat or zstd -dc) of the same file. A time is printed only when the totals agreed on every run.
"""
import argparse
import csv
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FORMATS = ["helicone-jsonl", "helicone-json", "export-csv", "web-jsonl", "web-csv", "clickhouse-jsonl",
           "clickhouse-csv"]
DEFAULT_FORMATS = ("helicone-jsonl:short,helicone-jsonl:long,helicone-json:short,helicone-json:long,"
                   "export-csv:short,export-csv:long,web-jsonl:short,web-csv:short,clickhouse-jsonl:short,"
                   "clickhouse-jsonl:long,clickhouse-csv:short")
UNSUPPORTED_MARKERS = ("not a format Usage Explorer reads", "no recognisable records")


def parse_size(text):
    t = text.strip().upper().rstrip("B")
    factor = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(t[-1:], 1)
    if factor != 1:
        t = t[:-1]
    return int(float(t) * factor)


def extension(fmt):
    return "json" if fmt == "helicone-json" else "csv" if fmt.endswith("csv") else "jsonl"


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


def parse_duckdb(stdout):
    rows = {}
    for line in stdout.decode("utf-8").splitlines():
        user, *numbers = json.loads(line)
        rows[user] = tuple(int(n) for n in numbers)
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


def fmt_bytes(n):
    return f"{n / 1e9:.2f} GB" if n >= 1e9 else f"{n / 1e6:.1f} MB"


def fmt_mem(kb):
    return f"{kb / 1024:.0f} MB"


class Bench:
    def __init__(self, args):
        self.args = args
        self.out = Path(args.out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.rows = []  # (file, size, tool, time, gbps, rps, mem, vs_duck, vs_ref, note)
        self.notes = []
        self.failed = False
        self.duckdb = None if args.no_duckdb else self.find_duckdb()

    def find_duckdb(self):
        if not shutil.which("node"):
            self.notes.append("DuckDB skipped: node is not installed.")
            return None
        if not (HERE / "node_modules" / "@duckdb" / "node-api").is_dir():
            self.notes.append("DuckDB skipped: @duckdb/node-api is not installed in bench/node_modules "
                              "(npm install --prefix bench @duckdb/node-api failed or was not run).")
            return None
        version = subprocess.run(["node", "-e", "console.log(require('@duckdb/node-api/package.json').version)"],
                                 cwd=HERE, capture_output=True, text=True).stdout.strip()
        self.notes.append(f"DuckDB: @duckdb/node-api {version}, whole process (node + DuckDB); the query alone "
                          "is listed as 'duckdb (query only)'.")
        return ["node", str(HERE / "duckdb-aggregate.mjs")]

    def generate(self, fmt, kind):
        size = parse_size(self.args.size)
        base = self.out / f"{fmt}-{kind}-{self.args.size}.{extension(fmt)}"
        totals = Path(str(base) + ".totals")
        if not (base.exists() and totals.exists()):
            print(f"generating {base.name} ...", file=sys.stderr, flush=True)
            t = time.perf_counter()
            subprocess.run([self.args.gen, "--format", fmt, "--records", kind, "--size", str(size), "-o", str(base),
                            "--totals", str(totals)], check=True)
            print(f"  {time.perf_counter() - t:.1f} s", file=sys.stderr, flush=True)
        strict = None
        if fmt == "helicone-json":
            # The export CLI ends its array with ",\n]\n", which DuckDB rejects: DuckDB reads a copy without it.
            strict = base.with_name(base.stem + ".strict.json")
            if not strict.exists():
                shutil.copyfile(base, strict)
                with open(strict, "r+b") as f:
                    f.seek(-4, os.SEEK_END)
                    if f.read() == b",\n]\n":
                        f.seek(-4, os.SEEK_END)
                        f.truncate()
                        f.write(b"\n]\n")
        return base, totals, strict

    def compressed(self, path, kind):
        target = Path(f"{path}.{kind}")
        if not target.exists():
            print(f"compressing {target.name} ...", file=sys.stderr, flush=True)
            tmp = Path(str(target) + ".tmp")
            cmd = ["gzip", "-c", "-6", str(path)] if kind == "gz" else ["zstd", "-q", "-c", "-3", "-T2", str(path)]
            with open(tmp, "wb") as f:
                subprocess.run(cmd, stdout=f, check=True)
            tmp.rename(target)
        return target

    def repeat(self, cmd, capture, check):
        """Warm-up run plus --runs timed runs; check(run) returns an error text or None."""
        runs = []
        for i in range(self.args.runs + 1):
            r = measure(cmd, capture)
            if r.rc != 0:
                return None, r, None
            problem = check(r) if check else None
            if problem:
                return None, r, problem
            if i > 0:
                runs.append(r)
        return runs, None, None

    def add(self, file, size, tool, runs, raw_bytes, records, note=""):
        t = statistics.median(r.wall for r in runs)
        mem = max(r.maxrss_kb for r in runs)
        self.rows.append({"file": file, "size": size, "tool": tool, "time": t, "gbps": raw_bytes / t / 1e9,
                          "rps": records / t if records else None, "mem": mem, "note": note})
        return t

    def add_text(self, file, size, tool, text):
        self.rows.append({"file": file, "size": size, "tool": tool, "text": text})

    def bench_file(self, fmt, kind, path, truth_path, strict, compression):
        truth = read_truth(truth_path)
        records = sum(v[0] for v in truth.values())
        raw_bytes = os.path.getsize(path)
        if compression:
            path = self.compressed(path, compression)
            strict = self.compressed(strict, compression) if strict else None
        size = fmt_bytes(os.path.getsize(path))
        name = f"{fmt} {kind}" + (f" .{compression}" if compression else "")
        first_row = len(self.rows)
        # reference: read (and decompress) the whole file, output thrown away; this also fills the page cache
        ref_cmd = {None: ["cat"], "gz": ["zcat"], "zst": ["zstd", "-q", "-dc"]}[compression] + [str(path)]
        runs, _, _ = self.repeat(ref_cmd, False, None)
        ref = self.add(name, size, " ".join(ref_cmd[:-1]), runs, raw_bytes, None)

        duck_time = None
        if self.duckdb:
            target = strict or path
            runs, bad, problem = self.repeat(self.duckdb + [fmt, str(target)], True,
                                             lambda r: compare(truth, parse_duckdb(r.stdout)))
            label = "duckdb" + (" [copy without the trailing comma]" if strict else "")
            if runs:
                duck_time = self.add(name, size, label, runs, raw_bytes, records)
                query = [float(r.stderr.split("query-seconds ")[1]) for r in runs]
                self.rows.append({"file": name, "size": size, "tool": "duckdb (query only)",
                                  "time": statistics.median(query),
                                  "gbps": raw_bytes / statistics.median(query) / 1e9,
                                  "rps": records / statistics.median(query), "mem": None, "note": ""})
            elif problem:
                self.add_text(name, size, label, "MISMATCH: " + problem)
                self.failed = True
            else:
                self.add_text(name, size, label, "FAILED: " + bad.stderr.strip().splitlines()[-1][:160])
                self.failed = True

        for threads in self.args.threads.split(","):
            tool = "usage-explorer-cli" + (f" --threads {threads}" if threads != "0" else "")
            extra = [] if threads == "0" else ["--threads", threads]

            def check(r):
                return compare(truth, parse_cli(r.stdout))

            for target, label in ((path, tool), (strict, tool + " [copy without the trailing comma]")):
                if target is None:
                    continue
                runs, bad, problem = self.repeat([self.args.cli, "aggregate", "--no-formula-guard"] + extra + [str(target)],
                                                True, check)
                if runs:
                    self.add(name, size, label, runs, raw_bytes, records)
                    break
                if problem:
                    self.add_text(name, size, label, "MISMATCH: " + problem)
                    self.failed = True
                    break
                message = bad.stderr.strip().splitlines()[-1] if bad.stderr.strip() else f"exit code {bad.rc}"
                if any(m in bad.stderr for m in UNSUPPORTED_MARKERS):
                    self.add_text(name, size, label, "unsupported")
                    break
                self.add_text(name, size, label, "FAILED: " + message[:160])
                self.failed = True
        for row in self.rows[first_row:]:
            if "time" in row:
                row["vs_duck"] = duck_time / row["time"] if duck_time else None
                row["vs_ref"] = row["time"] / ref
        self.print_table(self.rows[first_row:], header=first_row == 0)

    def print_table(self, rows, header):
        cols = ["file", "size", "tool", "median", "GB/s", "records/s", "peak mem", "x DuckDB", "x read"]
        if header:
            print("| " + " | ".join(cols) + " |")
            print("|" + "|".join("---" for _ in cols) + "|")
        for r in rows:
            if "text" in r:
                cells = [r["file"], r["size"], r["tool"], r["text"], "", "", "", "", ""]
            else:
                cells = [r["file"], r["size"], r["tool"], f"{r['time']:.3f} s", f"{r['gbps']:.2f}",
                         f"{r['rps'] / 1e6:.2f} M" if r.get("rps") else "",
                         fmt_mem(r["mem"]) if r.get("mem") else "",
                         f"{r['vs_duck']:.2f}" if r.get("vs_duck") else "",
                         f"{r['vs_ref']:.2f}" if r.get("vs_ref") else ""]
            print("| " + " | ".join(cells) + " |", flush=True)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--size", default="1G", help="size of each generated dump, e.g. 50M, 1G, 4G (default 1G)")
    p.add_argument("--formats", default=DEFAULT_FORMATS,
                   help="comma-separated FORMAT[:short|long] list, or 'all' (default: %(default)s); formats: "
                   + ", ".join(FORMATS))
    p.add_argument("--compress", default="", help="also benchmark compressed copies: gz, zst or gz,zst")
    p.add_argument("--runs", type=int, default=5, help="timed runs per tool and file (default 5), after a warm-up")
    p.add_argument("--threads", default="0",
                   help="usage-explorer-cli --threads values, comma-separated; 0 = its default (default: 0)")
    p.add_argument("--cli", default=str(ROOT / "build/src/cli/usage-explorer-cli"))
    p.add_argument("--gen", default=str(ROOT / "build/bench/ue-gen-dump"))
    p.add_argument("--out", default=str(HERE / "out"))
    p.add_argument("--no-duckdb", action="store_true")
    args = p.parse_args()

    specs = []
    names = [f"{f}:{k}" for f in FORMATS for k in ("short", "long")] if args.formats == "all" \
        else args.formats.split(",")
    for spec in names:
        fmt, _, kind = spec.partition(":")
        kind = kind or "short"
        if fmt not in FORMATS or kind not in ("short", "long"):
            p.error(f"unknown format {spec}")
        specs.append((fmt, kind))
    compressions = [None] + [c for c in args.compress.split(",") if c]
    for c in compressions[1:]:
        if c not in ("gz", "zst"):
            p.error(f"--compress: unknown {c}")

    bench = Bench(args)
    lscpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
    model = next((l.split(":", 1)[1].strip() for l in lscpu.splitlines() if l.startswith("Model name")), "?")
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    print(f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; {model}, {os.cpu_count()} cores, {mem_gb:.0f} GiB; "
          f"median of {args.runs} runs after a warm-up, files in the page cache\n", flush=True)
    for fmt, kind in specs:
        path, totals, strict = bench.generate(fmt, kind)
        for c in compressions:
            bench.bench_file(fmt, kind, path, totals, strict, c)
    print()
    print("GB/s: uncompressed bytes per second. x DuckDB: DuckDB's median time / this tool's (above 1: faster "
          "than DuckDB). x read: this tool's time / the time of the plain read (cat, zcat, zstd -dc) of the file.")
    for n in bench.notes:
        print(n)
    return 1 if bench.failed else 0


if __name__ == "__main__":
    sys.exit(main())
