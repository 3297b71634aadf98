//! One connection type over SQLite and PostgreSQL: opening it, its per-connection settings,
//! and write transactions that take SQLite's write lock first.

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection, SqliteConnection};

use super::error::DbError;

/// A connection to whichever database the configuration names.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgres(PgConnection),
    Sqlite(SqliteConnection),
}

/// Which engine a database URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Postgres,
    Sqlite,
}

impl Backend {
    /// `postgres://` and `postgresql://` URLs are PostgreSQL; anything else is a SQLite path
    /// (an optional `sqlite://` prefix is accepted).
    pub fn of_url(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }
}

/// Opens a connection of the right kind for `url`, without guessing from connection errors.
pub fn establish(url: &str) -> Result<DbConnection, DbError> {
    let mut conn = match Backend::of_url(url) {
        Backend::Postgres => DbConnection::Postgres(PgConnection::establish(url)?),
        Backend::Sqlite => DbConnection::Sqlite(SqliteConnection::establish(sqlite_path(url))?),
    };
    configure(&mut conn)?;
    Ok(conn)
}

pub(super) fn sqlite_path(url: &str) -> &str {
    url.strip_prefix("sqlite://").unwrap_or(url)
}

/// How long a SQLite connection waits for another's lock before "database is locked".
pub(super) const BUSY_TIMEOUT_MS: u32 = 5000;

/// Per-connection settings. SQLite: a busy timeout first, WAL with `synchronous=FULL` so
/// an acknowledged write survives power loss, foreign keys enforced, no checkpoint inside
/// commits (`checkpointer` does it on its own thread), and erased bytes zeroed with
/// temporary files kept in memory (see `scrub`).
pub(super) fn configure(conn: &mut DbConnection) -> Result<(), DbError> {
    match conn {
        DbConnection::Sqlite(c) => c.batch_execute(&format!(
            "PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}; PRAGMA journal_mode = WAL; \
             PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; \
             PRAGMA wal_autocheckpoint = 0; PRAGMA secure_delete = ON; \
             PRAGMA temp_store = MEMORY;",
        ))?,
        DbConnection::Postgres(c) => c.batch_execute("SET TIME ZONE 'UTC'")?,
    }
    Ok(())
}

/// Runs `work` in a transaction. On SQLite it begins with `BEGIN IMMEDIATE`, taking the write
/// lock before the first read: a plain `BEGIN` that has read and then writes fails at once
/// with "database is locked" if another process wrote in between, and no busy timeout helps.
pub(crate) fn write_transaction<T, E, F>(conn: &mut DbConnection, work: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    use diesel::connection::{AnsiTransactionManager, TransactionManager};

    let DbConnection::Sqlite(sqlite) = conn else {
        return conn.transaction(work);
    };
    AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE")?;
    let outcome = work(conn);
    let DbConnection::Sqlite(sqlite) = conn else {
        return Err(diesel::result::Error::BrokenTransactionManager.into());
    };
    match outcome {
        Ok(value) => {
            AnsiTransactionManager::commit_transaction(sqlite)?;
            Ok(value)
        }
        Err(error) => match AnsiTransactionManager::rollback_transaction(sqlite) {
            Ok(()) | Err(diesel::result::Error::BrokenTransactionManager) => Err(error),
            Err(rollback) => Err(rollback.into()),
        },
    }
}
