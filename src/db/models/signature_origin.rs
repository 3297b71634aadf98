//! Where signatures come from: when one address last signed a campaign (for the
//! signing rate limit, served by the `(campaign_id, ip, created_at)` index), and the lock
//! that makes that count exact while several instances sign at once.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::sql_types::{Array, BigInt, Integer, Text, Timestamp};

use crate::db::schema::signatures;
use crate::db::{DbConnection, DbError, MultiBackend};

/// When the newest `most` signatures on the campaign made after `since` from `bucket` (an
/// address as stored, or the start of an IPv6 /64 ending in `:`, see
/// `fraud::address::limit_bucket`) were made, newest first.
pub fn latest_since(
    conn: &mut DbConnection,
    campaign_id: i64,
    bucket: &str,
    since: NaiveDateTime,
    most: i64,
) -> Result<Vec<NaiveDateTime>, DbError> {
    let mut query = signatures::table
        .filter(signatures::campaign_id.eq(campaign_id))
        .filter(signatures::created_at.gt(since))
        .into_boxed::<MultiBackend>();
    query = match Bucket::of(bucket) {
        Bucket::Address(ip) => query.filter(signatures::ip.eq(ip.to_owned())),
        Bucket::Net(start) => {
            let mut query = query.filter(signatures::ip.like(format!("{start}%")));
            if byte_ordered(conn) {
                // The same rows, as a range the `(campaign_id, ip, created_at)` index serves.
                query = query
                    .filter(signatures::ip.ge(start.to_owned()))
                    .filter(signatures::ip.lt(past(start)));
            }
            query
        }
    };
    Ok(query
        .order(signatures::created_at.desc())
        .select(signatures::created_at)
        .limit(most)
        .load(conn)?)
}

/// What a rate-limit bucket matches.
enum Bucket<'a> {
    Address(&'a str),
    /// Every stored address that starts so (an IPv6 /64; no `%`, `_` or `\` in it).
    Net(&'a str),
}

impl<'a> Bucket<'a> {
    fn of(bucket: &'a str) -> Bucket<'a> {
        if bucket.ends_with(':') {
            Bucket::Net(bucket)
        } else {
            Bucket::Address(bucket)
        }
    }
}

/// Whether text compares byte by byte (SQLite's default; PostgreSQL's depends on the
/// database's collation, so there only the `LIKE` finds a /64).
fn byte_ordered(conn: &DbConnection) -> bool {
    matches!(conn, DbConnection::Sqlite(_))
}

/// The first text after every text that starts with `start` (which ends in `:`).
fn past(start: &str) -> String {
    format!("{};", &start[..start.len() - 1])
}

/// [`latest_since`] for several buckets in one query: for each address in them, when its
/// newest `most` signatures on the campaign made after `since` were made, as `(ip, made)`
/// pairs (the caller puts each address back in its bucket).
pub fn latest_since_many(
    conn: &mut DbConnection,
    campaign_id: i64,
    buckets: &[&str],
    since: NaiveDateTime,
    most: i64,
) -> Result<Vec<(String, NaiveDateTime)>, DbError> {
    if buckets.is_empty() || most <= 0 {
        return Ok(Vec::new());
    }
    let patterns: Vec<String> = buckets
        .iter()
        .filter(|b| b.ends_with(':'))
        .map(|b| format!("{b}%"))
        .collect();
    let addresses: Vec<&str> = buckets
        .iter()
        .copied()
        .filter(|b| !b.ends_with(':'))
        .collect();
    let query = LatestSinceMany {
        campaign_id,
        addresses: &addresses,
        patterns: &patterns,
        since,
        most,
    };
    Ok(query.load(conn)?)
}

/// The newest signatures of each address, numbered within the address by a window function.
struct LatestSinceMany<'a> {
    campaign_id: i64,
    addresses: &'a [&'a str],
    /// `LIKE` patterns of IPv6 /64s.
    patterns: &'a [String],
    since: NaiveDateTime,
    most: i64,
}

impl QueryId for LatestSinceMany<'_> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl QueryFragment<MultiBackend> for LatestSinceMany<'_> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, MultiBackend>) -> QueryResult<()> {
        out.unsafe_to_cache_prepared();
        out.push_sql(
            "SELECT ip, created_at FROM (SELECT ip, created_at, ROW_NUMBER() OVER \
             (PARTITION BY ip ORDER BY created_at DESC) AS newest FROM signatures \
             WHERE campaign_id = ",
        );
        out.push_bind_param::<BigInt, _>(&self.campaign_id)?;
        out.push_sql(" AND created_at > ");
        out.push_bind_param::<Timestamp, _>(&self.since)?;
        out.push_sql(" AND (ip IN (");
        if self.addresses.is_empty() {
            out.push_sql("NULL");
        }
        for (i, ip) in self.addresses.iter().enumerate() {
            if i > 0 {
                out.push_sql(", ");
            }
            out.push_bind_param::<Text, _>(*ip)?;
        }
        out.push_sql(")");
        for pattern in self.patterns {
            out.push_sql(" OR ip LIKE ");
            out.push_bind_param::<Text, _>(pattern)?;
        }
        out.push_sql(")) AS recent WHERE newest <= ");
        out.push_bind_param::<BigInt, _>(&self.most)
    }
}

impl Query for LatestSinceMany<'_> {
    type SqlType = (Text, Timestamp);
}

impl<Conn> RunQueryDsl<Conn> for LatestSinceMany<'_> {}

/// [`lock_address`] for several addresses at once, taken in one order everywhere so that
/// two batches never wait for each other in a circle.
pub fn lock_addresses(conn: &mut DbConnection, addresses: &[(i64, &str)]) -> Result<(), DbError> {
    if let DbConnection::Postgres(pg) = conn {
        let mut keys: Vec<i32> = addresses.iter().map(|(c, ip)| key(*c, ip)).collect();
        keys.sort_unstable();
        keys.dedup();
        if !keys.is_empty() {
            diesel::sql_query("SELECT pg_advisory_xact_lock($1, k) FROM unnest($2) AS u(k)")
                .bind::<Integer, _>(LOCK_SPACE)
                .bind::<Array<Integer>, _>(keys)
                .execute(pg)?;
        }
    }
    Ok(())
}

/// Makes signing transactions from one address (a limit bucket) on one campaign take turns until they
/// commit, so two at once cannot both find the other missing. SQLite needs nothing:
/// its writers already take turns.
pub fn lock_address(conn: &mut DbConnection, campaign_id: i64, ip: &str) -> Result<(), DbError> {
    if let DbConnection::Postgres(pg) = conn {
        // Two-key form: a lock space apart from the counter's one-key lock.
        diesel::sql_query("SELECT pg_advisory_xact_lock($1, $2)")
            .bind::<Integer, _>(LOCK_SPACE)
            .bind::<Integer, _>(key(campaign_id, ip))
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
