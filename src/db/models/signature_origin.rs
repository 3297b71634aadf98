//! Where signatures come from: when one address last signed a campaign (for the
//! signing rate limit, served by the `(campaign_id, ip, created_at)` index), and the lock
//! that makes that count exact while several instances sign at once.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::signatures;
use crate::db::{DbConnection, DbError};

/// When the newest `most` signatures from `ip` (as stored) on the campaign made after
/// `since` were made, newest first.
pub fn latest_since(
    conn: &mut DbConnection,
    campaign_id: i64,
    ip: &str,
    since: NaiveDateTime,
    most: i64,
) -> Result<Vec<NaiveDateTime>, DbError> {
    Ok(signatures::table
        .filter(signatures::campaign_id.eq(campaign_id))
        .filter(signatures::ip.eq(ip))
        .filter(signatures::created_at.gt(since))
        .order(signatures::created_at.desc())
        .select(signatures::created_at)
        .limit(most)
        .load(conn)?)
}

/// Makes signing transactions from one address on one campaign take turns until they
/// commit, so two at once cannot both find the other missing. SQLite needs nothing:
/// its writers already take turns.
pub fn lock_address(conn: &mut DbConnection, campaign_id: i64, ip: &str) -> Result<(), DbError> {
    if let DbConnection::Postgres(pg) = conn {
        // Two-key form: a lock space apart from the counter's one-key lock.
        diesel::sql_query("SELECT pg_advisory_xact_lock($1, $2)")
            .bind::<diesel::sql_types::Integer, _>(LOCK_SPACE)
            .bind::<diesel::sql_types::Integer, _>(key(campaign_id, ip))
            .execute(pg)?;
    }
    Ok(())
}

/// Names signing locks among other advisory locks.
const LOCK_SPACE: i32 = 0x5167_0001;

/// FNV-1a over the campaign and address: the same on every instance and build.
fn key(campaign_id: i64, ip: &str) -> i32 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in campaign_id.to_le_bytes().iter().chain(ip.as_bytes()) {
        hash ^= u32::from(*byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    i32::from_ne_bytes(hash.to_ne_bytes())
}

#[cfg(test)]
mod tests {
    #[test]
    fn lock_keys_are_stable_and_differ_by_address_and_campaign() {
        let a = super::key(1, "203.0.113.7");
        assert_eq!(a, super::key(1, "203.0.113.7"));
        assert_ne!(a, super::key(1, "203.0.113.8"));
        assert_ne!(a, super::key(2, "203.0.113.7"));
    }
}
