//! Copies SQLite's write-ahead log into the database file from a thread of its own, so the
//! group-commit writer never does it. With SQLite's automatic checkpoint the connection that
//! commits past 1,000 log pages copies them and syncs the database file inside its commit:
//! on a large database that is hundreds of scattered page writes, and every signature queued
//! behind that commit waited for it (p99 of 300 ms while confirming on a million rows).
//! A passive checkpoint from another connection runs beside the writers and never blocks them.

use std::sync::Weak;
use std::thread;
use std::time::Duration;

use diesel::connection::SimpleConnection;

use super::{establish, DbConnection};

/// How often the log is copied back; a busy server's log stays a few megabytes.
const EVERY: Duration = Duration::from_millis(250);

/// Starts the checkpointer for the SQLite database at `url`; it stops once `alive` has no
/// strong references left (the database handle is gone).
pub fn start(url: String, alive: Weak<()>) {
    let spawned = thread::Builder::new()
        .name("sqlite-checkpoint".into())
        .spawn(move || run(&url, &alive));
    if let Err(error) = spawned {
        tracing::warn!(%error, "no checkpoint thread: SQLite's log is copied back at shutdown only");
    }
}

fn run(url: &str, alive: &Weak<()>) {
    let mut conn: Option<DbConnection> = None;
    while alive.strong_count() > 0 {
        thread::sleep(EVERY);
        if conn.is_none() {
            conn = establish(url).ok();
        }
        let Some(c) = conn.as_mut() else { continue };
        if let Err(error) = c.batch_execute("PRAGMA wal_checkpoint(PASSIVE)") {
            tracing::warn!(%error, "a checkpoint of the SQLite log failed");
            conn = None;
        }
    }
}
