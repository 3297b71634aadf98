#!/usr/bin/env bash
# Schemathesis against a seeded Missive: every operation in docs/openapi.json (as served at
# /api/v1/openapi.json), all checks, all phases (examples, coverage, fuzzing, stateful),
# within a time budget. Exits non-zero on any failure.
#
#   tests/schemathesis/run.sh                      # SQLite, in a temporary data folder
#   tests/schemathesis/run.sh postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable
#                                                  # a fresh database on that server, dropped after
#
# MISSIVE_BIN (default target/release/missive), SCHEMATHESIS_SECONDS (default 120: the
# budget for fuzzing and stateful testing) and SCHEMATHESIS_VENV (default
# target/schemathesis-venv, made and filled with the pinned version when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."

ST_VERSION=4.32.5
BIN=${MISSIVE_BIN:-target/release/missive}
VENV=${SCHEMATHESIS_VENV:-target/schemathesis-venv}
SECONDS_BUDGET=${SCHEMATHESIS_SECONDS:-120}
TARGET=${1:-sqlite}

if ! "$VENV/bin/st" --version 2>/dev/null | grep -q "$ST_VERSION"; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$ST_VERSION"
fi
[ -x "$BIN" ] || { echo "no server binary at $BIN (cargo build --release --bin missive)" >&2; exit 1; }

mkdir -p target
WORK=$(mktemp -d "$PWD/target/schemathesis-run.XXXXXX")
SERVER=""
DROP_DB=""
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
  [ -n "$DROP_DB" ] && psql "$TARGET" -qc "DROP DATABASE IF EXISTS $DROP_DB" >/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
export MISSIVE_DATA_DIR="$WORK/data" MISSIVE_BIND="127.0.0.1:$PORT" MISSIVE_BASE_URL="$BASE"
export MISSIVE_SIGN_ALLOW=127.0.0.1/32 MISSIVE_COUNT_INTERVAL_MS=200 MISSIVE_POSTCODE_API=off
case "$TARGET" in
  sqlite) unset DATABASE_URL ;;
  postgres://* | postgresql://*)
    DROP_DB="missive_schemathesis_$$"
    psql "$TARGET" -qc "CREATE DATABASE $DROP_DB" >/dev/null
    export DATABASE_URL
    DATABASE_URL=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$TARGET" "$DROP_DB")
    ;;
  *) echo "usage: $0 [sqlite | postgres://…]" >&2; exit 2 ;;
esac

ORGANISER=organiser@example.org
PASSWORD="schemathesis walks the petitions $$"
"$BIN" migrate >/dev/null
printf '%s\n' "$PASSWORD" | "$BIN" user add "$ORGANISER" --role organiser >/dev/null

"$BIN" serve >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "$BASE/health" 2>/dev/null && break
  sleep 0.1
done
TOKEN=$(python3 tests/schemathesis/seed.py "$BASE" "$MISSIVE_DATA_DIR/outbox" "$ORGANISER" "$PASSWORD")

echo "== schemathesis $ST_VERSION against $TARGET ($BASE), ${SECONDS_BUDGET} s budget"
status=0
# Run from the temporary folder, where Schemathesis leaves its cache.
VENV=$(cd "$VENV" && pwd)
(cd "$WORK" && "$VENV/bin/st" run "$BASE/api/v1/openapi.json" \
  --checks all \
  --phases examples,coverage,fuzzing,stateful \
  --max-time "$SECONDS_BUDGET" \
  --header "Authorization: Bearer $TOKEN" \
  --request-timeout 10 \
  --workers 2 \
  --seed "${SCHEMATHESIS_SEED:-20261204}") \
  || status=$?
[ "$status" = 0 ] || { echo "== the server's log (last 30 lines)"; tail -n 30 "$WORK/server.log"; }
exit "$status"
