//! Moderators' decisions on supporters' letters: approve (which starts the deliveries),
//! reject with a reason, redact then approve, hide a published letter and restore a hidden
//! one; one letter or many at once. Each change
//! and its audit entry are written in the caller's transaction. A letter that is no longer
//! in the state an action needs is left alone and reported, never treated as an error.

use chrono::NaiveDateTime;

use super::delivery::{self, LetterError};
use super::joint::Schedule;
use super::redaction::{self, Redaction};
pub use super::reject_reason::{
    parse_hide_reason, RejectReason, Rejection, HIDE_REASON_MAX, NOTE_MAX,
};
use crate::db::models::audit::{self, AuditEntry};
use crate::db::models::letter::{self, LetterStatus};
use crate::db::models::{campaign, outbox};
use crate::db::{DbConnection, DbError};
use crate::domain::EmailAddress;
use crate::i18n::Lang;
use crate::mail::letter_messages::{self, Redacted, Rejected};
use crate::mail::links::Links;

/// The moderator or admin acting.
#[derive(Debug, Clone)]
pub struct Moderator {
    /// `None` when acting from the command line.
    pub id: Option<i64>,
    /// The staff member's email, or `cli`.
    pub email: String,
}

/// What became of an action on one letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Done,
    NotFound,
    /// The letter is not in the state the action needs; this is the state it is in.
    Unchanged(LetterStatus),
}

/// What a bulk action did: letters changed, and letters left as they were.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub done: usize,
    pub skipped: usize,
}

/// Approves a pending letter: its deliveries start and its writer is emailed.
pub fn approve(
    conn: &mut DbConnection,
    id: i64,
    by: &Moderator,
    links: &Links,
    schedule: Schedule,
    now: NaiveDateTime,
) -> Result<Outcome, DbError> {
    match delivery::approve(conn, id, links, schedule, now) {
        Ok(_) => {}
        Err(LetterError::Db(error)) => return Err(error),
        Err(LetterError::NotFound(_)) => return Ok(Outcome::NotFound),
        Err(LetterError::NotPending(_) | LetterError::Unconfirmed(_)) => {
            return unchanged(conn, id)
        }
    }
    letter::record_moderation(conn, id, by.id, None, None)?;
    let change = (LetterStatus::Pending, LetterStatus::Approved);
    record(conn, by, "letter.approve", id, change, None, now)?;
    Ok(Outcome::Done)
}

/// Rejects a pending letter and emails its writer the reason and the note.
pub fn reject(
    conn: &mut DbConnection,
    id: i64,
    by: &Moderator,
    rejection: &Rejection,
    links: &Links,
    now: NaiveDateTime,
) -> Result<Outcome, DbError> {
    let Some(found) = letter::find(conn, id)? else {
        return Ok(Outcome::NotFound);
    };
    let change = (LetterStatus::Pending, LetterStatus::Rejected);
    if !letter::decide(conn, id, change.0, change.1, now)? {
        return unchanged(conn, id);
    }
    let (reason, note) = (rejection.reason.as_str(), rejection.note.as_deref());
    letter::record_moderation(conn, id, by.id, Some(reason), note)?;
    record(conn, by, "letter.reject", id, change, Some(reason), now)?;
    let campaign = campaign::find_by_id(conn, found.campaign_id)?;
    if let (Ok(writer), Some(campaign)) = (EmailAddress::parse(&found.writer_email), campaign) {
        let lang = Lang::stored(&found.language);
        let write_link = format!("{}/write", links.campaign(&campaign.slug));
        let message = Rejected {
            headline: &campaign.headline,
            subject: &found.subject,
            reason: &rejection.reason.for_writer(lang),
            note,
            write_link: &write_link,
            lang,
        };
        outbox::enqueue(
            conn,
            &letter_messages::rejected(&writer, &message, now).about_letter(id),
        )?;
    }
    Ok(Outcome::Done)
}

/// Hides an approved letter: it leaves the campaign's page of published letters.
pub fn hide(
    conn: &mut DbConnection,
    id: i64,
    by: &Moderator,
    reason: Option<&str>,
    now: NaiveDateTime,
) -> Result<Outcome, DbError> {
    let change = (LetterStatus::Approved, LetterStatus::Hidden);
    if !letter::decide(conn, id, change.0, change.1, now)? {
        return unchanged(conn, id);
    }
    letter::record_moderation(conn, id, by.id, None, None)?;
    record(conn, by, "letter.hide", id, change, reason, now)?;
    Ok(Outcome::Done)
}

