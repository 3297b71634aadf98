//! Unsubscribe links: each campaign-wide email carries a secret of its own naming the
//! signature it went to; only the secret's SHA-256 is stored, so the link reveals nothing.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::query_builder::AstPass;
use diesel::sql_types::{BigInt, Text, Timestamp};

use crate::db::multi_row::{Insert, Row};
use crate::db::schema::{campaigns, signatures, unsubscribe_links};
use crate::db::{DbConnection, DbError, MultiBackend};
use crate::domain::{SecretToken, TokenHash};

/// A link to store with others in one statement.
#[derive(Debug)]
pub struct NewLink {
    pub hash: TokenHash,
    pub signature_id: i64,
    pub created_at: NaiveDateTime,
}

/// The unsubscribe link's path for `token`.
pub fn path(token: &SecretToken) -> String {
    format!("/unsubscribe/{}", token.as_str())
}

/// The token in an unsubscribe address (its last path segment), if it is one.
pub fn token_of_url(url: &str) -> Option<SecretToken> {
    let (_, token) = url.rsplit_once("/unsubscribe/")?;
    SecretToken::parse(token).ok()
}

/// Stores `links` in statements of at most 1,000 rows.
pub fn insert_many(conn: &mut DbConnection, links: &[NewLink]) -> Result<(), DbError> {
    for chunk in links.chunks(1000) {
        Insert::new(
            "INSERT INTO unsubscribe_links (token_hash, signature_id, created_at) VALUES",
            chunk,
        )
        .execute(conn)?;
    }
    Ok(())
}

impl Row<MultiBackend> for NewLink {
    fn push_values<'b>(&'b self, out: &mut AstPass<'_, 'b, MultiBackend>) -> QueryResult<()> {
        out.push_bind_param::<Text, _>(self.hash.as_str())?;
        out.push_sql(", ");
        out.push_bind_param::<BigInt, _>(&self.signature_id)?;
        out.push_sql(", ");
        out.push_bind_param::<Timestamp, _>(&self.created_at)
    }
}

/// What an unsubscribe link points at.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct LinkTarget {
    pub signature_id: i64,
    pub campaign_id: i64,
    pub slug: String,
    pub headline: String,
    pub unsubscribed_at: Option<NaiveDateTime>,
}

pub fn find(conn: &mut DbConnection, hash: &TokenHash) -> Result<Option<LinkTarget>, DbError> {
    Ok(unsubscribe_links::table
        .inner_join(signatures::table.inner_join(campaigns::table))
        .filter(unsubscribe_links::token_hash.eq(hash.as_str()))
        .select((
            signatures::id,
            campaigns::id,
            campaigns::slug,
            campaigns::headline,
            signatures::unsubscribed_at,
        ))
        .first(conn)
        .optional()?)
}

/// Of `hashes`, those whose signature has unsubscribed.
pub fn unsubscribed(conn: &mut DbConnection, hashes: &[&str]) -> Result<Vec<String>, DbError> {
    if hashes.is_empty() {
        return Ok(Vec::new());
    }
    Ok(unsubscribe_links::table
        .inner_join(signatures::table)
        .filter(unsubscribe_links::token_hash.eq_any(hashes))
        .filter(signatures::unsubscribed_at.is_not_null())
        .select(unsubscribe_links::token_hash)
        .load(conn)?)
}
