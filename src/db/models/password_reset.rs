//! Password-reset links: only the SHA-256 of each link's secret is stored, with the account
//! it resets and when it stops working. Using one deletes every link to that account.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::password_resets;
use crate::db::{DbConnection, DbError};
use crate::domain::TokenHash;

pub fn insert(
    conn: &mut DbConnection,
    hash: &TokenHash,
    user_id: i64,
    now: NaiveDateTime,
    expires_at: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::insert_into(password_resets::table)
        .values((
            password_resets::token_hash.eq(hash.as_str()),
            password_resets::user_id.eq(user_id),
            password_resets::created_at.eq(now),
            password_resets::expires_at.eq(expires_at),
        ))
        .execute(conn)?;
    Ok(())
}

/// The account a link resets, if the link exists and has not expired at `now`.
pub fn find_valid(
    conn: &mut DbConnection,
    hash: &TokenHash,
    now: NaiveDateTime,
) -> Result<Option<i64>, DbError> {
    Ok(password_resets::table
        .find(hash.as_str())
        .filter(password_resets::expires_at.gt(now))
        .select(password_resets::user_id)
        .first(conn)
        .optional()?)
}

/// Uses up a link: deletes it and returns its account, if it existed and had not expired
/// at `now`. Of two uses at once, only one finds it.
pub fn take(
    conn: &mut DbConnection,
    hash: &TokenHash,
    now: NaiveDateTime,
) -> Result<Option<i64>, DbError> {
    let Some(user_id) = find_valid(conn, hash, now)? else {
        return Ok(None);
    };
    let deleted = diesel::delete(password_resets::table.find(hash.as_str())).execute(conn)?;
    Ok((deleted == 1).then_some(user_id))
}

/// Deletes every link to the account, and any expired link; how many went.
pub fn forget(conn: &mut DbConnection, user_id: i64, now: NaiveDateTime) -> Result<usize, DbError> {
    Ok(diesel::delete(
        password_resets::table.filter(
            password_resets::user_id
                .eq(user_id)
                .or(password_resets::expires_at.le(now)),
        ),
    )
    .execute(conn)?)
}
