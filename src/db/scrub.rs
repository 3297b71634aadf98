//! Erasure that leaves nothing readable in the database's files. Every SQLite connection
//! runs with `secure_delete` (deleted and overwritten bytes are zeroed, freed pages too) and
//! keeps temporary files, such as the writer's statement journals, in memory; after an
//! erasure the write-ahead log, which still holds earlier copies of the erased pages, is
//! copied back and truncated to nothing. On PostgreSQL the tables that hold personal data
//! are vacuumed, so the erased rows' old versions are pruned.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use diesel::connection::SimpleConnection;

use super::checkpointer::{self, Mode};
use super::connection::BUSY_TIMEOUT_MS;
use super::{Backend, Database, DbError};

/// The tables whose rows hold personal data, and so old copies of it after an erasure.
const PERSONAL_TABLES: [&str; 8] = [
    "signatures",
    "confirmation_tokens",
    "letters",
    "letter_links",
    "joint_letters",
    "deliveries",
    "outbox",
    "invalidations",
];

/// How long emptying the log, in the writers' turn, waits for readers each time.
const READERS_WAIT_MS: u32 = 20;
/// How often an emptying of the log that readers kept from finishing is tried again.
const ATTEMPTS: usize = 100;
const BETWEEN_ATTEMPTS: Duration = Duration::from_millis(50);

impl Database {
    /// Removes the old copies an erasure left behind: on SQLite, empties the write-ahead
    /// log into the database file (taking this process's writers' turn meanwhile); on
    /// PostgreSQL, vacuums the tables holding personal data. Blocking; call it after the
    /// erasure has committed.
    pub fn scrub_blocking(&self) -> Result<(), DbError> {
        match self.backend() {
            Backend::Sqlite => {
                let mut conn = self.get()?;
                // Most of the log is copied back beside the writers; the rest in their turn,
                // with a busy handler that gives up soon so that they never wait long.
                checkpointer::checkpoint(&mut conn, Mode::Passive)?;
                conn.batch_execute(&format!("PRAGMA busy_timeout = {READERS_WAIT_MS}"))?;
                let emptied = self.truncate_log(&mut conn);
                conn.batch_execute(&format!("PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}"))?;
                if emptied? {
                    return Ok(());
                }
                tracing::warn!(
                    "after an erasure, readers kept the database log from being emptied; \
                     it is emptied at the next erasure or shutdown"
                );
                Ok(())
            }
            Backend::Postgres => {
                let sql = format!("VACUUM {}", PERSONAL_TABLES.join(", "));
                self.get()?.batch_execute(&sql)?;
                Ok(())
            }
        }
    }

    /// Empties the log in the writers' turn, trying again while readers keep it from
    /// finishing; whether it was emptied.
    fn truncate_log(&self, conn: &mut super::DbConnection) -> Result<bool, DbError> {
        for _ in 0..ATTEMPTS {
            let done = {
                let _turn = self
                    .write_lock
                    .as_ref()
                    .map(|lock| lock.lock().unwrap_or_else(|p| p.into_inner()));
                checkpointer::checkpoint(conn, Mode::Truncate)?
            };
            if done.busy == 0 {
                return Ok(true);
            }
            std::thread::sleep(BETWEEN_ATTEMPTS);
        }
        Ok(false)
    }

    /// [`Database::scrub_blocking`] on a blocking thread, without waiting for it. Requests
    /// made while one runs are served by one more run after it.
    pub fn scrub_soon(&self) {
        let mut state = self.scrub.lock().unwrap_or_else(|p| p.into_inner());
        if state.running {
            state.again = true;
            return;
        }
        state.running = true;
        drop(state);
        let db = self.clone();
        tokio::task::spawn_blocking(move || loop {
            if let Err(error) = db.scrub_blocking() {
                tracing::warn!(%error, "could not scrub the database after an erasure");
            }
            let mut state = db.scrub.lock().unwrap_or_else(|p| p.into_inner());
            if state.again {
                state.again = false;
                continue;
            }
            state.running = false;
            break;
        });
    }
}

/// Whether a scrub runs, and whether another was asked for meanwhile.
#[derive(Debug, Default)]
pub(super) struct ScrubState {
    running: bool,
    again: bool,
}

pub(super) type SharedScrub = Arc<Mutex<ScrubState>>;
