//! Invalidations: batches of signatures a moderator took out of a count, with the search
//! that found them, kept so that each batch can be put back (reverted) whole.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{campaigns, invalidations, users};
use crate::db::{DbConnection, DbError};

/// One invalidation as the review page lists it.
#[derive(Debug, Clone, Queryable)]
pub struct InvalidationRow {
    pub id: i64,
    pub campaign_slug: String,
    /// The search that found the signatures, as JSON.
    pub criteria: String,
    pub signature_count: i32,
    pub created_by: Option<String>,
    pub created_at: NaiveDateTime,
    pub reverted_by: Option<i64>,
    pub reverted_at: Option<NaiveDateTime>,
}

/// Records a new invalidation (its count filled in by [`set_count`]) and returns its id.
pub fn create(
    conn: &mut DbConnection,
    campaign_id: i64,
    criteria: &str,
    created_by: i64,
    now: NaiveDateTime,
) -> Result<i64, DbError> {
    Ok(diesel::insert_into(invalidations::table)
        .values((
            invalidations::campaign_id.eq(campaign_id),
            invalidations::criteria.eq(criteria),
            invalidations::signature_count.eq(0),
            invalidations::created_by.eq(created_by),
            invalidations::created_at.eq(now),
        ))
        .returning(invalidations::id)
        .get_result(conn)?)
}

pub fn set_count(conn: &mut DbConnection, id: i64, count: i32) -> Result<(), DbError> {
    diesel::update(invalidations::table.find(id))
        .set(invalidations::signature_count.eq(count))
        .execute(conn)?;
    Ok(())
}

/// Marks the invalidation reverted; false when it was already (or does not exist).
pub fn mark_reverted(
    conn: &mut DbConnection,
    id: i64,
    by: i64,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let changed = diesel::update(
        invalidations::table
            .find(id)
            .filter(invalidations::reverted_at.is_null()),
    )
    .set((
        invalidations::reverted_by.eq(by),
        invalidations::reverted_at.eq(now),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// The newest invalidations, with their campaign and who made them.
pub fn recent(conn: &mut DbConnection, limit: i64) -> Result<Vec<InvalidationRow>, DbError> {
    Ok(invalidations::table
        .inner_join(campaigns::table.on(campaigns::id.eq(invalidations::campaign_id)))
        .left_join(users::table.on(users::id.eq(invalidations::created_by)))
        .order((invalidations::created_at.desc(), invalidations::id.desc()))
        .limit(limit)
        .select((
            invalidations::id,
            campaigns::slug,
            invalidations::criteria,
            invalidations::signature_count,
            users::email.nullable(),
            invalidations::created_at,
            invalidations::reverted_by,
            invalidations::reverted_at,
        ))
        .load(conn)?)
}
