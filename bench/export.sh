#!/usr/bin/env bash
# Bounded memory and speed of streamed exports: fills a fresh SQLite database with
# 1,000,000 confirmed signatures that asked for updates (650 named constituencies, 65,000
# postcodes), then times `missive export signers --campaign british-values --format csv
# > /dev/null` (and the JSON form) from the release build under `/usr/bin/time -v`, and
# prints rows/s and peak RSS for each of RUNS (3) runs. ROWS=… changes the size.
# Targets (issue 6): at least 500,000 rows/s and at most 64 MiB.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${ROWS:-1000000}
[ -x /usr/bin/time ] || apt-get install -y time
command -v sqlite3 >/dev/null || apt-get install -y sqlite3
cargo build --release --quiet
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export MISSIVE_DATA_DIR="$dir/data" RUST_LOG=${RUST_LOG:-warn}
unset DATABASE_URL
./target/release/missive migrate
db="$dir/data/missive.sqlite3"

echo "== generating and loading $rows signatures"
python3 - "$dir/fill.sql" "$rows" <<'PY'
import sys
out, rows = sys.argv[1], int(sys.argv[2])
letters = "ABDEFGHJLNPQRSTUWXYZ"
with open(out, "w", buffering=1 << 20) as f:
    f.write("BEGIN;\n")
    f.write("INSERT INTO constituencies (code, name) VALUES "
            + ",".join(f"('E1400{1000 + i}','Constituency {i:03d} and District')"
                       for i in range(650)) + ";\n")
    postcodes = []
    for i in range(65000):
        pc = f"N{i // 2000 + 1} {i % 10}{letters[(i // 10) % 20]}{letters[(i // 200) % 10]}"
        postcodes.append(pc)
    for start in range(0, len(postcodes), 5000):
        chunk = postcodes[start:start + 5000]
        f.write("INSERT OR REPLACE INTO postcodes (postcode, constituency_code) VALUES "
                + ",".join(f"('{pc}','E1400{1000 + (start + j) % 650}')"
                           for j, pc in enumerate(chunk)) + ";\n")
    f.write("CREATE TEMP TABLE c AS SELECT id FROM campaigns WHERE slug = 'british-values';\n")
    batch = []
    for n in range(rows):
        s, m = n // 60 % 60, n // 3600 % 24
        signed = f"2026-11-{1 + n // 86400 % 28:02d} {m:02d}:{n % 60:02d}:{s:02d}"
        email = f"supporter{n:07d}@example.org"
        name = f"Supporter Number{n:07d}" if n % 1000 else "=HYPERLINK(\"x\")"
        pc = postcodes[n % len(postcodes)]
        batch.append(f"((SELECT id FROM c),'{name.replace(chr(39), chr(39) * 2)}','{email}','{email}',"
                     f"'{pc}','GB',1,'{signed}','{signed}',1,0)")
        if len(batch) == 500 or n == rows - 1:
            f.write("INSERT INTO signatures (campaign_id, full_name, email, email_canonical, "
                    "postcode, country_code, wants_updates, created_at, confirmed_at, counted, "
                    "count_dirty) VALUES " + ",".join(batch) + ";\n")
            batch = []
    f.write("COMMIT;\n")
PY
time sqlite3 "$db" < "$dir/fill.sql"
rm "$dir/fill.sql"
du -sh "$db" | awk '{print "database size: " $1}'

# Three runs each: the figures vary with whatever else the machine is doing.
runs=${RUNS:-3}
for format in csv json; do
    echo "== missive export signers --format $format > /dev/null ($runs runs)"
    for run in $(seq "$runs"); do
        /usr/bin/time -v -o "$dir/time.txt" ./target/release/missive export signers \
            --campaign british-values --format "$format" > /dev/null
        python3 - "$dir/time.txt" "$rows" <<'PY'
import sys
fields = dict(l.strip().rsplit(": ", 1) for l in open(sys.argv[1]) if ": " in l)
wall = 0.0
for part in fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
    wall = wall * 60 + float(part)
rss = int(fields["Maximum resident set size (kbytes)"])
rows = int(sys.argv[2])
print(f"wall {wall:.2f} s   rows/s {rows / wall:,.0f}   peak RSS {rss / 1024:.1f} MiB"
      f"   CPU {fields['Percent of CPU this job got']}")
PY
    done
done
echo "== output size"
./target/release/missive export signers --campaign british-values --format csv | wc -c |
    awk '{printf "CSV: %.0f MiB\n", $1 / 1048576}'
