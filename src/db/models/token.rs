//! Confirmation tokens: only their SHA-256 is stored; each expires.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::query_builder::AstPass;
use diesel::sql_types::{BigInt, Text, Timestamp};

use crate::db::multi_row::{Insert, Row};
use crate::db::schema::{campaigns, confirmation_tokens, signatures};
use crate::db::{DbConnection, DbError, MultiBackend};
use crate::domain::TokenHash;

/// A confirmation token to store with others in one statement.
#[derive(Debug)]
pub struct NewToken<'a> {
    pub hash: &'a TokenHash,
    pub signature_id: i64,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

pub fn insert_many(conn: &mut DbConnection, new: &[NewToken<'_>]) -> Result<(), DbError> {
    if !new.is_empty() {
        Insert::new(
            "INSERT INTO confirmation_tokens (token_hash, signature_id, created_at, expires_at) \
             VALUES",
            new,
        )
        .execute(conn)?;
    }
    Ok(())
}

impl Row<MultiBackend> for NewToken<'_> {
    fn push_values<'b>(&'b self, out: &mut AstPass<'_, 'b, MultiBackend>) -> QueryResult<()> {
        out.push_bind_param::<Text, _>(self.hash.as_str())?;
        out.push_sql(", ");
        out.push_bind_param::<BigInt, _>(&self.signature_id)?;
        out.push_sql(", ");
        out.push_bind_param::<Timestamp, _>(&self.created_at)?;
        out.push_sql(", ");
        out.push_bind_param::<Timestamp, _>(&self.expires_at)
    }
}

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

/// [`find`] for several tokens at once: each found, with its hash.
pub fn find_many(
    conn: &mut DbConnection,
    hashes: &[&str],
) -> Result<Vec<(String, TokenTarget)>, DbError> {
    Ok(confirmation_tokens::table
        .inner_join(signatures::table.inner_join(campaigns::table))
        .filter(confirmation_tokens::token_hash.eq_any(hashes))
        .select((
            confirmation_tokens::token_hash,
            (
                confirmation_tokens::signature_id,
                confirmation_tokens::expires_at,
                signatures::confirmed_at,
                campaigns::slug,
                campaigns::headline,
            ),
        ))
        .load(conn)?)
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
