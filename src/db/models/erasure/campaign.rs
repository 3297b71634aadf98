//! Anonymising a closed campaign: the queries, a batch at a time. Each batch finds only
//! rows that still hold personal data, so running again changes nothing, and stopping
//! part-way leaves every batch either done or not started.
//!
//! A signature keeps its campaign, country, times and statuses, and its constituency
//! (looked up from the postcode before the postcode goes), so every figure stays the same.
//! A letter keeps its status, similarity, place and deliveries; a published letter also
//! keeps its subject and text, shown without a name.

use chrono::NaiveDateTime;
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::Bool;

use super::{emails_carrying, emails_to, id_list};
use crate::db::schema::{
    campaigns, confirmation_tokens, invalidations, joint_letters, letter_links, letters, outbox,
    signatures,
};
use crate::db::{DbConnection, DbError};

/// A campaign due for anonymisation.
#[derive(Debug, Clone, Queryable)]
pub struct ClosedCampaign {
    pub id: i64,
    pub slug: String,
    pub closes_at: Option<NaiveDateTime>,
}

/// Campaigns that closed at or before `cutoff`, oldest first.
pub fn closed_before(
    conn: &mut DbConnection,
    cutoff: NaiveDateTime,
) -> Result<Vec<ClosedCampaign>, DbError> {
    Ok(campaigns::table
        .filter(campaigns::closes_at.le(cutoff))
        .order((campaigns::closes_at.asc(), campaigns::id.asc()))
        .select((campaigns::id, campaigns::slug, campaigns::closes_at))
        .load(conn)?)
}

/// Locks the campaign's row for the rest of the transaction; call first in each batch. On
/// SQLite this takes the write lock before anything is read (a transaction that has read
/// cannot start writing if another process wrote meanwhile); on PostgreSQL it keeps two
/// instances from anonymising the same campaign at once.
pub fn lock(conn: &mut DbConnection, campaign_id: i64) -> Result<(), DbError> {
    diesel::update(campaigns::table.find(campaign_id))
        .set(campaigns::updated_at.eq(campaigns::updated_at))
        .execute(conn)?;
    Ok(())
}

const SIGNATURE_HOLDS_DATA: &str = "(signatures.full_name <> '' OR signatures.email <> '' \
    OR signatures.postcode IS NOT NULL OR signatures.ip IS NOT NULL OR signatures.wants_updates)";

/// Up to `limit` signatures of the campaign after `after` (by id) that still hold personal
/// data.
pub fn signatures_holding_data(
    conn: &mut DbConnection,
    campaign_id: i64,
    after: i64,
    limit: i64,
) -> Result<Vec<i64>, DbError> {
    Ok(signatures::table
        .filter(signatures::campaign_id.eq(campaign_id))
        .filter(signatures::id.gt(after))
        .filter(sql::<Bool>(SIGNATURE_HOLDS_DATA))
        .order(signatures::id.asc())
        .limit(limit)
        .select(signatures::id)
        .load(conn)?)
}

/// Emails to these signatures' addresses.
pub fn emails_of_signatures(conn: &mut DbConnection, ids: &[i64]) -> Result<Vec<i64>, DbError> {
    let addresses: Vec<String> = signatures::table
        .filter(signatures::id.eq_any(ids))
        .filter(signatures::email.ne(""))
        .select(signatures::email)
        .load(conn)?;
    emails_to(conn, &addresses)
}

/// Erases these signatures' names, emails, postcodes (keeping the constituency each was
/// in), addresses and wish for updates (nobody is left to update). The unique key on
/// `email_canonical` gets a value no address can have.
pub fn erase_signatures(conn: &mut DbConnection, ids: &[i64]) -> Result<usize, DbError> {
    if ids.is_empty() {
        return Ok(0);
    }
    let statement = format!(
        "UPDATE signatures SET \
         constituency_code = COALESCE(signatures.constituency_code, \
             (SELECT postcodes.constituency_code FROM postcodes \
              WHERE postcodes.postcode = signatures.postcode)), \
         full_name = '', email = '', \
         email_canonical = 'erased:' || CAST(signatures.id AS TEXT), \
         postcode = NULL, ip = NULL, wants_updates = FALSE \
         WHERE signatures.id IN ({})",
        id_list(ids)
    );
    Ok(diesel::sql_query(statement).execute(conn)?)
}

const LETTER_HOLDS_DATA: &str = "(letters.writer_name <> '' OR letters.writer_email <> '' \
    OR letters.postcode IS NOT NULL OR letters.public_name IS NOT NULL \
    OR letters.address_lines IS NOT NULL OR letters.town IS NOT NULL \
    OR letters.ip IS NOT NULL OR letters.moderator_note IS NOT NULL \
    OR letters.original_body IS NOT NULL \
    OR ((letters.subject <> '' OR letters.body <> '') \
        AND NOT (letters.status = 'approved' AND letters.publish)))";

/// Up to `limit` letters of the campaign after `after` (by id) that still hold personal
/// data.
pub fn letters_holding_data(
    conn: &mut DbConnection,
    campaign_id: i64,
    after: i64,
    limit: i64,
) -> Result<Vec<i64>, DbError> {
    Ok(letters::table
        .filter(letters::campaign_id.eq(campaign_id))
        .filter(letters::id.gt(after))
        .filter(sql::<Bool>(LETTER_HOLDS_DATA))
        .order(letters::id.asc())
        .limit(limit)
        .select(letters::id)
        .load(conn)?)
}

