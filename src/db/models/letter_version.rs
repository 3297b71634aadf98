//! A campaign's letter text as it was after each edit, so each signature keeps the text it
//! was given (`signatures.letter_version_id`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{campaign_letter_versions as versions, signatures};
use crate::db::{DbConnection, DbError};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = versions)]
pub struct LetterVersion {
    pub id: i64,
    pub campaign_id: i64,
    pub body_markdown: String,
    pub headline: String,
    pub created_at: NaiveDateTime,
    pub created_by: Option<i64>,
}

/// Stores the campaign's text as a new version unless the newest one already has it.
/// Returns the id of the new version, if one was made.
pub fn record_if_changed(
    conn: &mut DbConnection,
    campaign_id: i64,
    headline: &str,
    body_markdown: &str,
    created_by: Option<i64>,
    now: NaiveDateTime,
) -> Result<Option<i64>, DbError> {
    if let Some(latest) = latest(conn, campaign_id)? {
        if latest.headline == headline && latest.body_markdown == body_markdown {
            return Ok(None);
        }
    }
    let id = diesel::insert_into(versions::table)
        .values((
            versions::campaign_id.eq(campaign_id),
            versions::body_markdown.eq(body_markdown),
            versions::headline.eq(headline),
            versions::created_at.eq(now),
            versions::created_by.eq(created_by),
        ))
        .returning(versions::id)
        .get_result(conn)?;
    Ok(Some(id))
}

/// The campaign's current text.
pub fn latest(conn: &mut DbConnection, campaign_id: i64) -> Result<Option<LetterVersion>, DbError> {
    Ok(versions::table
        .filter(versions::campaign_id.eq(campaign_id))
        .order(versions::id.desc())
        .select(LetterVersion::as_select())
        .first(conn)
        .optional()?)
}

/// Every version of the campaign's text, oldest first.
pub fn all(conn: &mut DbConnection, campaign_id: i64) -> Result<Vec<LetterVersion>, DbError> {
    Ok(versions::table
        .filter(versions::campaign_id.eq(campaign_id))
        .order(versions::id.asc())
        .select(LetterVersion::as_select())
        .load(conn)?)
}

/// When the text last changed after the first version, if it ever did.
pub fn edited_at(
    conn: &mut DbConnection,
    campaign_id: i64,
) -> Result<Option<NaiveDateTime>, DbError> {
    let times: Vec<NaiveDateTime> = versions::table
        .filter(versions::campaign_id.eq(campaign_id))
        .order(versions::id.desc())
        .select(versions::created_at)
        .limit(2)
        .load(conn)?;
    Ok(match times.as_slice() {
        [newest, _] => Some(*newest),
        _ => None,
    })
}

/// The version a signature was given, if it is known.
pub fn of_signature(conn: &mut DbConnection, signature_id: i64) -> Result<Option<i64>, DbError> {
    Ok(signatures::table
        .find(signature_id)
        .select(signatures::letter_version_id)
        .first::<Option<i64>>(conn)
        .optional()?
        .flatten())
}

/// How many people have signed the campaign (every signature not invalidated, confirmed or
/// not): the people an edit of the text would concern.
pub fn signed_count(conn: &mut DbConnection, campaign_id: i64) -> Result<i64, DbError> {
    Ok(signatures::table
        .filter(signatures::campaign_id.eq(campaign_id))
        .filter(signatures::invalidated_at.is_null())
        .count()
        .get_result(conn)?)
}
