//! Embedded migrations, one set per engine with the same names, applied at start-up.

use diesel::connection::SimpleConnection;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use super::{DbConnection, DbError};

const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Applies every pending migration and returns how many ran.
pub fn run_pending(conn: &mut DbConnection) -> Result<usize, DbError> {
    let applied = match conn {
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE).map(|v| v.len()),
        DbConnection::Postgres(c) => {
            // Instances starting together take turns; the second finds nothing to do.
            c.batch_execute("SELECT pg_advisory_lock(7306582215)")?;
            let applied = c.run_pending_migrations(POSTGRES).map(|v| v.len());
            c.batch_execute("SELECT pg_advisory_unlock(7306582215)")?;
            applied
        }
    };
    applied.map_err(|e| DbError::Migration(e.to_string()))
}
