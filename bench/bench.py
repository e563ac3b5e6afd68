#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The benchmark behind bench/run.sh: usage-explorer-cli aggregate against DuckDB and the simdjson reference.

For every dump (made by ue-gen-dump, which also writes the exact per-user totals of what it wrote) it runs each tool
once to warm up and then --runs times with the file in the page cache, the tools taking turns run by run, checks
every run's per-user totals against the generator's (count, prompt and completion tokens exactly; cost to the
nano-USD, or to 1e-6 USD for the simdjson reference, which sums doubles), and prints one table: median wall time and
the range of the runs, GB/s, records/s, peak memory (max RSS of the process), speed relative to DuckDB, to the
simdjson reference and to a plain read (cat, zcat or zstd -dc) of the same file. The CLI's time is printed only when
its totals agreed on every run; a peer that disagrees is shown with its time and the word MISMATCH.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import (HERE, ROOT, compare, commit_description, cpu_description, fmt_bytes, fmt_mem,  # noqa: E402
                     load_average, parse_cli, parse_size, read_truth, take_turns)
STYLES = ["compact", "spaced", "mixed"]
FORMATS = ["helicone-jsonl", "helicone-json", "export-csv", "web-jsonl", "web-csv", "clickhouse-jsonl",
           "clickhouse-csv"]
DEFAULT_FORMATS = ("helicone-jsonl:short,helicone-jsonl:long,helicone-json:short,helicone-json:long,"
                   "export-csv:short,export-csv:long,web-jsonl:short,web-csv:short,clickhouse-jsonl:short,"
                   "clickhouse-jsonl:long,clickhouse-csv:short")
UNSUPPORTED_MARKERS = ("not a format Usage Explorer reads", "no recognisable records")


def extension(fmt):
    return "json" if fmt == "helicone-json" else "csv" if fmt.endswith("csv") else "jsonl"


def parse_reference(stdout):
    """The simdjson reference's lines {"u":..., "n":..., "p":..., "c":..., "cost": double}."""
    rows = {}
    for line in stdout.decode("utf-8").splitlines():
        o = json.loads(line)
        rows[o["u"]] = (o["n"], o["p"], o["c"], o["cost"])
    return rows


def compare_reference(truth, got):
    """Counts and tokens exactly, cost to 1e-6 USD. The reference drops records whose user id is null (it counts
    them as errors), which the generator's totals put into the '' group with the empty id: that group is left out."""
    keys = (set(truth) | set(got)) - {""}
    bad = [k for k in keys if k not in truth or k not in got or truth[k][:3] != tuple(got[k][:3])
           or abs(truth[k][3] / 1e9 - got[k][3]) > 1e-6]
    if not bad:
        return None
    bad.sort(key=lambda k: -(truth.get(k) or (0,))[0])
    example = bad[0]
    return (f"{len(bad)} of {len(keys)} users differ, e.g. {example!r}: expected {truth.get(example)} "
            f"(count, prompt, completion, cost nanos), got {got.get(example)}")


def parse_duckdb(stdout):
    rows = {}
    for line in stdout.decode("utf-8").splitlines():
        user, *numbers = json.loads(line)
        rows[user] = tuple(int(n) for n in numbers)
    return rows


def duckdb_settings(fmt):
    """What the DuckDB row's label says about its reader: the function and any setting beyond the defaults."""
    return {"helicone-jsonl": "read_ndjson", "helicone-json": "read_json format='array'",
            "web-jsonl": "read_ndjson", "clickhouse-jsonl": "read_ndjson"}.get(fmt, "read_csv")


def node_version():
    return subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()


def package_version(name):
    r = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", name], capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 else "?"