/// Emails to these letters' writers and emails carrying the letters to officials.
pub fn emails_of_letters(conn: &mut DbConnection, ids: &[i64]) -> Result<Vec<i64>, DbError> {
    let addresses: Vec<String> = letters::table
        .filter(letters::id.eq_any(ids))
        .filter(letters::writer_email.ne(""))
        .select(letters::writer_email)
        .load(conn)?;
    let mut found = emails_to(conn, &addresses)?;
    found.extend(emails_carrying(conn, ids)?);
    Ok(found)
}

/// Erases these letters' writers' names, emails, postcodes, public names and addresses,
/// and moderators' notes to them; the subject and text too, unless the letter is published.
pub fn erase_letters(conn: &mut DbConnection, ids: &[i64]) -> Result<usize, DbError> {
    if ids.is_empty() {
        return Ok(0);
    }
    let statement = format!(
        "UPDATE letters SET writer_name = '', writer_email = '', postcode = NULL, \
         address_lines = NULL, town = NULL, \
         public_name = NULL, ip = NULL, moderator_note = NULL, original_body = NULL, \
         subject = CASE WHEN letters.status = 'approved' AND letters.publish \
                   THEN letters.subject ELSE '' END, \
         body = CASE WHEN letters.status = 'approved' AND letters.publish \
                THEN letters.body ELSE '' END \
         WHERE letters.id IN ({})",
        id_list(ids)
    );
    Ok(diesel::sql_query(statement).execute(conn)?)
}

/// Joint letters to officials list every near-copy's writer by name.
pub fn emails_of_joint_letters(
    conn: &mut DbConnection,
    campaign_id: i64,
) -> Result<Vec<i64>, DbError> {
    let joint = joint_letters::table
        .filter(joint_letters::campaign_id.eq(campaign_id))
        .select(joint_letters::id.nullable());
    Ok(outbox::table
        .filter(outbox::joint_letter_id.eq_any(joint))
        .select(outbox::id)
        .load(conn)?)
}

/// How many confirmation tokens and letter links the campaign still has.
pub fn links(conn: &mut DbConnection, campaign_id: i64) -> Result<usize, DbError> {
    let signed = signatures::table
        .filter(signatures::campaign_id.eq(campaign_id))
        .select(signatures::id);
    let written = letters::table
        .filter(letters::campaign_id.eq(campaign_id))
        .select(letters::id);
    let tokens: i64 = confirmation_tokens::table
        .filter(confirmation_tokens::signature_id.eq_any(signed))
        .count()
        .get_result(conn)?;
    let letter_links: i64 = letter_links::table
        .filter(letter_links::letter_id.eq_any(written))
        .count()
        .get_result(conn)?;
    Ok(usize::try_from(tokens + letter_links).unwrap_or(usize::MAX))
}

/// Deletes every confirmation token and letter link of the campaign.
pub fn delete_links(conn: &mut DbConnection, campaign_id: i64) -> Result<usize, DbError> {
    let signed = signatures::table
        .filter(signatures::campaign_id.eq(campaign_id))
        .select(signatures::id);
    let written = letters::table
        .filter(letters::campaign_id.eq(campaign_id))
        .select(letters::id);
    let tokens = diesel::delete(
        confirmation_tokens::table.filter(confirmation_tokens::signature_id.eq_any(signed)),
    )
    .execute(conn)?;
    let letter_links =
        diesel::delete(letter_links::table.filter(letter_links::letter_id.eq_any(written)))
            .execute(conn)?;
    Ok(tokens + letter_links)
}

/// Parts of a stored fraud search that can point at people (see
/// `forms::signatures::SearchForm`).
const PERSONAL_SEARCH_FIELDS: [&str; 3] = ["ip", "postcode", "email_domain"];

/// The campaign's invalidations whose stored search still names an address, a postcode or
/// an email domain, each with its search rewritten without them.
pub fn searches_holding_data(
    conn: &mut DbConnection,
    campaign_id: i64,
) -> Result<Vec<(i64, String)>, DbError> {
    let stored: Vec<(i64, String)> = invalidations::table
        .filter(invalidations::campaign_id.eq(campaign_id))
        .select((invalidations::id, invalidations::criteria))
        .load(conn)?;
    Ok(stored
        .into_iter()
        .filter_map(|(id, criteria)| without_personal_fields(&criteria).map(|kept| (id, kept)))
        .collect())
}

/// The search without its personal parts; `None` when it has none. Text that is not a
/// search object is all dropped.
fn without_personal_fields(criteria: &str) -> Option<String> {
    match serde_json::from_str::<serde_json::Value>(criteria) {
        Ok(serde_json::Value::Object(mut fields)) => {
            let before = fields.len();
            fields.retain(|key, _| !PERSONAL_SEARCH_FIELDS.contains(&key.as_str()));
            (fields.len() != before).then(|| serde_json::Value::Object(fields).to_string())
        }
        _ => (criteria != "{}").then(|| "{}".to_owned()),
    }
}

pub fn rewrite_search(conn: &mut DbConnection, id: i64, criteria: &str) -> Result<(), DbError> {
    diesel::update(invalidations::table.find(id))
        .set(invalidations::criteria.eq(criteria))
        .execute(conn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::without_personal_fields;

    #[test]
    fn searches_lose_addresses_postcodes_and_domains_only() {
        assert_eq!(
            without_personal_fields(
                r#"{"campaign":"c","ip":"203.0.113.0/24","postcode":"SW1A","constituency":"Holborn"}"#
            )
            .as_deref(),
            Some(r#"{"campaign":"c","constituency":"Holborn"}"#)
        );
        assert_eq!(
            without_personal_fields(r#"{"campaign":"c","status":"suspect"}"#),
            None
        );
        assert_eq!(without_personal_fields("not json").as_deref(), Some("{}"));
        assert_eq!(without_personal_fields("{}"), None);
    }
}
