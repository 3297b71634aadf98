//! Supporters' letters: drafts that belong to whoever holds the private link, then
//! submissions waiting for a moderator, then approved (delivered, maybe published) or not.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{letter_links, letters};
use crate::db::{DbConnection, DbError};
use crate::domain::TokenHash;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterStatus {
    Draft,
    /// Submitted, waiting for its writer to confirm their email address before it enters
    /// the moderation queue.
    Unconfirmed,
    Pending,
    Approved,
    Rejected,
    Hidden,
    /// Deleted by its writer after some of it was sent: what was sent stays counted,
    /// everything that named the writer is gone.
    Withdrawn,
}

impl LetterStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            LetterStatus::Draft => "draft",
            LetterStatus::Unconfirmed => "unconfirmed",
            LetterStatus::Pending => "pending",
            LetterStatus::Approved => "approved",
            LetterStatus::Rejected => "rejected",
            LetterStatus::Hidden => "hidden",
            LetterStatus::Withdrawn => "withdrawn",
        }
    }

    fn from_stored(text: &str) -> LetterStatus {
        match text {
            "unconfirmed" => LetterStatus::Unconfirmed,
            "pending" => LetterStatus::Pending,
            "approved" => LetterStatus::Approved,
            "rejected" => LetterStatus::Rejected,
            "hidden" => LetterStatus::Hidden,
            "withdrawn" => LetterStatus::Withdrawn,
            _ => LetterStatus::Draft,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = letters)]
pub struct Letter {
    pub id: i64,
    pub campaign_id: i64,
    pub writer_name: String,
    pub writer_email: String,
    pub postcode: Option<String>,
    pub country_code: String,
    pub constituency_code: Option<String>,
    pub subject: String,
    pub body: String,
    pub similarity: i32,
    pub publish: bool,
    pub public_name: Option<String>,
    status: String,
    pub signature_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub submitted_at: Option<NaiveDateTime>,
    pub decided_at: Option<NaiveDateTime>,
    /// When the writer confirmed the address the letter is from; until then nothing of the
    /// letter is delivered or published.
    pub writer_confirmed_at: Option<NaiveDateTime>,
    /// The writer's postal address, lines joined by newlines (for an MP).
    pub address_lines: Option<String>,
    pub town: Option<String>,
    /// The language the letter was started in (`i18n::Lang`'s code): the writer's emails
    /// are in it.
    pub language: String,
}

impl Letter {
    pub fn status(&self) -> LetterStatus {
        LetterStatus::from_stored(&self.status)
    }
}

/// What the editor saves.
#[derive(Debug, Clone, AsChangeset, Insertable)]
#[diesel(table_name = letters, treat_none_as_null = true)]
pub struct DraftChanges {
    pub writer_name: String,
    pub writer_email: String,
    pub postcode: Option<String>,
    pub country_code: String,
    pub constituency_code: Option<String>,
    pub subject: String,
    pub body: String,
    pub similarity: i32,
    pub publish: bool,
    pub public_name: Option<String>,
    pub address_lines: Option<String>,
    pub town: Option<String>,
    pub updated_at: NaiveDateTime,
}

/// Stores a new draft with its first private link; `ip` is where it was started from (as
/// `fraud::address::stored` writes it), when known; `language` the code of the language
/// the writer reads.
pub fn create(
    conn: &mut DbConnection,
    campaign_id: i64,
    link: &TokenHash,
    draft: &DraftChanges,
    ip: Option<&str>,
    language: &str,
) -> Result<i64, DbError> {
    diesel::insert_into(letters::table)
        .values((
            draft,
            letters::campaign_id.eq(campaign_id),
            letters::status.eq(LetterStatus::Draft.as_str()),
            letters::created_at.eq(draft.updated_at),
            letters::ip.eq(ip),
            letters::language.eq(language),
        ))
        .execute(conn)?;
    let id = letters::table
        .filter(letters::campaign_id.eq(campaign_id))
        .filter(letters::created_at.eq(draft.updated_at))
        .filter(letters::writer_email.eq(&draft.writer_email))
        .order(letters::id.desc())
        .select(letters::id)
        .first(conn)?;
    add_link(conn, id, link, draft.updated_at)?;
    Ok(id)
}

