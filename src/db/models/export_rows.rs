//! The rows exports read, one page at a time by keyset (`id > after ORDER BY id LIMIT n`,
//! served by the `(campaign_id, id)` indexes), with the constituency's name joined in.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{constituencies, letters, postcodes, signatures};
use crate::db::{DbConnection, DbError};

/// A signer who asked for updates.
#[derive(Debug, Clone, Queryable)]
pub struct SignerRow {
    pub id: i64,
    pub full_name: String,
    pub email: String,
    pub postcode: Option<String>,
    pub created_at: NaiveDateTime,
    pub confirmed_at: Option<NaiveDateTime>,
    pub constituency_code: Option<String>,
    pub constituency_name: Option<String>,
}

/// The next `limit` signers of a campaign after id `after` who asked for updates, are
/// confirmed and were not invalidated, in id order.
pub fn consenting_signers(
    conn: &mut DbConnection,
    campaign_id: i64,
    after: i64,
    limit: i64,
) -> Result<Vec<SignerRow>, DbError> {
    Ok(signatures::table
        .left_join(postcodes::table.on(postcodes::postcode.nullable().eq(signatures::postcode)))
        .left_join(constituencies::table.on(constituencies::code.eq(postcodes::constituency_code)))
        .filter(signatures::campaign_id.eq(campaign_id))
        .filter(signatures::id.gt(after))
        .filter(signatures::wants_updates.eq(true))
        .filter(signatures::confirmed_at.is_not_null())
        .filter(signatures::invalidated_at.is_null())
        .order(signatures::id)
        .limit(limit)
        .select((
            signatures::id,
            signatures::full_name,
            signatures::email,
            signatures::postcode,
            signatures::created_at,
            signatures::confirmed_at,
            postcodes::constituency_code.nullable(),
            constituencies::name.nullable(),
        ))
        .load(conn)?)
}

/// A submitted letter, with its writer's name and email.
#[derive(Debug, Clone, Queryable)]
pub struct LetterRow {
    pub id: i64,
    pub status: String,
    pub submitted_at: Option<NaiveDateTime>,
    pub decided_at: Option<NaiveDateTime>,
    pub constituency_code: Option<String>,
    pub constituency_name: Option<String>,
    pub similarity: i32,
    pub subject: String,
    pub body: String,
    pub writer_name: String,
    pub writer_email: String,
}

/// The next `limit` letters of a campaign after id `after` that were submitted (any status
/// but draft: a draft is its writer's alone until they send it), in id order.
pub fn submitted_letters(
    conn: &mut DbConnection,
    campaign_id: i64,
    after: i64,
    limit: i64,
) -> Result<Vec<LetterRow>, DbError> {
    Ok(letters::table
        .left_join(
            constituencies::table.on(constituencies::code
                .nullable()
                .eq(letters::constituency_code)),
        )
        .filter(letters::campaign_id.eq(campaign_id))
        .filter(letters::id.gt(after))
        .filter(letters::status.ne("draft"))
        .order(letters::id)
        .limit(limit)
        .select((
            letters::id,
            letters::status,
            letters::submitted_at,
            letters::decided_at,
            letters::constituency_code,
            constituencies::name.nullable(),
            letters::similarity,
            letters::subject,
            letters::body,
            letters::writer_name,
            letters::writer_email,
        ))
        .load(conn)?)
}