/// Shows a hidden letter again: it returns to the campaign's page. Its writer is not
/// emailed (they were not told when it was hidden either); the reason goes in the audit log.
pub fn restore(
    conn: &mut DbConnection,
    id: i64,
    by: &Moderator,
    reason: &str,
    now: NaiveDateTime,
) -> Result<Outcome, DbError> {
    let change = (LetterStatus::Hidden, LetterStatus::Approved);
    if !letter::decide(conn, id, change.0, change.1, now)? {
        return unchanged(conn, id);
    }
    letter::record_moderation(conn, id, by.id, None, None)?;
    record(conn, by, "letter.restore", id, change, Some(reason), now)?;
    Ok(Outcome::Done)
}

/// Approves a pending letter with a moderator's edits: the edited text is what is
/// delivered and published, the writer's original stays on the letter's row (and goes
/// with it), and the writer is emailed what was taken out and why.
pub fn redact(
    conn: &mut DbConnection,
    id: i64,
    by: &Moderator,
    redaction: &Redaction,
    links: &Links,
    schedule: Schedule,
    now: NaiveDateTime,
) -> Result<Outcome, DbError> {
    let Some(found) = letter::find(conn, id)? else {
        return Ok(Outcome::NotFound);
    };
    if found.status() != LetterStatus::Pending || found.writer_confirmed_at.is_none() {
        return Ok(Outcome::Unchanged(found.status()));
    }
    if !letter::redact(conn, id, &found.body, &redaction.body, now)? {
        return unchanged(conn, id);
    }
    let change = (LetterStatus::Pending, LetterStatus::Pending);
    record(
        conn,
        by,
        "letter.redact",
        id,
        change,
        Some(&redaction.note),
        now,
    )?;
    let what = redaction::changes(&found.body, &redaction.body);
    let campaign = campaign::find_by_id(conn, found.campaign_id)?;
    if let (Ok(writer), Some(campaign)) = (EmailAddress::parse(&found.writer_email), campaign) {
        let message = Redacted {
            headline: &campaign.headline,
            subject: &found.subject,
            removed: &what.removed,
            added: &what.added,
            note: &redaction.note,
            lang: Lang::stored(&found.language),
        };
        outbox::enqueue(
            conn,
            &letter_messages::redacted(&writer, &message, now).about_letter(id),
        )?;
    }
    approve(conn, id, by, links, schedule, now)
}

/// Approves every letter in `ids` that is still pending.
pub fn approve_all(
    conn: &mut DbConnection,
    ids: &[i64],
    by: &Moderator,
    links: &Links,
    schedule: Schedule,
    now: NaiveDateTime,
) -> Result<Tally, DbError> {
    tally(ids, |id| approve(conn, id, by, links, schedule, now))
}

/// Rejects every letter in `ids` that is still pending, all for the same reason.
pub fn reject_all(
    conn: &mut DbConnection,
    ids: &[i64],
    by: &Moderator,
    rejection: &Rejection,
    links: &Links,
    now: NaiveDateTime,
) -> Result<Tally, DbError> {
    tally(ids, |id| reject(conn, id, by, rejection, links, now))
}

fn tally(
    ids: &[i64],
    mut act: impl FnMut(i64) -> Result<Outcome, DbError>,
) -> Result<Tally, DbError> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let mut tally = Tally::default();
    for id in ids {
        match act(id)? {
            Outcome::Done => tally.done += 1,
            Outcome::NotFound | Outcome::Unchanged(_) => tally.skipped += 1,
        }
    }
    Ok(tally)
}

fn unchanged(conn: &mut DbConnection, id: i64) -> Result<Outcome, DbError> {
    Ok(match letter::find(conn, id)? {
        Some(found) => Outcome::Unchanged(found.status()),
        None => Outcome::NotFound,
    })
}

fn record(
    conn: &mut DbConnection,
    by: &Moderator,
    action: &str,
    id: i64,
    (old, new): (LetterStatus, LetterStatus),
    reason: Option<&str>,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    audit::record(
        conn,
        &AuditEntry {
            actor_id: by.id,
            actor: &by.email,
            action,
            subject_type: "letter",
            subject_id: Some(id.to_string()),
            old_state: Some(old.as_str().to_owned()),
            new_state: Some(new.as_str().to_owned()),
            reason,
            created_at: now,
        },
    )
}
