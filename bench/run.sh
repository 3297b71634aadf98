#!/usr/bin/env bash
# Issue 6's benchmark suite, in one command: builds the release binaries, seeds the
# databases, measures start-up and idle memory, then runs every scenario at every load
# against the bare actix-web baseline and missive on SQLite, on PostgreSQL, and as two
# instances sharing PostgreSQL behind nginx; checks after each signing and confirming cell
# that the rows stored are exactly the POSTs acknowledged; and writes a Markdown table to
# stdout and target/bench/results.md. See BENCHMARKS.md.
#
# Knobs (environment):
#   DURATION=10                        seconds per cell
#   MODES="16 64 256 rate:1000"        loads: connection counts, and rate:N (N iterations a
#                                      second, open model over RATE_USERS connections)
#   RATE_USERS=64
#   ENGINES="sqlite postgres postgres-2"
#   SCENARIOS="sign confirm page-1k page-1m count"
#   PG_URL=postgres://postgres@127.0.0.1:5432   server for the PostgreSQL engines (trust auth)
#   CONFIRM_TOKENS                     seeded links per confirming cell (DURATION × 25,000 on
#                                      SQLite, × 6,000 on PostgreSQL)
#   PG_CONNECTIONS=32                  MISSIVE_DB_CONNECTIONS of each PostgreSQL instance
#   SERVER_LOG=warn                    RUST_LOG for the servers
#   MISSIVE=path/to/missive            measure this binary instead of building the tree's
#   MILLION=1000000                    size of the big campaign
#   DRAIN_SECONDS=60                   longest wait after a writing cell for its emails to go
#   BENCH_DIR=target/bench             where results.md, results.jsonl and logs go
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

duration=${DURATION:-10}
modes=${MODES:-"16 64 256 rate:1000"}
rate_users=${RATE_USERS:-64}
engines=${ENGINES:-"sqlite postgres postgres-2"}
scenarios=${SCENARIOS:-"sign confirm page-1k page-1m count"}
pg_url=${PG_URL:-postgres://postgres@127.0.0.1:5432}
pg_connections=${PG_CONNECTIONS:-32}
# Links a confirming cell may use up: more than the engine confirms in DURATION seconds.
tokens_for() {
    case $1 in
        sqlite) echo "${CONFIRM_TOKENS:-$((duration * 25000))}" ;;
        *) echo "${CONFIRM_TOKENS:-$((duration * 15000))}" ;;
    esac
}
out=${BENCH_DIR:-$root/target/bench}
million=${MILLION:-1000000}

has() { [[ " $1 " == *" $2 "* ]]; }
# 1000000 → 1,000,000
grouped() { echo "$1" | sed -e ':a' -e 's/\B[0-9]\{3\}\>/,&/' -e 'ta'; }
pg_engines() { has "$engines" postgres || has "$engines" postgres-2; }

for tool in sqlite3 psql; do
    command -v "$tool" >/dev/null || apt-get install -y sqlite3 postgresql-client
done
if has "$engines" postgres-2 && ! command -v nginx >/dev/null; then
    apt-get install -y nginx-light
fi

echo "== $(date +%T) building release binaries" >&2
if [ -z "${MISSIVE:-}" ]; then
    cargo build --release --quiet
fi
CARGO_TARGET_DIR="$root/target/loadgen" cargo build --release --quiet \
    --manifest-path bench/loadgen/Cargo.toml
missive=$(realpath "${MISSIVE:-$root/target/release/missive}")
loadgen=$root/target/loadgen/release/loadgen
baseline=$root/target/loadgen/release/baseline

mkdir -p "$out"
results=$out/results.jsonl
rm -f "$results" "$out/results.md"
work=$(mktemp -d)
pg_db="missive_bench_$$"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if pg_engines; then
        psql -q "$pg_url/postgres?sslmode=disable" -c "DROP DATABASE IF EXISTS $pg_db" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Slots of every load, and a name for each usable in emails and file names.
load_users() { case $1 in rate:*) echo "$rate_users" ;; *) echo "$1" ;; esac; }
load_label() { case $1 in rate:*) echo "rate ${1#rate:}/s" ;; *) echo "$1" ;; esac; }
load_tag() { case $1 in rate:*) echo "r${1#rate:}" ;; *) echo "c$1" ;; esac; }
load_rate() { case $1 in rate:*) echo "--rate ${1#rate:}" ;; esac; }

