#!/usr/bin/env bash
# Bounded memory for `missive postcodes import`: generates an NSPL-shaped CSV (2,700,000
# rows, 40 columns, like the real ONS file) and a names file in a temp dir, imports them
# into a fresh SQLite database with the release binary under `/usr/bin/time -v`, and prints
# rows/s and peak RSS. ROWS=… changes the size; DATABASE_URL=postgres://… (an empty
# database) measures PostgreSQL instead.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${ROWS:-2700000}
[ -x /usr/bin/time ] || apt-get install -y time
cargo build --release --quiet
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

echo "== generating $rows NSPL-shaped rows in $dir"
python3 - "$dir" "$rows" <<'PY'
import sys
out, rows = sys.argv[1], int(sys.argv[2])
header = ("pcd,pcd2,pcds,dointr,doterm,usertype,oseast1m,osnrth1m,osgrdind,oa21,cty,ced,"
          "laua,ward,nhser,ctry,rgn,pcon,ttwa,itl,park,lsoa21,msoa21,wz11,sicbl,bua24,"
          "ruc21ind,oac11,lat,long,lep1,lep2,pfa,imd,icb,oa11,lsoa11,msoa11,ru11ind,calncv")
letters = "ABDEFGHJLNPQRSTUWXYZ"  # the letters an inward code may use
areas = [a + b for a in "BCDEGHKLMNPRSTW" for b in "ABDEFGHLMNRSTY"]
constituencies = 650
with open(f"{out}/names.csv", "w") as f:
    f.write("PCON24CD,PCON24NM,PCON24NMW\n")
    for i in range(constituencies):
        f.write(f"E1400{1000 + i},Constituency {i:03d} and District,\n")
with open(f"{out}/nspl.csv", "w", buffering=1 << 20) as f:
    f.write(header + "\n")
    n = 0
    for area in areas:
        for district in range(1, 10):
            outward = f"{area}{district}"
            pcon = f"E1400{1000 + (n // 4000) % constituencies}"
            tail = (f"E00{n % 999999:06d},E99999999,E99999999,E09000033,E05013806,E40000003,"
                    f"E92000001,E12000007,{{pcon}},E30000234,E06000057,E65000001,E01004736,"
                    f"E02000977,E33000254,E38000031,E63004900,UN1,7B3,51.501009,-0.141588,"
                    f"E37000051,,E23000001,17202,E54000027,E00023456,E01004736,E02000977,A1,")
            for digit in "0123456789":
                for a in letters:
                    for b in letters:
                        if n >= rows:
                            raise SystemExit
                        inward = f"{digit}{a}{b}"
                        pcds = f"{outward} {inward}"
                        code, ended = pcon, ""
                        if n % 97 == 0:      # terminated: no constituency
                            code, ended = "", "201904"
                        elif n % 100003 == 1:  # badly formed
                            pcds = f"{outward}{inward}X"
                        pcd = f"{outward:<4}{inward}"
                        f.write(f"{pcd},{outward:<5}{inward},{pcds},198001,{ended},0,"
                                f"529090,179645,1,{tail.format(pcon=code)}\n")
                        n += 1
PY
ls -lh "$dir"/nspl.csv | awk '{print "file size: " $5}'
echo "columns: $(head -1 "$dir/nspl.csv" | tr ',' '\n' | wc -l)"

echo "== importing"
export MISSIVE_DATA_DIR="$dir/data" RUST_LOG=${RUST_LOG:-warn}
/usr/bin/time -v -o "$dir/time.txt" ./target/release/missive postcodes import \
    "$dir/nspl.csv" --names "$dir/names.csv"
python3 - "$dir/time.txt" "$rows" <<'PY'
import sys
fields = dict(l.strip().rsplit(": ", 1) for l in open(sys.argv[1]) if ": " in l)
wall = 0.0
for part in fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
    wall = wall * 60 + float(part)
rss = int(fields["Maximum resident set size (kbytes)"])
rows = int(sys.argv[2])
print(f"wall time: {wall:.1f} s   rows/s: {rows / wall:,.0f}")
print(f"peak RSS: {rss / 1024:.1f} MiB   CPU: {fields['Percent of CPU this job got']}")
PY
if [ -f "$dir/data/missive.sqlite3" ]; then
    du -sh "$dir/data" | awk '{print "database size: " $1}'
fi
