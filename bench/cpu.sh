#!/usr/bin/env bash
# Where a signing or confirming cell's CPU goes: starts `missive serve` on a fresh SQLite
# database, runs one loadgen cell at 64 connections, and prints the server's CPU time per
# acknowledged request, thread by thread (the group-commit writer, the HTTP workers, the
# blocking pool that runs reads and the mail sender) and the bytes each thread wrote (the
# writer's are SQLite's log), then waits for the cell's emails to be sent and prints what
# sending them cost per email. Compare two builds by running it on each
# in turn (BENCHMARKS.md, "What limits them").
#
#   bench/cpu.sh [BINARY] [sign|confirm]     BINARY defaults to target/release/missive
#
# Knobs: SECONDS_PER_CELL=8, TOKENS=250000 (links seeded for confirm), PORT=18191,
# PERF=1 (perf record the server for 4 s mid-cell into target/bench/perf.data),
# WAL=1 (SQLite: copy the log mid-cell and show which tables and indexes fill it, with
# bench/wal_pages.py),
# PG_URL=postgres://postgres@127.0.0.1:5432 (measure on a fresh PostgreSQL database
# there instead of SQLite; it is dropped at the end, and PostgreSQL's own CPU per request,
# all its processes together, is shown as "postgres"; PG_CONNECTIONS=32 as in run.sh).
# Needs bench/loadgen built (bench/run.sh builds it), and sqlite3 or psql.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bin=$(realpath "${1:-target/release/missive}")
scenario=${2:-sign}
seconds=${SECONDS_PER_CELL:-8}
port=${PORT:-18191}
loadgen=$root/target/loadgen/release/loadgen
out=$root/target/bench
mkdir -p "$out"
work=$(mktemp -d)
pid=""
engine=sqlite
if [ -n "${PG_URL:-}" ]; then
    engine=postgres
    pg_db=missive_cpu_$$
    psql "$PG_URL/postgres" -qc "CREATE DATABASE $pg_db"
    export DATABASE_URL="$PG_URL/$pg_db?sslmode=disable" MISSIVE_DB_CONNECTIONS=${PG_CONNECTIONS:-32}
fi
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    [ -n "${pg_db:-}" ] && psql "$PG_URL/postgres" -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)"
    rm -rf "$work"
}
trap cleanup EXIT
# Runs SQL read from stdin, or the query given, on the database measured.
sql() {
    if [ "$engine" = postgres ]; then
        psql "$DATABASE_URL" -qAtv ON_ERROR_STOP=1 ${1:+-c "$1"}
    else
        sqlite3 -bail "$work/missive.sqlite3" ${1:+"$1"}
    fi
}

# MISSIVE_SIGN_ANSWER_MS=0: see bench/run.sh (the answer floor costs no CPU).
export RUST_LOG=warn MISSIVE_DATA_DIR=$work MISSIVE_BIND=127.0.0.1:$port MISSIVE_TRUSTED_PROXIES=127.0.0.1 MISSIVE_SIGN_ANSWER_MS=0
"$bin" migrate >/dev/null
tokens=()
if [ "$scenario" = confirm ]; then
    "$loadgen" seed-pending --engine "$engine" --slug british-values --prefix cpu \
        --count "${TOKENS:-250000}" --tokens "$work/tokens" | sql >/dev/null
    tokens=(--tokens "$work/tokens")
fi
"$bin" serve > "$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    sleep 0.1
done
sleep 1

# Sums "NAME VALUE" lines by name.
by_name() { awk '{t[$1] += $2} END {for (k in t) print k, t[k]}' | sort; }
# "NAME VALUE" for each of the server's threads, VALUE printed by awk program $1 from the
# thread's /proc file $2.
threads() {
    for task in /proc/"$pid"/task/*; do
        echo "$(tr ' ' _ < "$task/comm") $(awk "$1" "$task/$2")"
    done
}
# CPU ticks (user + system) per thread name, summed over threads of the same name; on
# PostgreSQL, its server processes' ticks as one more line.
ticks() {
    {
        threads '{print $14 + $15}' stat
        if [ "$engine" = postgres ]; then
            for proc in $(pgrep -u postgres); do
                echo "postgres $(awk '{print $14 + $15}' "/proc/$proc/stat" 2>/dev/null || echo 0)"
            done
        fi
    } | by_name
}
# Bytes each thread passed to write calls (wchar), summed by thread name: the writer's are
# the SQLite log it appends, the checkpointer's the pages it copies into the database file.
written() { threads '/^wchar/ {print $2}' io | by_name; }
tick_us=$((1000000 / $(getconf CLK_TCK)))
# per NAME BEFORE AFTER COUNT: microseconds per item, by thread.
per() {
    join -a 2 -e 0 -o 0,1.2,2.2 "$2" "$3" | awk -v n="$4" -v us="$tick_us" \
        '$3 > $2 {printf "  %-18s %6d µs\n", $1, ($3 - $2) * us / n; total += ($3 - $2) * us / n}
         END {printf "  %-18s %6d µs\n", "all threads", total}'
    echo "  ($1)"
}
unsent() { sql "SELECT count(*) FROM outbox WHERE sent_at IS NULL"; }

ticks > "$work/t0"
written > "$work/w0"
if [ "${PERF:-}" = 1 ]; then
    (sleep 2; perf record -F 499 --call-graph dwarf,16384 -p "$pid" -o "$out/perf.data" -- sleep 4 >/dev/null 2>&1) &
fi
if [ "${WAL:-}" = 1 ] && [ "$engine" = sqlite ]; then
    (sleep $((seconds / 2)); cp "$work/missive.sqlite3-wal" "$out/cell.wal") &
    copier=$!
fi
"$loadgen" run --target "$engine" --scenario "$scenario" --load 64 --host "http://127.0.0.1:$port" \
    --kind "$scenario" --users 64 --seconds "$seconds" --email-prefix cpu "${tokens[@]}" \
    --acknowledged "$work/acked" --results "$work/results.jsonl" 2>/dev/null
ticks > "$work/t1"
written > "$work/w1"
n=$(wc -l < "$work/acked")
echo "server CPU per acknowledged $scenario ($n in $seconds s):"
per "during the cell" "$work/t0" "$work/t1" "$n"
echo "bytes written per acknowledged $scenario, by thread (the writer's are the log):"
join -a 2 -e 0 -o 0,1.2,2.2 "$work/w0" "$work/w1" | awk -v n="$n" \
    '$3 > $2 {printf "  %-18s %8d B\n", $1, ($3 - $2) / n}'

if [ "$scenario" = sign ]; then
    left=$(unsent)
    started=$(date +%s)
    for _ in $(seq 240); do
        [ "$(unsent)" = 0 ] && break
        sleep 0.5
    done
    ticks > "$work/t2"
    echo "emails unsent at the end of the cell: $left; all sent $(($(date +%s) - started)) s later"
    echo "server CPU per signature after the cell, sending its email:"
    per "after the cell" "$work/t1" "$work/t2" "$n"
fi

# After the emails were sent, so that copying the database does not delay that measurement.
if [ "${WAL:-}" = 1 ] && [ "$engine" = sqlite ]; then
    wait "$copier"
    sqlite3 "$work/missive.sqlite3" ".backup '$out/cell.sqlite3'"
    echo "what the log held mid-cell:"
    python3 bench/wal_pages.py "$out/cell.wal" "$out/cell.sqlite3" | sed 's/^/  /'
fi