# sql ENGINE: runs standard input against the engine's benchmark database.
sql() {
    case $1 in
        sqlite) sqlite3 -bail "$work/sqlite/missive.sqlite3" ;;
        *) psql -q -v ON_ERROR_STOP=1 -X "$pg_url/$pg_db?sslmode=disable" >/dev/null ;;
    esac
}
# query ENGINE SQL: prints one column of rows.
query() {
    case $1 in
        sqlite) sqlite3 "$work/sqlite/missive.sqlite3" "$2" ;;
        *) psql -q -X -A -t "$pg_url/$pg_db?sslmode=disable" -c "$2" ;;
    esac
}

engine_of() { case $1 in sqlite) echo sqlite ;; *) echo postgres ;; esac; }

# The server's environment for target $1, instance data dir $2, port $3.
server_env() {
    # MISSIVE_SIGN_ANSWER_MS=0: the answer floor (a timer, no server work) would cap each of
    # the 64 closed-loop connections at one signature per floor, measuring the client.
    local env=(RUST_LOG="${SERVER_LOG:-warn}" MISSIVE_DATA_DIR="$2" MISSIVE_BIND="127.0.0.1:$3"
        MISSIVE_TRUSTED_PROXIES=127.0.0.1 MISSIVE_SIGN_ANSWER_MS=0)
    case $1 in
        sqlite) env+=(DATABASE_URL="$work/sqlite/missive.sqlite3") ;;
        # The pool a PostgreSQL instance needs to keep 64 requests' commits going at once
        # (the default, 8, leaves 56 waiting for a connection while WAL flushes are shared).
        *) env+=(DATABASE_URL="$pg_url/$pg_db?sslmode=disable" MISSIVE_DB_CONNECTIONS="$pg_connections") ;;
    esac
    printf '%s\n' "${env[@]}"
}

wait_for() {
    for _ in $(seq 1 600); do
        curl -fs "$1" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "no answer from $1" >&2
    return 1
}

campaign_file() {
    sed -e "s/^slug = .*/slug = \"$1\"/" -e 's/^featured = .*/featured = false/' \
        campaigns/british-values.md > "$work/$1.md"
    echo "$work/$1.md"
}

# Seeds a migrated database: campaigns with 1,000 and $million confirmed signatures, and
# pending signatures with tokens for each confirming cell of each target using it.
seed() {
    local db=$1; shift
    local engine
    engine=$(engine_of "$db")
    echo "== $(date +%T) seeding $db: 1,000 and $(grouped "$million") confirmed signatures, confirmation links" >&2
    for slug in bench-thousand bench-million; do
        env $(server_env "$db" "$work/$db-cli" 0) "$missive" campaign import "$(campaign_file $slug)" >/dev/null
    done
    "$loadgen" seed-confirmed --engine "$engine" --slug bench-thousand --count 1000 | sql "$db"
    "$loadgen" seed-confirmed --engine "$engine" --slug bench-million --count "$million" | sql "$db"
    if has "$scenarios" confirm; then
        for target in "$@"; do
            for mode in $modes; do
                local prefix="confirm-$target-$(load_tag "$mode")"
                "$loadgen" seed-pending --engine "$engine" --slug british-values \
                    --prefix "$prefix" --count "$(tokens_for "$engine")" \
                    --tokens "$work/$prefix.tokens" | sql "$db"
            done
        done
    fi
    case $engine in
        # No ANALYZE on SQLite: the server never runs it, and with the bundled build's STAT4
        # its samples make SQLite re-prepare a cached statement whose plan read a bound value
        # each time the value changes: the likely cause of sqlite3Reprepare taking 54 % of a
        # confirmation's instructions under callgrind in the first run.
        sqlite) query "$db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null ;;
        *) query "$db" "VACUUM ANALYZE" >/dev/null ;;
    esac
}

startup() {
    local target=$1 label=$2 port=$3 dir=$4
    env $(server_env "$target" "$dir" "$port") "$loadgen" startup --target "$target" \
        --database "$label" --host "http://127.0.0.1:$port" --results "$results" \
        -- "$missive" serve
}

declare -A ports=([baseline]=18090 [sqlite]=18091 [postgres]=18092 [postgres-2]=18095)
declare -A server_pids

