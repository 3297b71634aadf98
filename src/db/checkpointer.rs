//! Copies SQLite's write-ahead log into the database file from a thread of its own, so the
//! group-commit writer never does it, and starts the log over when it has grown long.
//!
//! With SQLite's automatic checkpoint the connection that commits past 1,000 log pages
//! copies them and syncs the database file inside its commit: on a large database that is
//! hundreds of scattered page writes, and every signature queued behind that commit waited
//! for it (p99 of 300 ms while confirming on a million rows). A passive checkpoint from
//! another connection runs beside the writers and never blocks them.
//!
//! A passive checkpoint alone never lets the log start over while writes keep coming: the
//! log restarts only when a writer begins with every page already copied back, and under
//! load the next commit always lands first. During a signing surge the log grew by about
//! 30 KB a signature (750 MB after 12 seconds), with no bound but the disk.
//! So when the log is long after a passive checkpoint, the checkpointer takes the writers'
//! turn for a moment and runs a restarting checkpoint, which copies the few pages committed
//! meanwhile and leaves the log to be written again from its start.

use std::sync::{Arc, Mutex, Weak};
use std::thread;
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::sql_types::Integer;
use diesel::{QueryableByName, RunQueryDsl};

use super::{establish, DbConnection, DbError};

/// How often the log is copied back.
const EVERY: Duration = Duration::from_millis(250);

/// A log longer than this (in 4 KiB pages: 256 MiB) is started over once copied back.
/// Measured while signing at 64 connections (about 100 MB of log a second): a restart
/// held the writers for 31–46 ms, about every three seconds. At 64 MiB it held them for
/// 15–34 ms every two thirds of a second, and signing's p99 rose from about 20 ms to 26–31.
/// The bound also limits what a start after a crash must read back.
const RESTART_PAST_PAGES: i32 = 65_536;

/// How long a restarting checkpoint, holding the writers' turn, waits for readers of the
/// old log before it gives up until next time.
const READERS_WAIT_MS: u32 = 20;

/// What `PRAGMA wal_checkpoint` reports, in pages.
#[derive(Debug, QueryableByName)]
pub struct Checkpointed {
    /// 1 when readers or a writer kept the checkpoint from finishing.
    #[diesel(sql_type = Integer)]
    pub busy: i32,
    /// The log's length.
    #[diesel(sql_type = Integer)]
    pub log: i32,
    /// How much of the log is now in the database file.
    #[diesel(sql_type = Integer)]
    pub checkpointed: i32,
}

/// SQLite's checkpoint modes that the server uses.
#[derive(Debug, Clone, Copy)]
pub enum Mode {
    /// Copies what it can without waiting for anyone.
    Passive,
    /// Copies everything, then waits until no reader needs the log, so the next writer
    /// writes it again from its start.
    Restart,
    /// Like `Restart`, and empties the log file.
    Truncate,
}

/// Runs a checkpoint of `mode` on `conn` (SQLite).
pub fn checkpoint(conn: &mut DbConnection, mode: Mode) -> Result<Checkpointed, DbError> {
    let sql = match mode {
        Mode::Passive => "PRAGMA wal_checkpoint(PASSIVE)",
        Mode::Restart => "PRAGMA wal_checkpoint(RESTART)",
        Mode::Truncate => "PRAGMA wal_checkpoint(TRUNCATE)",
    };
    Ok(diesel::sql_query(sql).get_result(conn)?)
}

/// Starts the checkpointer for the SQLite database at `url`, taking `turn` (the lock the
/// writers of this process take in turn) to restart a long log; it stops once `alive` has
/// no strong references left (the database handle is gone).
pub fn start(url: String, turn: Arc<Mutex<()>>, alive: Weak<()>) {
    let spawned = thread::Builder::new()
        .name("sqlite-checkpoint".into())
        .spawn(move || run(&url, &turn, &alive));
    if let Err(error) = spawned {
        tracing::warn!(%error, "no checkpoint thread: SQLite's log is copied back at shutdown only");
    }
}

fn run(url: &str, turn: &Mutex<()>, alive: &Weak<()>) {
    let mut conn: Option<DbConnection> = None;
    while alive.strong_count() > 0 {
        thread::sleep(EVERY);
        if conn.is_none() {
            conn = open(url);
        }
        let Some(c) = conn.as_mut() else { continue };
        if let Err(error) = copy_back(c, turn, RESTART_PAST_PAGES) {
            tracing::warn!(%error, "a checkpoint of the SQLite log failed");
            conn = None;
        }
    }
}

