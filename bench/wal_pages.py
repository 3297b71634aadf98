#!/usr/bin/env python3
"""Which tables and indexes fill SQLite's write-ahead log.

    bench/wal_pages.py LOG DATABASE

LOG is a copy of a `-wal` file taken while the server writes, DATABASE a copy of the
database file taken after it (pages keep their numbers). Reads the log's valid frames (those
whose salt matches the log header, from its start up to the first that does not), maps
each frame's page number to the table or index owning that page (SQLite's `dbstat`), and
prints the frames a commit wrote to each, most first. `bench/cpu.sh` runs it with `WAL=1`.
"""

import collections
import sqlite3
import struct
import sys


def frames(log):
    """Page numbers of the log's valid frames, and how many commits they make."""
    _magic, _version, page_size, _seq, salt1, salt2 = struct.unpack(">6I", log[:24])
    pages, commits, offset = [], 0, 32
    while offset + 24 + page_size <= len(log):
        page, commit_size, s1, s2 = struct.unpack(">4I", log[offset : offset + 16])
        if (s1, s2) != (salt1, salt2):
            break
        pages.append(page)
        commits += commit_size != 0
        offset += 24 + page_size
    return page_size, pages, commits


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], "rb") as f:
        page_size, pages, commits = frames(f.read())
    db = sqlite3.connect(f"file:{sys.argv[2]}?mode=ro", uri=True)
    owner = dict(db.execute("SELECT pageno, name FROM dbstat"))
    if not commits:
        sys.exit("no commit in the log")
    print(
        f"{len(pages)} frames of {page_size} bytes in {commits} commits: "
        f"{len(pages) / commits:.1f} frames a commit"
    )
    counted = collections.Counter(owner.get(p, "(free or new)") for p in pages)
    for name, n in counted.most_common():
        print(f"  {n / commits:8.1f} a commit  {100 * n / len(pages):5.1f} %  {name}")


if __name__ == "__main__":
    main()