class Bench:
    def __init__(self, args):
        self.args = args
        self.out = Path(args.out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.rows = []  # (file, size, tool, time, gbps, rps, mem, vs_duck, vs_ref, note)
        self.notes = []
        self.versions = []
        self.failed = False
        self.duckdb = None if args.no_duckdb else self.find_duckdb()
        self.reference = args.reference if args.reference and os.access(args.reference, os.X_OK) else None
        if args.reference and not self.reference:
            self.notes.append(f"simdjson reference skipped: {args.reference} is not an executable.")

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
        library = subprocess.run(["node", str(HERE / "duckdb-aggregate.mjs"), "--version"], cwd=HERE,
                                 capture_output=True, text=True).stdout.strip()
        self.versions.append(f"DuckDB {library} through @duckdb/node-api {version} (Node {node_version()}), "
                             "its default threads and reader settings with the columns named; the whole process "
                             "(node + DuckDB) is timed, the query alone is listed as 'duckdb (query only)'")
        return ["node", str(HERE / "duckdb-aggregate.mjs")]

    def generate(self, fmt, kind, style):
        size = parse_size(self.args.size)
        styled = "" if style == "compact" else f"-{style}"  # compact dumps keep their earlier names
        base = self.out / f"{fmt}-{kind}{styled}-{self.args.size}.{extension(fmt)}"
        totals = Path(str(base) + ".totals")
        if not (base.exists() and totals.exists()):
            print(f"generating {base.name} ...", file=sys.stderr, flush=True)
            t = time.perf_counter()
            subprocess.run([self.args.gen, "--format", fmt, "--records", kind, "--style", style, "--size", str(size),
                            "-o", str(base), "--totals", str(totals)], check=True)
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

    def bench_file(self, fmt, kind, style, path, truth_path, strict, compression):
        truth = read_truth(truth_path)
        records = sum(v[0] for v in truth.values())
        raw_bytes = os.path.getsize(path)
        if compression:
            path = self.compressed(path, compression)
            strict = self.compressed(strict, compression) if strict else None
        size = fmt_bytes(os.path.getsize(path))
        name = f"{fmt} {kind} {style}" + (f" .{compression}" if compression else "")

        # the tools: label, command, check of one run (error text or None), exit codes that are success, whether a
        # disagreement fails the benchmark (the CLI's) or is shown beside the peer's time (a peer's)
        tools = []
        # reference: read (and decompress) the whole file, output thrown away; this also fills the page cache
        read_cmd = {None: ["cat"], "gz": ["zcat"], "zst": ["zstd", "-q", "-dc"]}[compression] + [str(path)]
        tools.append({"label": " ".join(read_cmd[:-1]), "cmd": read_cmd, "check": None, "rcs": (0,), "peer": True,
                      "records": None, "role": "read"})
        if self.duckdb:
            target = strict or path
            label = f"duckdb ({duckdb_settings(fmt)})" + (" [copy without the trailing comma]" if strict else "")
            tools.append({"label": label, "cmd": self.duckdb + [fmt, str(target)],
                          "check": lambda r: compare(truth, parse_duckdb(r.stdout)), "rcs": (0,), "peer": True,
                          "records": records, "role": "duckdb"})
        if self.reference and fmt == "helicone-jsonl" and not compression:
            tools.append({"label": f"simdjson reference (--threads {self.args.reference_threads})",
                          "cmd": [self.reference, "--threads", str(self.args.reference_threads), str(path)],
                          "check": lambda r: compare_reference(truth, parse_reference(r.stdout)),
                          "rcs": (0, 3),  # 3: some records were not counted (null user ids, see compare_reference)
                          "peer": True, "records": records, "role": "reference"})
        for threads in self.args.threads.split(","):
            extra = [] if threads == "0" else ["--threads", threads]
            tools.append({"label": "usage-explorer-cli" + (f" --threads {threads}" if extra else ""),
                          "cmd": [self.args.cli, "aggregate", "--no-formula-guard"] + extra + [str(path)],
                          "check": lambda r: compare(truth, parse_cli(r.stdout)), "rcs": (0,), "peer": False,
                          "records": records, "role": "cli"})

        # the tools take turns (see take_turns); a tool that fails, or the CLI once it disagrees, runs no more
        for t in tools:
            t["problem"], t["failure"] = None, None

        def check(i, r):
            t = tools[i]
            if r.rc not in t["rcs"]:
                lines = r.stderr.strip().splitlines()
                t["failure"] = lines[-1][:160] if lines else f"exit code {r.rc}"
                return False
            problem = t["check"](r) if t["check"] else None
            if problem and not t["problem"]:
                t["problem"] = problem
            return not (t["problem"] and not t["peer"])

        timed = take_turns({i: t["cmd"] for i, t in enumerate(tools)}, self.args.runs, check,
                           quiet={i for i, t in enumerate(tools) if t["check"] is None})
        for i, t in enumerate(tools):
            t["runs"] = timed[i]

        first_row = len(self.rows)
        times = {}
        for t in tools:
            if t["failure"]:
                unsupported = t["role"] == "cli" and any(m in t["failure"] for m in UNSUPPORTED_MARKERS)
                self.add_text(name, size, t["label"], "unsupported" if unsupported else "FAILED: " + t["failure"])
                self.failed |= not unsupported
                continue
            if t["problem"] and not t["peer"]:
                self.add_text(name, size, t["label"], "MISMATCH: " + t["problem"])
                self.failed = True
                continue
            times[t["role"]] = self.add(name, size, t["label"], t["runs"], raw_bytes, t["records"],
                                        "MISMATCH: " + t["problem"] if t["problem"] else "")
            if t["role"] == "duckdb":
                query = [float(r.stderr.split("query-seconds ")[1].split()[0]) for r in t["runs"]]
                row = self.add(name, size, "duckdb (query only)", t["runs"], raw_bytes, records, "", query)
        for row in self.rows[first_row:]:
            if "time" in row:
                row["vs_duck"] = times["duckdb"] / row["time"] if "duckdb" in times else None
                row["vs_reference"] = times["reference"] / row["time"] if "reference" in times else None
                row["vs_read"] = row["time"] / times["read"] if "read" in times else None
        self.print_table(self.rows[first_row:], header=first_row == 0)

    def add(self, file, size, tool, runs, raw_bytes, records, note="", walls=None):
        mem = None if walls else max(r.maxrss_kb for r in runs)  # walls: a time measured inside the process
        walls = walls or [r.wall for r in runs]
        t = statistics.median(walls)
        self.rows.append({"file": file, "size": size, "tool": tool, "time": t, "min": min(walls), "max": max(walls),
                          "gbps": raw_bytes / t / 1e9, "rps": records / t if records else None, "mem": mem,
                          "note": note})
        return t

    def add_text(self, file, size, tool, text):
        self.rows.append({"file": file, "size": size, "tool": tool, "text": text})

    def print_table(self, rows, header):
        cols = ["file", "size", "tool", "median", "range", "GB/s", "records/s", "peak mem", "x DuckDB", "x reference",
                "x read"]
        if header:
            print("| " + " | ".join(cols) + " |")
            print("|" + "|".join("---" for _ in cols) + "|")
        for r in rows:
            if "text" in r:
                cells = [r["file"], r["size"], r["tool"], r["text"]] + [""] * (len(cols) - 4)
            else:
                tool = r["tool"] + (f" **{r['note'].split(', e.g.')[0]}**" if r.get("note") else "")
                cells = [r["file"], r["size"], tool, f"{r['time']:.3f} s", f"{r['min']:.3f}-{r['max']:.3f} s",
                         f"{r['gbps']:.2f}",
                         f"{r['rps'] / 1e6:.2f} M" if r.get("rps") else "",
                         fmt_mem(r["mem"]) if r.get("mem") else "",
                         f"{r['vs_duck']:.2f}" if r.get("vs_duck") else "",
                         f"{r['vs_reference']:.2f}" if r.get("vs_reference") else "",
                         f"{r['vs_read']:.2f}" if r.get("vs_read") else ""]
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
    p.add_argument("--styles", default="compact",
                   help="JSON Lines styles of ue-gen-dump, comma-separated: compact, spaced, mixed (default compact; "
                   "the other formats are always compact)")
    p.add_argument("--reference", default="",
                   help="the simdjson reference program (../shared/bench/simdjson-reference, built by run.sh); "
                   "run on uncompressed helicone-jsonl files")
    p.add_argument("--reference-threads", type=int, default=os.cpu_count(),
                   help="its --threads (default: the number of cores, as the CLI's default)")
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

    styles = args.styles.split(",")
    for st in styles:
        if st not in STYLES:
            p.error(f"--styles: unknown {st}")

    bench = Bench(args)
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    commit = commit_description()
    print(f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; {cpu_description()}, {os.cpu_count()} cores, "
          f"{mem_gb:.0f} GiB; load average {load_average()} at the start; "
          f"median and range of {args.runs} runs after a warm-up, the tools taking turns, files in the page cache",
          flush=True)
    print(f"usage-explorer-cli {args.cli} (commit {commit or '?'}), its default settings (--threads 0: one "
          "worker a core)", flush=True)
    for v in bench.versions:
        print(v, flush=True)
    if bench.reference:
        print(f"simdjson reference: {bench.reference}, --threads {args.reference_threads}, its other defaults "
              f"(pread into 4 MiB buffers, iterate_many), built -O3 -march=native against simdjson "
              f"{package_version('libsimdjson-dev')}", flush=True)
    print(flush=True)
    for fmt, kind in specs:
        for st in styles if fmt.endswith("-jsonl") else ["compact"]:
            path, totals, strict = bench.generate(fmt, kind, st)
            for c in compressions:
                bench.bench_file(fmt, kind, st, path, totals, strict, c)
    print()
    print("GB/s: uncompressed bytes per second. x DuckDB, x reference: that peer's median time / this tool's "
          "(above 1: faster than it). x read: this tool's time / the time of the plain read (cat, zcat, zstd -dc) "
          "of the file. The simdjson reference's costs are compared to 1e-6 USD (it sums doubles); it does not "
          "count records whose user id is null, so the '' group is left out of its comparison.")
    for n in bench.notes:
        print(n)
    return 1 if bench.failed else 0


if __name__ == "__main__":
    sys.exit(main())
