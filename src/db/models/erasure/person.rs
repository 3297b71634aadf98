//! Erasure at a person's own request: a signer withdrawing their signature, a writer
//! deleting their letter. Call each inside a write transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{emails_about, emails_carrying, emails_to, erase_emails, Unsent};
use crate::db::models::count;
use crate::db::models::delivery::Status;
use crate::db::models::letter::{self, LetterStatus};
use crate::db::schema::{
    confirmation_tokens, deliveries, letter_links, letters, outbox, signatures,
};
use crate::db::{DbConnection, DbError};

/// Deletes a signature, its confirmation links and the emails sent about it, and takes it
/// out of the count at once if it was in it. A letter it came with stays (its writer can
/// delete that from its own link). False when there was no such signature.
pub fn delete_signature(
    conn: &mut DbConnection,
    signature_id: i64,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    // Read `counted` only under the counter's lock, so a fold cannot count the signature
    // between this read and the delete.
    count::hold_fold_lock(conn)?;
    let found: Option<(i64, bool, String)> = signatures::table
        .find(signature_id)
        .select((
            signatures::campaign_id,
            signatures::counted,
            signatures::email,
        ))
        .first(conn)
        .optional()?;
    let Some((campaign_id, counted, email)) = found else {
        return Ok(false);
    };
    if counted {
        count::take_out(conn, campaign_id, now)?;
    }
    let sent = emails_to(conn, &[email])?;
    erase_emails(conn, &sent, Unsent::Keep)?;
    diesel::update(letters::table.filter(letters::signature_id.eq(signature_id)))
        .set(letters::signature_id.eq(None::<i64>))
        .execute(conn)?;
    diesel::delete(
        confirmation_tokens::table.filter(confirmation_tokens::signature_id.eq(signature_id)),
    )
    .execute(conn)?;
    diesel::delete(signatures::table.find(signature_id)).execute(conn)?;
    Ok(true)
}

/// What deleting a letter did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterDeleted {
    /// Nothing of it had been sent: it is gone.
    Entirely,
    /// Some of it had been sent, which cannot be undone. What was not sent yet is cancelled;
    /// a row without the writer's details or the text records what went, for the figures.
    AfterSending,
}

/// Deletes a letter from its writer's private link: its links, the emails about it and its
/// deliveries that have not gone yet. `None` when there is no such letter.
pub fn delete_letter(
    conn: &mut DbConnection,
    letter_id: i64,
    now: NaiveDateTime,
) -> Result<Option<LetterDeleted>, DbError> {
    if letter::find(conn, letter_id)?.is_none() {
        return Ok(None);
    }
    // Gone: sent by email, or part of a joint letter already made. Everything else (queued
    // or failed emails, near-copies waiting for the joint letter, copies to print) is
    // cancelled.
    let not_gone: Vec<i64> = deliveries::table
        .filter(deliveries::letter_id.eq(letter_id))
        .filter(deliveries::joint_letter_id.is_null())
        .filter(deliveries::status.ne(Status::Sent.as_str()))
        .select(deliveries::id)
        .load(conn)?;
    if !not_gone.is_empty() {
        diesel::delete(
            outbox::table
                .filter(outbox::delivery_id.eq_any(not_gone.iter().map(|&id| Some(id))))
                .filter(outbox::sent_at.is_null()),
        )
        .execute(conn)?;
        diesel::delete(deliveries::table.filter(deliveries::id.eq_any(&not_gone))).execute(conn)?;
    }
    // Only this letter's own emails: its writer's address may have had others (another
    // letter, a signature), and whoever deletes this one need not own the address.
    let mut mail = emails_about(conn, letter_id)?;
    mail.extend(emails_carrying(conn, &[letter_id])?);
    erase_emails(conn, &mail, Unsent::Keep)?;
    diesel::delete(letter_links::table.filter(letter_links::letter_id.eq(letter_id)))
        .execute(conn)?;
    let gone: i64 = deliveries::table
        .filter(deliveries::letter_id.eq(letter_id))
        .count()
        .get_result(conn)?;
    if gone == 0 {
        diesel::delete(letters::table.find(letter_id)).execute(conn)?;
        return Ok(Some(LetterDeleted::Entirely));
    }
    diesel::update(letters::table.find(letter_id))
        .set((
            letters::status.eq(LetterStatus::Withdrawn.as_str()),
            letters::writer_name.eq(""),
            letters::writer_email.eq(""),
            letters::postcode.eq(None::<String>),
            letters::address_lines.eq(None::<String>),
            letters::town.eq(None::<String>),
            letters::public_name.eq(None::<String>),
            letters::publish.eq(false),
            letters::subject.eq(""),
            letters::body.eq(""),
            letters::original_body.eq(None::<String>),
            letters::moderator_note.eq(None::<String>),
            letters::ip.eq(None::<String>),
            letters::signature_id.eq(None::<i64>),
            letters::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(Some(LetterDeleted::AfterSending))
}