/// A connection whose busy handler gives up soon: a restarting checkpoint holds the writers'
/// turn while it waits.
fn open(url: &str) -> Option<DbConnection> {
    let mut conn = establish(url).ok()?;
    let timeout = format!("PRAGMA busy_timeout = {READERS_WAIT_MS}");
    conn.batch_execute(&timeout).ok()?;
    Some(conn)
}

/// One round: a passive checkpoint, then, if the log is longer than `restart_past` pages,
/// a restarting one in the writers' turn.
fn copy_back(conn: &mut DbConnection, turn: &Mutex<()>, restart_past: i32) -> Result<(), DbError> {
    let passive = checkpoint(conn, Mode::Passive)?;
    if passive.log <= restart_past {
        return Ok(());
    }
    let _turn = turn.lock().unwrap_or_else(|p| p.into_inner());
    let started = Instant::now();
    let restart = checkpoint(conn, Mode::Restart)?;
    tracing::debug!(
        pages = restart.log,
        passive_copied = passive.checkpointed,
        held_ms = started.elapsed().as_millis(),
        started_over = restart.busy == 0,
        "a restarting checkpoint of the SQLite log in the writers' turn"
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;

    use diesel::connection::SimpleConnection;

    use super::*;

    fn database() -> (tempfile::TempDir, String) {
        let dir = tempfile::tempdir().unwrap();
        let url = dir.path().join("db.sqlite3").display().to_string();
        (dir, url)
    }

    fn log_file_len(dir: &tempfile::TempDir) -> u64 {
        std::fs::metadata(dir.path().join("db.sqlite3-wal")).map_or(0, |m| m.len())
    }

    /// `commits` commits of 50 rows of 3,000 bytes each: fresh pages, as a signing surge.
    fn write(conn: &mut DbConnection, commits: usize) {
        for _ in 0..commits {
            conn.batch_execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) \
                 INSERT INTO t (body) SELECT randomblob(3000) FROM n",
            )
            .unwrap();
        }
    }

    #[test]
    fn a_long_log_is_written_again_from_its_start() {
        let (dir, url) = database();
        let mut writer = establish(&url).unwrap();
        let mut checkpointer = open(&url).unwrap();
        let turn = Mutex::new(());
        writer
            .batch_execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB NOT NULL)")
            .unwrap();

        write(&mut writer, 30);
        let grown = log_file_len(&dir);
        assert!(grown > 4096 * 1000, "log of {grown} bytes");
        copy_back(&mut checkpointer, &turn, 1000).unwrap();
        write(&mut writer, 1);

        let next = checkpoint(&mut checkpointer, Mode::Passive).unwrap();
        assert!(
            next.log < 200,
            "the next commit starts the log over: {next:?}"
        );
        assert_eq!(
            log_file_len(&dir),
            grown,
            "the file is written again, not grown"
        );
        let rows: i64 = diesel::dsl::sql::<diesel::sql_types::BigInt>("SELECT count(*) FROM t")
            .get_result(&mut writer)
            .unwrap();
        assert_eq!(rows, 31 * 50);
    }

    #[test]
    fn a_short_log_is_copied_back_without_the_writers_turn() {
        let (_dir, url) = database();
        let mut writer = establish(&url).unwrap();
        writer
            .batch_execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB NOT NULL)")
            .unwrap();
        write(&mut writer, 2);
        let turn = Arc::new(Mutex::new(()));
        let held = turn.lock().unwrap();

        let (done, finished) = mpsc::channel();
        let checkpointer_turn = turn.clone();
        thread::spawn(move || {
            let mut conn = open(&url).unwrap();
            copy_back(&mut conn, &checkpointer_turn, RESTART_PAST_PAGES).unwrap();
            let after = checkpoint(&mut conn, Mode::Passive).unwrap();
            done.send(after).unwrap();
        });
        let after = finished
            .recv_timeout(Duration::from_secs(10))
            .expect("copying back a short log does not wait for the writers");
        drop(held);
        assert_eq!(after.busy, 0);
        assert_eq!(
            after.log, after.checkpointed,
            "all of it copied back: {after:?}"
        );
    }
}
