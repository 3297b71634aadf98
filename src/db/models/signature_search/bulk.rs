//! The bulk changes a moderator makes to what a search found. Rows are named by id: the
//! search is a boxed query, which runs on either engine only as a select.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{matching, SignatureFilter};
use crate::db::schema::signatures;
use crate::db::{DbConnection, DbError};

/// Ids changed per statement: well under SQLite's limit on bound parameters.
const IDS_PER_UPDATE: usize = 500;

/// Ids of the matching signatures not yet invalidated (or, with `suspect_only`, the
/// suspect ones).
fn ids(
    conn: &mut DbConnection,
    filter: &SignatureFilter,
    suspect_only: bool,
) -> Result<Vec<i64>, DbError> {
    let query = matching(filter);
    let query = if suspect_only {
        query.filter(signatures::suspect.eq(true))
    } else {
        query.filter(signatures::invalidated_at.is_null())
    };
    Ok(query
        .order(signatures::id)
        .select(signatures::id)
        .load(conn)?)
}

/// Invalidates every matching signature that is not invalidated already, as part of
/// `invalidation_id`. Returns how many changed.
pub fn invalidate(
    conn: &mut DbConnection,
    filter: &SignatureFilter,
    invalidation_id: i64,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    let mut changed = 0;
    for chunk in ids(conn, filter, false)?.chunks(IDS_PER_UPDATE) {
        changed += diesel::update(
            signatures::table
                .filter(signatures::id.eq_any(chunk))
                .filter(signatures::invalidated_at.is_null()),
        )
        .set((
            signatures::invalidated_at.eq(now),
            signatures::invalidation_id.eq(invalidation_id),
            signatures::count_dirty.eq(true),
        ))
        .execute(conn)?;
    }
    Ok(changed)
}

/// Marks every matching suspect signature reviewed and genuine. Returns how many changed.
pub fn clear_suspects(conn: &mut DbConnection, filter: &SignatureFilter) -> Result<usize, DbError> {
    let mut changed = 0;
    for chunk in ids(conn, filter, true)?.chunks(IDS_PER_UPDATE) {
        changed += diesel::update(
            signatures::table
                .filter(signatures::id.eq_any(chunk))
                .filter(signatures::suspect.eq(true)),
        )
        .set((
            signatures::suspect.eq(false),
            signatures::count_dirty.eq(true),
        ))
        .execute(conn)?;
    }
    Ok(changed)
}

/// Puts back the signatures an invalidation took out. Returns how many changed.
pub fn restore(conn: &mut DbConnection, invalidation_id: i64) -> Result<usize, DbError> {
    Ok(
        diesel::update(signatures::table.filter(signatures::invalidation_id.eq(invalidation_id)))
            .set((
                signatures::invalidated_at.eq(None::<NaiveDateTime>),
                signatures::invalidation_id.eq(None::<i64>),
                signatures::count_dirty.eq(true),
            ))
            .execute(conn)?,
    )
}