/// Another private link to the letter (each email to the writer carries its own).
pub fn add_link(
    conn: &mut DbConnection,
    letter_id: i64,
    link: &TokenHash,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::insert_into(letter_links::table)
        .values((
            letter_links::token_hash.eq(link.as_str()),
            letter_links::letter_id.eq(letter_id),
            letter_links::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// How many letters were started from `ip` (as stored) after `since`, on any campaign.
pub fn started_since(
    conn: &mut DbConnection,
    ip: &str,
    since: NaiveDateTime,
) -> Result<i64, DbError> {
    Ok(letters::table
        .filter(letters::ip.eq(ip))
        .filter(letters::created_at.gt(since))
        .count()
        .get_result(conn)?)
}

pub fn find_by_token(conn: &mut DbConnection, link: &TokenHash) -> Result<Option<Letter>, DbError> {
    Ok(letter_links::table
        .inner_join(letters::table)
        .filter(letter_links::token_hash.eq(link.as_str()))
        .select(Letter::as_select())
        .first(conn)
        .optional()?)
}

pub fn find(conn: &mut DbConnection, id: i64) -> Result<Option<Letter>, DbError> {
    Ok(letters::table
        .find(id)
        .select(Letter::as_select())
        .first(conn)
        .optional()?)
}

/// Saves the editor's contents; only a draft can change. True when saved.
pub fn save_draft(conn: &mut DbConnection, id: i64, draft: &DraftChanges) -> Result<bool, DbError> {
    let changed = diesel::update(
        letters::table
            .find(id)
            .filter(letters::status.eq(LetterStatus::Draft.as_str())),
    )
    .set(draft)
    .execute(conn)?;
    Ok(changed == 1)
}

/// Submits a draft: into the moderation queue if its writer's address was confirmed at
/// `writer_confirmed_at`, else to wait for the confirmation. True when it was a draft.
pub fn submit(
    conn: &mut DbConnection,
    id: i64,
    signature_id: i64,
    writer_confirmed_at: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let status = match writer_confirmed_at {
        Some(_) => LetterStatus::Pending,
        None => LetterStatus::Unconfirmed,
    };
    let changed = diesel::update(
        letters::table
            .find(id)
            .filter(letters::status.eq(LetterStatus::Draft.as_str())),
    )
    .set((
        letters::status.eq(status.as_str()),
        letters::signature_id.eq(signature_id),
        letters::submitted_at.eq(now),
        letters::writer_confirmed_at.eq(writer_confirmed_at),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// The writers of these signatures have confirmed their address: their letters are marked
/// so, and those waiting for it enter the moderation queue. Returns how many changed.
pub fn writers_confirmed(
    conn: &mut DbConnection,
    signature_ids: &[i64],
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    if signature_ids.is_empty() {
        return Ok(0);
    }
    let status = diesel::dsl::sql::<diesel::sql_types::Text>(
        "CASE WHEN status = 'unconfirmed' THEN 'pending' ELSE status END",
    );
    Ok(diesel::update(
        letters::table
            .filter(letters::signature_id.eq_any(signature_ids))
            .filter(letters::writer_confirmed_at.is_null()),
    )
    .set((
        letters::status.eq(status),
        letters::writer_confirmed_at.eq(now),
    ))
    .execute(conn)?)
}

/// How many submitted letters wait for their writers to confirm their address.
pub fn unconfirmed_count(conn: &mut DbConnection) -> Result<i64, DbError> {
    Ok(letters::table
        .filter(letters::status.eq(LetterStatus::Unconfirmed.as_str()))
        .count()
        .get_result(conn)?)
}

/// Records a moderator's decision on a letter in state `from`. True when it applied.
pub fn decide(
    conn: &mut DbConnection,
    id: i64,
    from: LetterStatus,
    to: LetterStatus,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let changed = diesel::update(
        letters::table
            .find(id)
            .filter(letters::status.eq(from.as_str())),
    )
    .set((letters::status.eq(to.as_str()), letters::decided_at.eq(now)))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Letters waiting for moderation, oldest first.
pub fn pending(conn: &mut DbConnection) -> Result<Vec<Letter>, DbError> {
    Ok(letters::table
        .filter(letters::status.eq(LetterStatus::Pending.as_str()))
        .filter(letters::writer_confirmed_at.is_not_null())
        .order(letters::submitted_at.asc())
        .select(Letter::as_select())
        .load(conn)?)
}

/// Approved letters whose writers chose to publish them, newest first.
pub fn published(
    conn: &mut DbConnection,
    campaign_id: i64,
    offset: i64,
    limit: i64,
) -> Result<Vec<Letter>, DbError> {
    Ok(letters::table
        .filter(letters::campaign_id.eq(campaign_id))
        .filter(letters::status.eq(LetterStatus::Approved.as_str()))
        .filter(letters::publish.eq(true))
        .filter(letters::writer_confirmed_at.is_not_null())
        .order((letters::decided_at.desc(), letters::id.desc()))
        .offset(offset)
        .limit(limit)
        .select(Letter::as_select())
        .load(conn)?)
}

pub fn published_count(conn: &mut DbConnection, campaign_id: i64) -> Result<i64, DbError> {
    Ok(letters::table
        .filter(letters::campaign_id.eq(campaign_id))
        .filter(letters::status.eq(LetterStatus::Approved.as_str()))
        .filter(letters::publish.eq(true))
        .filter(letters::writer_confirmed_at.is_not_null())
        .count()
        .get_result(conn)?)
}

/// Records who moderated a letter and, for a rejection, why and the note to its writer
/// (both cleared for any other decision).
pub fn record_moderation(
    conn: &mut DbConnection,
    id: i64,
    moderated_by: Option<i64>,
    reject_reason: Option<&str>,
    moderator_note: Option<&str>,
) -> Result<(), DbError> {
    diesel::update(letters::table.find(id))
        .set((
            letters::moderated_by.eq(moderated_by),
            letters::reject_reason.eq(reject_reason),
            letters::moderator_note.eq(moderator_note),
        ))
        .execute(conn)?;
    Ok(())
}

/// Approved letters their writers chose to publish, in every campaign, newest first.
pub fn recently_published(conn: &mut DbConnection, limit: i64) -> Result<Vec<Letter>, DbError> {
    Ok(letters::table
        .filter(letters::status.eq(LetterStatus::Approved.as_str()))
        .filter(letters::publish.eq(true))
        .filter(letters::writer_confirmed_at.is_not_null())
        .order((letters::decided_at.desc(), letters::id.desc()))
        .limit(limit.max(0))
        .select(Letter::as_select())
        .load(conn)?)
}

/// Replaces a pending letter's text with a moderator's redaction, keeping the writer's
/// original (the first one, if it is redacted twice) on the same row. True when it applied.
pub fn redact(
    conn: &mut DbConnection,
    id: i64,
    expected_body: &str,
    redacted: &str,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let changed = diesel::update(
        letters::table
            .find(id)
            .filter(letters::status.eq(LetterStatus::Pending.as_str()))
            .filter(letters::body.eq(expected_body)),
    )
    .set((
        letters::original_body.eq(diesel::dsl::sql::<
            diesel::sql_types::Nullable<diesel::sql_types::Text>,
        >("COALESCE(original_body, body)")),
        letters::body.eq(redacted),
        letters::updated_at.eq(now),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// The writer's text before a moderator redacted it, if one did.
pub fn original_body(conn: &mut DbConnection, id: i64) -> Result<Option<String>, DbError> {
    Ok(letters::table
        .find(id)
        .select(letters::original_body)
        .first::<Option<String>>(conn)
        .optional()?
        .flatten())
}

/// The reason code and the note to the writer of a letter's rejection, if it was rejected.
pub fn rejection_of(
    conn: &mut DbConnection,
    id: i64,
) -> Result<(Option<String>, Option<String>), DbError> {
    Ok(letters::table
        .find(id)
        .select((letters::reject_reason, letters::moderator_note))
        .first::<(Option<String>, Option<String>)>(conn)
        .optional()?
        .unwrap_or_default())
}
