#!/usr/bin/env bash
# Issue 17's mail benchmark (see docs/benchmarks.md, "Mail at campaign scale"): an update of BULK emails queued
# in the bulk lane, sent through a real SMTP server on loopback (bench/mailsink, which
# speaks SMTP to lettre's client and keeps nothing), while SIGNERS people sign at
# intervals; reports how long the update took (emails a second) and the delay of each
# signer's confirmation email, from the sign request to its SMTP receipt at the sink.
#
# Knobs (environment):
#   ENGINES="sqlite postgres"     databases to run on
#   CONCURRENCY="8 1"             MISSIVE_MAIL_CONCURRENCY values to compare (1: the old
#                                 serial sender's throughput)
#   BULK=100000                   emails in the update
#   SIGNERS=200                   confirmations measured during the drain
#   SIGN_EVERY=0.1                seconds between sign requests
#   PG_URL=postgres://postgres@127.0.0.1:5432
#   MISSIVE=path/to/missive       measure this binary instead of building the tree's (release)
#   BASELINE=path/to/missive      also measure this binary (e.g. an older commit's), in the
#                                 same session: each cell runs it just before MISSIVE
#   BASELINE_BULK=$BULK           emails in the baseline's update (a slow baseline can
#                                 drain a smaller one; the rate is per second either way)
#   BENCH_DIR=target/bench-mail   where logs and results.md go
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
engines=${ENGINES:-"sqlite postgres"}
concurrency=${CONCURRENCY:-"8 1"}
bulk=${BULK:-100000}
baseline=${BASELINE:-}
baseline_bulk=${BASELINE_BULK:-$bulk}
signers=${SIGNERS:-200}
sign_every=${SIGN_EVERY:-0.1}
pg_url=${PG_URL:-postgres://postgres@127.0.0.1:5432}
out=${BENCH_DIR:-$root/target/bench-mail}
mkdir -p "$out"

if [ -z "${MISSIVE:-}" ]; then
    cargo build --release --quiet --bin missive
    MISSIVE=$root/target/release/missive
fi
CARGO_TARGET_DIR="$root/target/mailsink" cargo build --release --quiet \
    --manifest-path bench/mailsink/Cargo.toml
sink=$root/target/mailsink/release/missive-mailsink

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ns() { date +%s%N; }

bulk_sql() {
    # One campaign update's worth of emails, as the bulk lane holds them.
    local now=$1
    cat <<SQL
INSERT INTO outbox (recipient, subject, body_text, body_html, created_at, next_attempt_at, bulk, unsubscribe_url)
SELECT 'supporter' || i || '@bulk.example.com', 'News from the campaign: we passed 100,000',
       '$(printf 'Hello,\n\nThank you for signing. %.0s' {1..30})',
       '<p>$(printf 'Thank you for signing. %.0s' {1..30})</p>',
       $now, $now, TRUE, 'http://127.0.0.1/unsubscribe/' || i
SQL
}

run_one() {
    local engine=$1 conc=$2 label=$3 binary=$4 bulk=$5
    local tag="$engine-c$conc-$label" dir db_url smtp_port http_port load
    # The machine's load before the cell starts: other work sharing the cores.
    load=$(cut -d' ' -f1 /proc/loadavg)
    dir=$(mktemp -d)
    smtp_port=$(port)
    http_port=$(port)
    case $engine in
        sqlite) db_url=$dir/missive.sqlite3 ;;
        postgres)
            local name="missive_mailbench_$$_${conc}_$label"
            psql -q "$pg_url/postgres" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
            db_url="$pg_url/$name" ;;
    esac
    rm -f "$out/$tag.sink.log.count"
    "$sink" "$smtp_port" "$out/$tag.sink.log" "@confirm.example.com" &
    local sink_pid=$!
    MISSIVE_BIND=127.0.0.1:$http_port DATABASE_URL=$db_url MISSIVE_DATA_DIR=$dir \
        MISSIVE_SMTP_URL=smtp://127.0.0.1:$smtp_port MISSIVE_SIGN_ALLOW=127.0.0.1 \
        MISSIVE_MAIL_CONCURRENCY=$conc MISSIVE_POSTCODE_API=off RUST_LOG=warn \
        "$binary" serve 2>"$out/$tag.server.log" &
    local server_pid=$!
    for _ in $(seq 100); do
        curl -fs "http://127.0.0.1:$http_port/health" >/dev/null && break
        sleep 0.2
    done
    # Queue the update.
    local t0
    case $engine in
        sqlite)
            t0=$(now_ns)
            { echo "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $bulk)"
              bulk_sql "strftime('%Y-%m-%d %H:%M:%f', 'now')"; echo " FROM n;"; } \
                | sqlite3 -cmd ".timeout 10000" "$db_url" ;;
        postgres)
            t0=$(now_ns)
            { bulk_sql "(now() AT TIME ZONE 'utc')"; echo " FROM generate_series(1, $bulk) AS i;"; } \
                | psql -q "$db_url" ;;
    esac
    local queued
    queued=$(now_ns)
    # Sign at intervals while it drains.
    : >"$out/$tag.signs.log"
    for i in $(seq "$signers"); do
        echo "$(now_ns) signer$i@confirm.example.com" >>"$out/$tag.signs.log"
        curl -s -o /dev/null -X POST "http://127.0.0.1:$http_port/campaigns/british-values/signatures" \
            --data-urlencode "full_name=Signer $i" --data-urlencode "email=signer$i@confirm.example.com" \
            --data-urlencode "postcode=SW1A 1AA" --data-urlencode "country=GB" --data-urlencode "website=" &
        sleep "$sign_every"
    done
    wait_for=$((bulk + signers))
    local done_at=""
    for _ in $(seq 1200); do
        n=$(awk '{print $2}' "$out/$tag.sink.log.count" 2>/dev/null || echo 0)
        if [ "${n:-0}" -ge "$wait_for" ]; then
            # The last update email's arrival, as the sink timed it (all had arrived when
            # the sink wrote this count).
            done_at=$(awk '{print $3}' "$out/$tag.sink.log.count")
            break
        fi
        sleep 0.5
    done
    kill "$server_pid" "$sink_pid" 2>/dev/null || true
    wait "$server_pid" "$sink_pid" 2>/dev/null || true
    python3 - "$out/$tag" "$t0" "$queued" "${done_at:-0}" "$bulk" "$engine" "$conc" "$label" "$load" <<'PY' | tee -a "$out/results.md"
