#!/bin/sh
# SPDX-License-Identifier: MIT
# Installs the two ClickHouse engines the ClickHouse tests start: Debian 12's clickhouse-server (18.16, apt) and
# chDB (npm, pinned) into a cache under $HOME that a fresh clone reuses. Safe to run again: it only fetches what is
# missing. Usage: tests/support/clickhouse/install-engines.sh [--no-apt]
set -eu

CHDB_VERSION=3.4.0
CHDB_DIR="${UE_CHDB_DIR:-$HOME/.cache/usage-explorer/chdb}"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if [ "${1:-}" != "--no-apt" ] && ! command -v clickhouse-server >/dev/null 2>&1; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clickhouse-server
fi

if [ ! -f "$CHDB_DIR/node_modules/chdb/package.json" ] ||
    ! grep -q "\"version\": \"$CHDB_VERSION\"" "$CHDB_DIR/node_modules/chdb/package.json"; then
    mkdir -p "$CHDB_DIR"
    [ -f "$CHDB_DIR/package.json" ] || echo '{"name":"ue-chdb-cache","private":true}' >"$CHDB_DIR/package.json"
    (cd "$CHDB_DIR" && npm install --no-audit --no-fund --silent "chdb@$CHDB_VERSION")
fi
node -e "require('$CHDB_DIR/node_modules/chdb')" && echo "chdb $CHDB_VERSION ready in $CHDB_DIR"
