//! Confirmation tokens: only their SHA-256 is stored; each expires.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{campaigns, confirmation_tokens, signatures};
use crate::db::{DbConnection, DbError};
use crate::domain::TokenHash;

pub fn insert(
    conn: &mut DbConnection,
    hash: &TokenHash,
    signature_id: i64,
    now: NaiveDateTime,
    expires_at: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::insert_into(confirmation_tokens::table)
        .values((
            confirmation_tokens::token_hash.eq(hash.as_str()),
            confirmation_tokens::signature_id.eq(signature_id),
            confirmation_tokens::created_at.eq(now),
            confirmation_tokens::expires_at.eq(expires_at),
        ))
        .execute(conn)?;
    Ok(())
}

/// What a confirmation link points at.
#[derive(Debug, Clone, Queryable)]
pub struct TokenTarget {
    pub signature_id: i64,
    pub expires_at: NaiveDateTime,
    pub confirmed_at: Option<NaiveDateTime>,
    pub campaign_slug: String,
    pub campaign_headline: String,
}

/// Looks a token up by its hash (the lookup is an index probe on the hash, so the secret
/// itself is never compared).
pub fn find(conn: &mut DbConnection, hash: &TokenHash) -> Result<Option<TokenTarget>, DbError> {
    Ok(confirmation_tokens::table
        .inner_join(signatures::table.inner_join(campaigns::table))
        .filter(confirmation_tokens::token_hash.eq(hash.as_str()))
        .select((
            confirmation_tokens::signature_id,
            confirmation_tokens::expires_at,
            signatures::confirmed_at,
            campaigns::slug,
            campaigns::headline,
        ))
        .first(conn)
        .optional()?)
}