import sys
base, t0, queued, done, bulk, engine, conc, label, load = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], sys.argv[7], sys.argv[8], sys.argv[9]
signed = {}
for line in open(base + ".signs.log"):
    t, who = line.split(); signed[who] = int(t)
got = {}
for line in open(base + ".sink.log"):
    t, who = line.split(); got.setdefault(who, int(t))
delays = sorted((got[w] - signed[w]) / 1e9 for w in signed if w in got)
def pct(p):
    return delays[min(len(delays) - 1, int(round(p / 100 * len(delays) + 0.5)) - 1)] if delays else float("nan")
secs = (done - queued) / 1e9 if done else float("nan")
print(f"| {engine} | {label} | {conc} | {bulk:,} | {secs:.1f} s | {bulk / secs:,.0f}/s | {len(delays)}/{len(signed)} | {pct(50):.2f} s | {pct(99):.2f} s | {delays[-1] if delays else float('nan'):.2f} s | {load} |")
PY
    rm -rf "$dir"
}

echo "| database | sender | concurrency | update | drain time | emails a second | confirmations received | p50 delay | p99 delay | max delay | load before (1 min) |" | tee "$out/results.md"
echo "|---|---|---|---|---|---|---|---|---|---|---|" | tee -a "$out/results.md"
for engine in $engines; do
    for conc in $concurrency; do
        if [ -n "$baseline" ]; then
            run_one "$engine" "$conc" baseline "$baseline" "$baseline_bulk"
        fi
        run_one "$engine" "$conc" tree "$MISSIVE" "$bulk"
    done
done
