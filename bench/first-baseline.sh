#!/usr/bin/env bash
# A first, rough throughput figure for the campaign page and for signing (wrk, SQLite with
# synchronous=FULL, release build). The full benchmark suite with baselines is issue 6.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || apt-get install -y wrk
cargo build --release --quiet
dir=$(mktemp -d)
port=${PORT:-18080}
MISSIVE_DATA_DIR="$dir" MISSIVE_BIND="127.0.0.1:$port" RUST_LOG=warn ./target/release/missive &
server=$!
trap 'kill $server; rm -rf "$dir"' EXIT
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
echo "== campaign page, 64 connections"
wrk -t2 -c64 -d${DURATION:-10s} --latency "http://127.0.0.1:$port/campaigns/british-values"
echo "== count.json, 64 connections"
wrk -t2 -c64 -d${DURATION:-10s} --latency "http://127.0.0.1:$port/campaigns/british-values/count.json"
echo "== signing, 64 connections"
wrk -t2 -c64 -d${DURATION:-10s} --latency -s bench/sign.lua "http://127.0.0.1:$port/campaigns/british-values/signatures"
rows=$(sqlite3 "$dir/missive.sqlite3" 'SELECT COUNT(*) FROM signatures' 2>/dev/null || echo "?")
echo "signature rows stored: $rows"
