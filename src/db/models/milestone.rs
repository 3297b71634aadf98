//! Milestones a campaign's count has crossed, each recorded once (by its primary key) with
//! what was sent to MPs, and the tallies of constituents the letters quote.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::models::official::Official;
use crate::db::schema::{campaign_milestones, officials};
use crate::db::{DbConnection, DbError};

/// A crossing as staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = campaign_milestones)]
pub struct Reached {
    pub campaign_id: i64,
    pub milestone: i64,
    pub reached_at: NaiveDateTime,
    /// How many MPs were written to.
    pub letters_queued: i32,
    /// MPs with constituents among the signers but no email address, by name ("; "
    /// between), who were not written to.
    pub skipped_mps: Option<String>,
}

/// Records that the campaign reached `milestone`, unless that is already recorded; true
/// when this call recorded it (and so is the one to act on it).
pub fn record_once(
    conn: &mut DbConnection,
    campaign_id: i64,
    milestone: i64,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let row = (
        campaign_milestones::campaign_id.eq(campaign_id),
        campaign_milestones::milestone.eq(milestone),
        campaign_milestones::reached_at.eq(now),
    );
    let inserted = match conn {
        DbConnection::Sqlite(c) => diesel::insert_or_ignore_into(campaign_milestones::table)
            .values(row)
            .execute(c)?,
        DbConnection::Postgres(c) => diesel::insert_into(campaign_milestones::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c)?,
    };
    Ok(inserted == 1)
}

/// What was sent at a recorded milestone.
pub fn set_outcome(
    conn: &mut DbConnection,
    campaign_id: i64,
    milestone: i64,
    letters_queued: i32,
    skipped_mps: Option<&str>,
) -> Result<(), DbError> {
    diesel::update(campaign_milestones::table.find((campaign_id, milestone)))
        .set((
            campaign_milestones::letters_queued.eq(letters_queued),
            campaign_milestones::skipped_mps.eq(skipped_mps),
        ))
        .execute(conn)?;
    Ok(())
}

/// The milestones the campaign has reached, lowest first.
pub fn reached(conn: &mut DbConnection, campaign_id: i64) -> Result<Vec<Reached>, DbError> {
    Ok(campaign_milestones::table
        .filter(campaign_milestones::campaign_id.eq(campaign_id))
        .order(campaign_milestones::milestone.asc())
        .select(Reached::as_select())
        .load(conn)?)
}

/// The MP for each of `codes` (constituency codes), as `official::mp_for` picks one (the
/// most recently updated official for the constituency); constituencies without one are
/// left out.
pub fn mps_for(conn: &mut DbConnection, codes: &[&str]) -> Result<Vec<Official>, DbError> {
    let mut all: Vec<Official> = Vec::new();
    for chunk in codes.chunks(500) {
        all.extend(
            officials::table
                .filter(officials::constituency_code.eq_any(chunk))
                .order((officials::updated_at.desc(), officials::id.desc()))
                .select(Official::as_select())
                .load(conn)?,
        );
    }
    // Most recent first: keep the first for each constituency.
    let mut seen = std::collections::HashSet::new();
    all.retain(|o| o.constituency_code.clone().is_some_and(|c| seen.insert(c)));
    Ok(all)
}
