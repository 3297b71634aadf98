//! Signature counts, kept in `campaign_counts` and advanced in batches.
//!
//! Signing and confirming never touch the count row: a confirmation only sets
//! `signatures.confirmed_at`. A background task folds newly confirmed signatures into the
//! counts, many at a time, and marks them `counted` in the same transaction, so every
//! confirmation is counted exactly once however many instances run.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{campaign_counts, campaigns, signatures};
use crate::db::{DbConnection, DbError};

/// One campaign's count as last folded.
#[derive(Debug, Clone, Queryable)]
pub struct CountRow {
    pub campaign_id: i64,
    pub slug: String,
    pub signature_count: i64,
    pub updated_at: NaiveDateTime,
}

/// Adds up to `batch` newly confirmed signatures to their campaigns' counts; call inside a
/// write transaction. Returns how many were folded. On PostgreSQL a transaction-scoped
/// advisory lock makes concurrent instances take turns (one that finds it held folds
/// nothing this time round).
pub fn fold_confirmed(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    batch: i64,
) -> Result<usize, DbError> {
    if let DbConnection::Postgres(pg) = conn {
        if !try_advisory_xact_lock(pg)? {
            return Ok(0);
        }
    }
    let fresh: Vec<(i64, i64)> = signatures::table
        .filter(signatures::confirmed_at.is_not_null())
        .filter(signatures::counted.eq(false))
        .order(signatures::id.asc())
        .limit(batch)
        .select((signatures::id, signatures::campaign_id))
        .load(conn)?;
    if fresh.is_empty() {
        return Ok(0);
    }

    let mut per_campaign: Vec<(i64, i64)> = Vec::new();
    for (_, campaign_id) in &fresh {
        match per_campaign.iter_mut().find(|(id, _)| id == campaign_id) {
            Some((_, n)) => *n += 1,
            None => per_campaign.push((*campaign_id, 1)),
        }
    }
    for (campaign_id, n) in per_campaign {
        diesel::update(campaign_counts::table.find(campaign_id))
            .set((
                campaign_counts::signature_count.eq(campaign_counts::signature_count + n),
                campaign_counts::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    let ids: Vec<i64> = fresh.iter().map(|(id, _)| *id).collect();
    let marked = diesel::update(signatures::table.filter(signatures::id.eq_any(&ids)))
        .set(signatures::counted.eq(true))
        .execute(conn)?;
    Ok(marked)
}

fn try_advisory_xact_lock(pg: &mut PgConnection) -> Result<bool, DbError> {
    #[derive(QueryableByName)]
    struct Locked {
        #[diesel(sql_type = diesel::sql_types::Bool)]
        locked: bool,
    }
    let row: Locked = diesel::sql_query("SELECT pg_try_advisory_xact_lock(7306582214) AS locked")
        .get_result(pg)?;
    Ok(row.locked)
}

/// Every campaign's current count, for the in-memory cache.
pub fn all(conn: &mut DbConnection) -> Result<Vec<CountRow>, DbError> {
    Ok(campaign_counts::table
        .inner_join(campaigns::table)
        .select((
            campaign_counts::campaign_id,
            campaigns::slug,
            campaign_counts::signature_count,
            campaign_counts::updated_at,
        ))
        .load(conn)?)
}

/// Counts confirmed signatures from scratch (for checks and repairs, never per request).
pub fn recount(conn: &mut DbConnection, campaign_id: i64) -> Result<i64, DbError> {
    Ok(signatures::table
        .filter(signatures::campaign_id.eq(campaign_id))
        .filter(signatures::confirmed_at.is_not_null())
        .count()
        .get_result(conn)?)
}
