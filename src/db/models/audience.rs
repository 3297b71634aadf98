//! Who campaign-wide mail may reach: confirmed, counted signers who asked to hear about
//! progress and have not unsubscribed, one address once.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::signatures;
use crate::db::{DbConnection, DbError};

/// One supporter to write to, by the signature that gave the address.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Supporter {
    pub signature_id: i64,
    pub full_name: String,
    pub email: String,
    /// The signature's language (`i18n::Lang`'s code): the update's fixed words are in it.
    pub language: String,
}

/// The opted-in supporters of a campaign, each mailbox once (the earliest signature that
/// gave it), in signing order.
pub fn opted_in(conn: &mut DbConnection, campaign_id: i64) -> Result<Vec<Supporter>, DbError> {
    let rows: Vec<(i64, String, String, String, String)> = signatures::table
        .filter(signatures::campaign_id.eq(campaign_id))
        .filter(signatures::confirmed_at.is_not_null())
        .filter(signatures::counted)
        .filter(signatures::wants_updates)
        .filter(signatures::unsubscribed_at.is_null())
        .filter(signatures::invalidated_at.is_null())
        .order(signatures::id.asc())
        .select((
            signatures::id,
            signatures::full_name,
            signatures::email,
            signatures::email_canonical,
            signatures::language,
        ))
        .load(conn)?;
    let mut seen = std::collections::HashSet::new();
    Ok(rows
        .into_iter()
        .filter(|(_, _, _, canonical, _)| seen.insert(canonical.clone()))
        .map(|(signature_id, full_name, email, _, language)| Supporter {
            signature_id,
            full_name,
            email,
            language,
        })
        .collect())
}

/// Stops campaign-wide mail to everyone who signed `campaign_id` from the same mailbox as
/// `signature_id`; the signatures themselves stay. True when anything changed.
pub fn unsubscribe(
    conn: &mut DbConnection,
    campaign_id: i64,
    signature_id: i64,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let canonical: Option<String> = signatures::table
        .find(signature_id)
        .filter(signatures::campaign_id.eq(campaign_id))
        .select(signatures::email_canonical)
        .first(conn)
        .optional()?;
    let Some(canonical) = canonical else {
        return Ok(false);
    };
    let changed = diesel::update(
        signatures::table
            .filter(signatures::campaign_id.eq(campaign_id))
            .filter(signatures::email_canonical.eq(canonical))
            .filter(signatures::unsubscribed_at.is_null()),
    )
    .set(signatures::unsubscribed_at.eq(now))
    .execute(conn)?;
    Ok(changed > 0)
}
