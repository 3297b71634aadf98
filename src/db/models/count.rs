//! Signature counts, kept in `campaign_counts` and advanced in batches.
//!
//! Signing and confirming never touch the count row: a confirmation (or an invalidation,
//! or a suspect signature cleared on review) only changes the signature and marks it
//! `count_dirty`. A background task folds dirty signatures into the counts, many at a
//! time: a signature counts when it is confirmed, not suspect and not invalidated, and
//! `counted` records whether it is in the count now, so each change moves the count once
//! however many instances run.

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

/// What one fold did: how many signatures it folded, and each campaign count it moved.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    pub signatures: usize,
    pub moved: Vec<Moved>,
}

/// A campaign's count before and after a fold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moved {
    pub campaign_id: i64,
    pub before: i64,
    pub after: i64,
}

/// Folds up to `batch` dirty signatures into their campaigns' counts; call inside a
/// write transaction. Returns how many were folded, and the counts it moved (so that a
/// milestone is acted on in the same transaction as the count crossing it). On PostgreSQL a transaction-scoped
/// advisory lock makes concurrent instances take turns (one that finds it held folds
/// nothing this time round).
pub fn fold_confirmed(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    batch: i64,
) -> Result<Folded, DbError> {
    if let DbConnection::Postgres(pg) = conn {
        if !try_advisory_xact_lock(pg)? {
            return Ok(Folded::default());
        }
    }
    // A literal, not a bound `true`: SQLite (built with the query planner stability
    // guarantee, see .cargo/config.toml) uses the partial index `signatures_count_dirty`
    // only for a WHERE it can see implies the index's; a bound value it cannot see, and it
    // scanned every signature (200 ms a fold on a million rows, all in the writer's turn).
    let dirty: Vec<(i64, i64, bool, bool)> = signatures::table
        .filter(diesel::dsl::sql::<diesel::sql_types::Bool>(
            "signatures.count_dirty = TRUE",
        ))
        .order(signatures::id.asc())
        .limit(batch)
        .select((
            signatures::id,
            signatures::campaign_id,
            signatures::counted,
            signatures::confirmed_at
                .is_not_null()
                .and(signatures::suspect.eq(false))
                .and(signatures::invalidated_at.is_null()),
        ))
        .load(conn)?;
    if dirty.is_empty() {
        return Ok(Folded::default());
    }
    let mut per_campaign: Vec<(i64, i64)> = Vec::new();
    let (mut now_counted, mut now_uncounted) = (Vec::new(), Vec::new());
    for &(id, campaign_id, counted, counts) in &dirty {
        let delta = i64::from(counts) - i64::from(counted);
        if delta != 0 {
            match per_campaign.iter_mut().find(|(c, _)| *c == campaign_id) {
                Some((_, n)) => *n += delta,
                None => per_campaign.push((campaign_id, delta)),
            }
        }
        if counts {
            now_counted.push(id)
        } else {
            now_uncounted.push(id)
        }
    }
    let mut moved = Vec::with_capacity(per_campaign.len());
    for (campaign_id, delta) in per_campaign {
        let before: i64 = campaign_counts::table
            .find(campaign_id)
            .select(campaign_counts::signature_count)
            .first(conn)?;
        diesel::update(campaign_counts::table.find(campaign_id))
            .set((
                campaign_counts::signature_count.eq(campaign_counts::signature_count + delta),
                campaign_counts::updated_at.eq(now),
            ))
            .execute(conn)?;
        moved.push(Moved {
            campaign_id,
            before,
            after: before + delta,
        });
    }
    for (ids, counted) in [(now_counted, true), (now_uncounted, false)] {
        if !ids.is_empty() {
            diesel::update(signatures::table.filter(signatures::id.eq_any(&ids)))
                .set((
                    signatures::counted.eq(counted),
                    signatures::count_dirty.eq(false),
                ))
                .execute(conn)?;
        }
    }
    Ok(Folded {
        signatures: dirty.len(),
        moved,
    })
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

/// Waits for the counter's lock (the one [`fold_confirmed`] tries) and holds it until the
/// transaction ends, for a change no fold could see: a signature deleted outright (see
/// [`take_out`]). SQLite needs nothing: its writers already take turns.
pub fn hold_fold_lock(conn: &mut DbConnection) -> Result<(), DbError> {
    if let DbConnection::Postgres(pg) = conn {
        diesel::sql_query("SELECT pg_advisory_xact_lock(7306582214)").execute(pg)?;
    }
    Ok(())
}

/// Takes a signature that is in its campaign's count out of it at once, because it is
/// about to be deleted. Call holding [`hold_fold_lock`], having read `counted` under it.
pub fn take_out(
    conn: &mut DbConnection,
    campaign_id: i64,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::update(campaign_counts::table.find(campaign_id))
        .set((
            campaign_counts::signature_count.eq(campaign_counts::signature_count - 1),
            campaign_counts::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
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
        .filter(signatures::suspect.eq(false))
        .filter(signatures::invalidated_at.is_null())
        .count()
        .get_result(conn)?)
}