if has "$engines" sqlite; then
    mkdir -p "$work/sqlite"
    env $(server_env sqlite "$work/sqlite" 0) "$missive" migrate
    mkdir -p "$work/empty"
    env RUST_LOG=warn MISSIVE_DATA_DIR="$work/empty" "$missive" migrate
    echo "== $(date +%T) start-up, SQLite" >&2
    env RUST_LOG=warn MISSIVE_DATA_DIR="$work/empty" MISSIVE_BIND=127.0.0.1:18099 \
        "$loadgen" startup --target sqlite --database "migrated, empty" \
        --host http://127.0.0.1:18099 --results "$results" -- "$missive" serve
    seed sqlite sqlite
    startup sqlite "seeded, $(grouped $((million + 1000))) confirmed" 18099 "$work/sqlite"
fi
if pg_engines; then
    psql -q "$pg_url/postgres?sslmode=disable" -c "CREATE DATABASE $pg_db"
    mkdir -p "$work/pg"
    env $(server_env postgres "$work/pg" 0) "$missive" migrate
    pg_targets=()
    for t in postgres postgres-2; do has "$engines" $t && pg_targets+=("$t"); done
    seed postgres "${pg_targets[@]}"
    echo "== $(date +%T) start-up, PostgreSQL" >&2
    startup postgres "seeded, $(grouped $((million + 1000))) confirmed" 18099 "$work/pg"
fi

# What PostgreSQL alone commits here: pgbench, 64 clients, each transaction three INSERTs
# shaped like a signature's rows (signature, link, email), no application in between. The
# ceiling for PostgreSQL signing on this machine, measured in the same run.
pg_ceiling=""
pgbench=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | head -1 || true)
if pg_engines && [ -n "$pgbench" ]; then
    query postgres "CREATE TABLE bench_ceiling (id bigserial PRIMARY KEY, kind int NOT NULL,
        name text NOT NULL, email text NOT NULL, at timestamp NOT NULL DEFAULT now())" >/dev/null
    cat > "$work/ceiling.sql" <<'SQL'
\set n random(1, 1000000000)
BEGIN;
INSERT INTO bench_ceiling (kind, name, email) VALUES (1, 'Ada Tester ' || :n, 'ceiling-' || :n || '@example.org');
INSERT INTO bench_ceiling (kind, name, email) VALUES (2, repeat('t', 64), 'ceiling-' || :n || '@example.org');
INSERT INTO bench_ceiling (kind, name, email) VALUES (3, repeat('Dear Ada, please confirm. ', 40), 'ceiling-' || :n || '@example.org');
COMMIT;
SQL
    echo "== $(date +%T) PostgreSQL ceiling (pgbench)" >&2
    pg_ceiling=$("$pgbench" -n -M prepared -c 64 -j 2 -T "$duration" -f "$work/ceiling.sql" \
        "$pg_url/$pg_db?sslmode=disable" 2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | cut -d. -f1)
    query postgres "DROP TABLE bench_ceiling" >/dev/null
fi

echo "== $(date +%T) starting servers" >&2
"$baseline" "127.0.0.1:${ports[baseline]}" > "$out/baseline.log" 2>&1 &
server_pids[baseline]=$!
pids+=("$!")
for target in sqlite postgres; do
    has "$engines" $target || continue
    mkdir -p "$work/$target-serve"
    env $(server_env "$target" "$work/$target-serve" "${ports[$target]}") "$missive" serve \
        > "$out/$target.log" 2>&1 &
    server_pids[$target]=$!
    pids+=("$!")
done
if has "$engines" postgres-2; then
    two=()
    for port in 18093 18094; do
        mkdir -p "$work/pg-$port"
        env $(server_env postgres-2 "$work/pg-$port" "$port") "$missive" serve \
            > "$out/postgres-2-$port.log" 2>&1 &
        two+=("$!")
        pids+=("$!")
    done
    server_pids[postgres-2]="${two[*]}"
    mkdir -p "$work/nginx"
    cat > "$work/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $out/nginx-error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    upstream missive {
        server 127.0.0.1:18093;
        server 127.0.0.1:18094;
        keepalive 256;
        # Shorter than missive's keep-alive (5 s): otherwise nginx may send a request on a
        # connection the instance is closing, and answer a POST with 502 (it does not retry
        # those).
        keepalive_timeout 4s;
    }
    server {
        listen 127.0.0.1:${ports[postgres-2]};
        location / {
            proxy_pass http://missive;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
        }
    }
}
EOF
    nginx -e "$out/nginx-error.log" -p "$work/nginx" -c "$work/nginx/nginx.conf" &
    pids+=("$!")
