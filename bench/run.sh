#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One command for the benchmark: builds the dump generator, installs DuckDB's Node package into bench/node_modules
# when missing, builds the simdjson reference when ../shared/bench/simdjson-reference is next to the checkout,
# generates the dumps into bench/out/ and prints the results table (see bench/README.md).
#   bench/run.sh [--build DIR] [--size 1G] [--formats LIST|all] [--styles compact,spaced,mixed] [--compress gz,zst]
#                [--runs 5] [--threads 0,1] [--no-duckdb] [--no-reference] [--cli PATH]
# --clickhouse runs clickhouse.py instead (the clickhouse command against aggregate, its own server), --pricing
# pricing.py (aggregate with and without --cost computed); both take --size, --records short|long and --runs.
# Never run in CI.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build="$root/build"
args=()
duckdb=1
reference=1
script=bench.py
while [[ $# -gt 0 ]]; do
    case "$1" in
        --build) build=$(realpath "$2"); shift 2 ;;
        --no-duckdb) duckdb=0; args+=("$1"); shift ;;
        --no-reference) reference=0; shift ;;
        --clickhouse) script=clickhouse.py; shift ;;
        --pricing) script=pricing.py; shift ;;
        -h|--help) exec python3 "$here/$script" --help ;;
        *) args+=("$1"); shift ;;
    esac
done

[[ -f "$build/CMakeCache.txt" ]] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
targets=(ue-gen-dump)
[[ -x "$build/src/cli/usage-explorer-cli" ]] || targets+=(usage-explorer-cli)
cmake --build "$build" --target "${targets[@]}"

if [[ $script != bench.py ]]; then
    exec python3 "$here/$script" --cli "$build/src/cli/usage-explorer-cli" --gen "$build/bench/ue-gen-dump" \
        "${args[@]}"
fi

if [[ $duckdb == 1 && ! -d "$here/node_modules/@duckdb/node-api" ]]; then
    if command -v npm > /dev/null; then
        echo "installing @duckdb/node-api into bench/node_modules ..." >&2
        npm install --prefix "$here" --no-save --no-audit --no-fund "@duckdb/node-api@${DUCKDB_NODE_API:-1.5.6-r.1}" >&2 \
            || echo "npm install failed: DuckDB will be skipped" >&2
    else
        echo "npm not found: DuckDB will be skipped" >&2
    fi
fi

# The simdjson reference: a peer to measure against, never part of the product; built from its source with its own
# build.sh into bench/out/ (rebuilt when its source changes).
refsrc="$root/../shared/bench/simdjson-reference"
if [[ $reference == 1 && -f "$refsrc/build.sh" ]]; then
    refbin="$here/out/simdjson-reference"
    mkdir -p "$here/out"
    if [[ ! -x "$refbin" || "$refsrc/agg_simdjson.cpp" -nt "$refbin" ]]; then
        echo "building the simdjson reference into $refbin ..." >&2
        sh "$refsrc/build.sh" "$refbin" >&2 || { echo "building the simdjson reference failed: skipped" >&2; refbin=""; }
    fi
    [[ -n "$refbin" ]] && args+=(--reference "$refbin")
fi

exec python3 "$here/bench.py" --cli "$build/src/cli/usage-explorer-cli" --gen "$build/bench/ue-gen-dump" "${args[@]}"
