//! Erasing supporters' personal data: the queries behind withdrawing a signature, deleting
//! a letter and anonymising a closed campaign. Only what identifies a person goes (names,
//! email addresses, postcodes, IP addresses, private links, the emails sent to them); the
//! figures (counts, statuses, times, constituencies, countries) stay as they were.

pub mod campaign;
pub mod person;

use std::ops::AddAssign;

use chrono::NaiveDateTime;
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::Bool;
use serde::Serialize;

use crate::db::schema::{deliveries, outbox};
use crate::db::{DbConnection, DbError};

/// What an erasure changed (or, in a dry run, would change).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Erased {
    pub signatures: usize,
    pub letters: usize,
    /// Confirmation tokens and letters' private links deleted.
    pub links: usize,
    /// Emails emptied (sent ones) or deleted (ones that will never be sent).
    pub emails: usize,
    /// Fraud searches kept with invalidations, with addresses, postcodes and email
    /// domains cut out.
    pub searches: usize,
}

impl Erased {
    pub fn is_empty(&self) -> bool {
        *self == Erased::default()
    }
}

impl AddAssign for Erased {
    fn add_assign(&mut self, other: Erased) {
        self.signatures += other.signatures;
        self.letters += other.letters;
        self.links += other.links;
        self.emails += other.emails;
        self.searches += other.searches;
    }
}

/// What becomes of matching emails not sent yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsent {
    /// Left to go out: the person may still be owed them.
    Keep,
    /// Deleted if queued before this time: they are never going to be sent now.
    DropQueuedBefore(NaiveDateTime),
}

/// An email row that still holds something: its address (or its mailbox's hash), subject,
/// text, Reply-To or the last error (which can quote the address).
const EMAIL_HOLDS_DATA: &str = "(outbox.recipient <> '' OR outbox.subject <> '' \
    OR outbox.body_text <> '' OR outbox.body_html <> '' OR outbox.reply_to IS NOT NULL \
    OR outbox.last_error IS NOT NULL OR outbox.mailbox IS NOT NULL)";

/// Emails addressed to any of `addresses` (found through the `outbox_recipient` index).
pub fn emails_to(conn: &mut DbConnection, addresses: &[String]) -> Result<Vec<i64>, DbError> {
    if addresses.is_empty() {
        return Ok(Vec::new());
    }
    Ok(outbox::table
        .filter(outbox::recipient.eq_any(addresses))
        .select(outbox::id)
        .load(conn)?)
}

/// Emails to a letter's writer about that letter (its links, its outcome).
pub fn emails_about(conn: &mut DbConnection, letter_id: i64) -> Result<Vec<i64>, DbError> {
    Ok(outbox::table
        .filter(outbox::letter_id.eq(letter_id))
        .select(outbox::id)
        .load(conn)?)
}

/// Emails carrying these letters to officials (each names its writer and replies to them).
pub fn emails_carrying(conn: &mut DbConnection, letter_ids: &[i64]) -> Result<Vec<i64>, DbError> {
    if letter_ids.is_empty() {
        return Ok(Vec::new());
    }
    let carried = deliveries::table
        .filter(deliveries::letter_id.eq_any(letter_ids))
        .select(deliveries::id.nullable());
    Ok(outbox::table
        .filter(outbox::delivery_id.eq_any(carried))
        .select(outbox::id)
        .load(conn)?)
}

/// Of the emails `ids`, those an erasure would change.
pub fn emails_holding_data(
    conn: &mut DbConnection,
    ids: &[i64],
    unsent: Unsent,
) -> Result<Vec<i64>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut found: Vec<i64> = outbox::table
        .filter(outbox::id.eq_any(ids))
        .filter(outbox::sent_at.is_not_null())
        .filter(sql::<Bool>(EMAIL_HOLDS_DATA))
        .select(outbox::id)
        .load(conn)?;
    if let Unsent::DropQueuedBefore(before) = unsent {
        found.extend(
            outbox::table
                .filter(outbox::id.eq_any(ids))
                .filter(outbox::sent_at.is_null())
                .filter(outbox::created_at.le(before))
                .select(outbox::id)
                .load::<i64>(conn)?,
        );
    }
    Ok(found)
}

/// Erases the emails `ids`: a sent one keeps only its dates and what it carried; an unsent
/// one is deleted or left as `unsent` says. Returns how many changed.
pub fn erase_emails(
    conn: &mut DbConnection,
    ids: &[i64],
    unsent: Unsent,
) -> Result<usize, DbError> {
    if ids.is_empty() {
        return Ok(0);
    }
    let emptied = diesel::update(
        outbox::table
            .filter(outbox::id.eq_any(ids))
            .filter(outbox::sent_at.is_not_null())
            .filter(sql::<Bool>(EMAIL_HOLDS_DATA)),
    )
    .set((
        outbox::recipient.eq(""),
        outbox::subject.eq(""),
        outbox::body_text.eq(""),
        outbox::body_html.eq(""),
        outbox::reply_to.eq(None::<String>),
        outbox::last_error.eq(None::<String>),
        outbox::mailbox.eq(None::<String>),
    ))
    .execute(conn)?;
    let deleted = match unsent {
        Unsent::Keep => 0,
        Unsent::DropQueuedBefore(before) => diesel::delete(
            outbox::table
                .filter(outbox::id.eq_any(ids))
                .filter(outbox::sent_at.is_null())
                .filter(outbox::created_at.le(before)),
        )
        .execute(conn)?,
    };
    Ok(emptied + deleted)
}

/// `ids` as a SQL list, for statements written out by hand (integers only, so nothing to
/// escape).
fn id_list(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}
