//! Claims on letters in the moderation queue: a moderator says they are reading a letter,
//! so another does not read it too. A claim lapses `CLAIM_MINUTES` after it was made;
//! until then only an explicit take-over replaces it.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::letter_claims;
use crate::db::{DbConnection, DbError};

/// How long a claim holds, in minutes.
pub const CLAIM_MINUTES: i64 = 30;

/// Who is reading a letter, since when.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = letter_claims)]
pub struct Claim {
    pub letter_id: i64,
    pub user_id: i64,
    pub user_email: String,
    pub claimed_at: NaiveDateTime,
}

impl Claim {
    /// When the claim lapses.
    pub fn expires_at(&self) -> NaiveDateTime {
        self.claimed_at + Duration::minutes(CLAIM_MINUTES)
    }
}

/// What became of a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claimed {
    /// The letter is now claimed by the caller; `from` is whose live claim it replaced.
    Yes { from: Option<String> },
    /// Someone else holds a live claim and the caller did not ask to take it over.
    HeldBy(Claim),
}

fn cutoff(now: NaiveDateTime) -> NaiveDateTime {
    now - Duration::minutes(CLAIM_MINUTES)
}

/// The live claims on any of `ids`.
pub fn live_on(
    conn: &mut DbConnection,
    ids: &[i64],
    now: NaiveDateTime,
) -> Result<Vec<Claim>, DbError> {
    Ok(letter_claims::table
        .filter(letter_claims::letter_id.eq_any(ids))
        .filter(letter_claims::claimed_at.gt(cutoff(now)))
        .select(Claim::as_select())
        .load(conn)?)
}

/// The live claim on one letter, if any.
pub fn live(
    conn: &mut DbConnection,
    id: i64,
    now: NaiveDateTime,
) -> Result<Option<Claim>, DbError> {
    Ok(live_on(conn, &[id], now)?.into_iter().next())
}

/// Claims letter `id` for the staff member `user_id`; a live claim of someone else's is
/// replaced only when `take_over`. Renews the caller's own claim.
pub fn claim(
    conn: &mut DbConnection,
    id: i64,
    (user_id, email): (i64, &str),
    take_over: bool,
    now: NaiveDateTime,
) -> Result<Claimed, DbError> {
    let held = live(conn, id, now)?;
    let from = match held {
        Some(held) if held.user_id != user_id && !take_over => return Ok(Claimed::HeldBy(held)),
        Some(held) if held.user_id != user_id => Some(held.user_email),
        _ => None,
    };
    diesel::delete(letter_claims::table.find(id)).execute(conn)?;
    diesel::insert_into(letter_claims::table)
        .values((
            letter_claims::letter_id.eq(id),
            letter_claims::user_id.eq(user_id),
            letter_claims::user_email.eq(email),
            letter_claims::claimed_at.eq(now),
        ))
        .execute(conn)?;
    Ok(Claimed::Yes { from })
}

/// Ends whatever claim there is on letter `id` (once it is decided).
pub fn release(conn: &mut DbConnection, id: i64) -> Result<(), DbError> {
    diesel::delete(letter_claims::table.find(id)).execute(conn)?;
    Ok(())
}