fi
for target in baseline $engines; do
    wait_for "http://127.0.0.1:${ports[$target]}/health"
done
# Let start-up work (the campaign pages' statistics over a million rows) finish.
sleep 3

baseline_scenario() { case $1 in page-*) echo page ;; *) echo "$1" ;; esac; }
kind_of() { case $1 in page-*) echo page ;; *) echo "$1" ;; esac; }
slug_of() {
    case $1 in
        page-1k) echo bench-thousand ;;
        page-1m) echo bench-million ;;
        *) echo british-values ;;
    esac
}

# cell TARGET SCENARIO MODE: one measurement, and the lost/doubled check after it.
cell() {
    local target=$1 scenario=$2 mode=$3 tag
    tag=$(load_tag "$mode")
    local prefix="$scenario-$target-$tag" pid_args=()
    for pid in ${server_pids[$target]}; do pid_args+=(--pid "$pid"); done
    # The baseline checks no links: without --tokens each visitor brings a random one.
    local token_args=()
    if [ "$scenario" = confirm ] && [ "$target" != baseline ]; then
        token_args=(--tokens "$work/$prefix.tokens")
    fi
    # shellcheck disable=SC2046
    "$loadgen" run --target "$target" --scenario "$scenario" --load "$(load_label "$mode")" \
        --host "http://127.0.0.1:${ports[$target]}" --kind "$(kind_of "$scenario")" \
        --slug "$(slug_of "$scenario")" --users "$(load_users "$mode")" $(load_rate "$mode") \
        --seconds "$duration" --email-prefix "$prefix" "${pid_args[@]}" "${token_args[@]}" \
        --acknowledged "$work/$prefix.acked" --results "$results" 2>>"$out/loadgen.log"
    if [ "$target" != baseline ] && { [ "$scenario" = sign ] || [ "$scenario" = confirm ]; }; then
        local condition="email LIKE '$prefix-%'"
        [ "$scenario" = confirm ] && condition="$condition AND confirmed_at IS NOT NULL"
        query "$(engine_of "$target")" "SELECT email FROM signatures WHERE $condition" > "$work/$prefix.stored"
        "$loadgen" check --target "$target" --scenario "$scenario" \
            --load "$(load_label "$mode")" --acknowledged "$work/$prefix.acked" \
            --stored "$work/$prefix.stored" --results "$results"
        settle "$(engine_of "$target")"
    fi
}

# settle ENGINE: waits (up to DRAIN_SECONDS) until the emails a writing cell queued have
# been sent, so the next cell, the baseline's included, does not share the machine with the
# sender catching up; then lets the count folder and statistics finish.
settle() {
    local waited=0 unsent
    while [ "$waited" -lt "$((${DRAIN_SECONDS:-60} * 2))" ]; do
        unsent=$(query "$1" "SELECT count(*) FROM outbox WHERE sent_at IS NULL")
        [ "$unsent" = 0 ] && break
        sleep 0.5
        waited=$((waited + 1))
    done
    echo "   $(date +%T) emails sent $((waited / 2)) s after the cell (${unsent:-?} left)" >&2
    sleep 2
}

echo "== $(date +%T) measuring: ${duration}s per cell; loads: $modes; engines: $engines" >&2
started=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for scenario in $scenarios; do
    for mode in $modes; do
        base=$(baseline_scenario "$scenario")
        # The 8 KB page baseline serves both campaign-page scenarios: measured once a load.
        if [ "$scenario" != page-1m ] || ! has "$scenarios" page-1k; then
            cell baseline "$base" "$mode"
        fi
        for target in $engines; do
            cell "$target" "$scenario" "$mode"
        done
    done
done
minutes=$((($(date +%s) - started + 30) / 60))
echo "== measured in $minutes min" >&2

{
    echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores (generator, servers and"
    echo "PostgreSQL share them): ${duration} s a cell, $minutes min of cells; loads $modes (fixed"
    echo "rate over $rate_users connections); load average $load_before before the cells,"
    echo "$(cut -d' ' -f1-3 /proc/loadavg) after."
    echo
    "$loadgen" table "$results"
    if [ -n "$pg_ceiling" ]; then
        echo
        echo "PostgreSQL's own ceiling in this run (pgbench, 64 clients, transactions of three"
        echo "INSERTs shaped like a signature's rows, no application): $(grouped "$pg_ceiling") a second."
    fi
} > "$out/results.md"
cat "$out/results.md"
