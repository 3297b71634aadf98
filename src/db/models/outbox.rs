//! The outbox: emails written in the same transaction as what caused them, sent later.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::query_builder::AstPass;
use diesel::sql_types::{BigInt, Bool, Nullable, Text, Timestamp};

use crate::db::multi_row::{Insert, Row};
use crate::db::schema::outbox;
use crate::db::{DbConnection, DbError, MultiBackend};

/// An email ready to be written to the outbox.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = outbox)]
pub struct NewEmail {
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub created_at: NaiveDateTime,
    pub next_attempt_at: NaiveDateTime,
    pub reply_to: Option<String>,
    /// The letter delivery this email carries, whose status follows the email's.
    pub delivery_id: Option<i64>,
    /// The joint letter this email carries, likewise.
    pub joint_letter_id: Option<i64>,
    /// The supporter's mailbox it reaches (see `mail::quota::mailbox_key`); `None` for
    /// officials.
    pub mailbox: Option<String>,
    /// The letter an email to its writer is about.
    pub letter_id: Option<i64>,
    /// In the slow lane (a suspect signature's email, paced).
    pub slow: bool,
    /// In the bulk lane (campaign-wide mail to supporters), sent after everything else due.
    pub bulk: bool,
    /// The one-click unsubscribe address for `List-Unsubscribe` (RFC 8058), on bulk mail.
    pub unsubscribe_url: Option<String>,
    /// The campaign update this email carries (see `updates`).
    pub update_id: Option<i64>,
}

impl NewEmail {
    /// The email, marked as one about the letter `letter_id` (to its writer).
    pub fn about_letter(mut self, letter_id: i64) -> NewEmail {
        self.letter_id = Some(letter_id);
        self
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct QueuedEmail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub created_at: NaiveDateTime,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub reply_to: Option<String>,
    pub delivery_id: Option<i64>,
    pub joint_letter_id: Option<i64>,
    pub bulk: bool,
    pub unsubscribe_url: Option<String>,
}

pub fn enqueue(conn: &mut DbConnection, email: &NewEmail) -> Result<(), DbError> {
    diesel::insert_into(outbox::table)
        .values(email)
        .execute(conn)?;
    Ok(())
}

/// Queues all of `emails` in one statement, in order.
pub fn enqueue_many(conn: &mut DbConnection, emails: &[NewEmail]) -> Result<(), DbError> {
    if !emails.is_empty() {
        Insert::new(
            "INSERT INTO outbox (recipient, subject, body_text, body_html, created_at, \
             next_attempt_at, reply_to, delivery_id, joint_letter_id, mailbox, letter_id, slow, bulk, \
             unsubscribe_url, update_id) \
             VALUES",
            emails,
        )
        .execute(conn)?;
    }
    Ok(())
}

impl Row<MultiBackend> for NewEmail {
    fn push_values<'b>(&'b self, out: &mut AstPass<'_, 'b, MultiBackend>) -> QueryResult<()> {
        out.push_bind_param::<Text, _>(&self.recipient)?;
        out.push_sql(", ");
        out.push_bind_param::<Text, _>(&self.subject)?;
        out.push_sql(", ");
        out.push_bind_param::<Text, _>(&self.body_text)?;
        out.push_sql(", ");
        out.push_bind_param::<Text, _>(&self.body_html)?;
        out.push_sql(", ");
        out.push_bind_param::<Timestamp, _>(&self.created_at)?;
        out.push_sql(", ");
        out.push_bind_param::<Timestamp, _>(&self.next_attempt_at)?;
        out.push_sql(", ");
        out.push_bind_param::<Nullable<Text>, _>(&self.reply_to)?;
        out.push_sql(", ");
        out.push_bind_param::<Nullable<BigInt>, _>(&self.delivery_id)?;
        out.push_sql(", ");
        out.push_bind_param::<Nullable<BigInt>, _>(&self.joint_letter_id)?;
        out.push_sql(", ");
        out.push_bind_param::<Nullable<Text>, _>(&self.mailbox)?;
        out.push_sql(", ");
        out.push_bind_param::<Nullable<BigInt>, _>(&self.letter_id)?;
        out.push_sql(", ");
        out.push_bind_param::<Bool, _>(&self.slow)?;
        out.push_sql(", ");
        out.push_bind_param::<Bool, _>(&self.bulk)?;
        out.push_sql(", ");
        out.push_bind_param::<Nullable<Text>, _>(&self.unsubscribe_url)?;
        out.push_sql(", ");
        out.push_bind_param::<Nullable<BigInt>, _>(&self.update_id)
    }
}

/// How many emails each of `mailboxes` was sent (queued) after `since`.
pub fn count_to_mailboxes(
    conn: &mut DbConnection,
    mailboxes: &[&str],
    since: NaiveDateTime,
) -> Result<Vec<(String, i64)>, DbError> {
    if mailboxes.is_empty() {
        return Ok(Vec::new());
    }
    let counted: Vec<(Option<String>, i64)> = outbox::table
        .filter(outbox::mailbox.eq_any(mailboxes))
        .filter(outbox::created_at.gt(since))
        .group_by(outbox::mailbox)
        .select((outbox::mailbox, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(counted
        .into_iter()
        .filter_map(|(mailbox, n)| Some((mailbox?, n)))
        .collect())
}

/// Whether any email about the letter (to its writer) was ever queued.
pub fn any_about_letter(conn: &mut DbConnection, letter_id: i64) -> Result<bool, DbError> {
    Ok(diesel::select(diesel::dsl::exists(
        outbox::table.filter(outbox::letter_id.eq(letter_id)),
    ))
    .get_result(conn)?)
}

/// When the slow lane last took a turn: when the last email waiting in it untried is due,
/// the last one sent went, or the last one still unsent (perhaps being sent) was queued,
/// whichever is latest. So the lane keeps its pace even when each email is taken for
/// sending before the next is queued.
pub fn slow_lane_tail(conn: &mut DbConnection) -> Result<Option<NaiveDateTime>, DbError> {
    let waiting: Option<NaiveDateTime> = outbox::table
        .filter(outbox::slow)
        .filter(outbox::sent_at.is_null())
        .filter(outbox::attempts.eq(0))
        .select(diesel::dsl::max(outbox::next_attempt_at))
        .first(conn)?;
    let sent: Option<NaiveDateTime> = outbox::table
        .filter(outbox::slow)
        .filter(outbox::sent_at.is_not_null())
        .select(diesel::dsl::max(outbox::sent_at))
        .first(conn)?;
    let unsent_queued: Option<NaiveDateTime> = outbox::table
        .filter(outbox::slow)
        .filter(outbox::sent_at.is_null())
        .select(diesel::dsl::max(outbox::created_at))
        .first(conn)?;
    Ok(waiting.max(sent).max(unsent_queued))
}

/// Unsent emails whose time has come, oldest first.
pub fn due(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    limit: i64,
) -> Result<Vec<QueuedEmail>, DbError> {
    Ok(outbox::table
        .filter(outbox::sent_at.is_null())
        .filter(outbox::next_attempt_at.le(now))
        .order(outbox::next_attempt_at.asc())
        .limit(limit)
        .select(QueuedEmail::as_select())
        .load(conn)?)
}

/// Which emails the sender takes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    /// Confirmations, letters, everything a person waits for (`bulk` false).
    Prompt,
    /// Campaign-wide mail to supporters (`bulk` true), sent when nothing prompt is due.
    Bulk,
}

/// Unsent emails in `lane` whose time has come, oldest first. The condition is written out
/// (not bound) so that both databases use the lane's partial index (`outbox_prompt_due`,
/// `outbox_bulk_due`): a queue of 100,000 bulk emails costs a prompt look-up nothing.
pub fn due_in(
    conn: &mut DbConnection,
    lane: Lane,
    now: NaiveDateTime,
    limit: i64,
) -> Result<Vec<QueuedEmail>, DbError> {
    let condition = match lane {
        Lane::Prompt => "NOT outbox.bulk AND outbox.sent_at IS NULL",
        Lane::Bulk => "outbox.bulk AND outbox.sent_at IS NULL",
    };
    Ok(outbox::table
        .filter(diesel::dsl::sql::<Bool>(condition))
        .filter(outbox::next_attempt_at.le(now))
        .order(outbox::next_attempt_at.asc())
        .limit(limit)
        .select(QueuedEmail::as_select())
        .load(conn)?)
}

/// When the next unsent email falls due (perhaps already past), if any is waiting.
pub fn next_due(conn: &mut DbConnection) -> Result<Option<NaiveDateTime>, DbError> {
    Ok(outbox::table
        .filter(outbox::sent_at.is_null())
        .select(diesel::dsl::min(outbox::next_attempt_at))
        .first(conn)?)
}

/// Takes emails read as due at `now` for one sending attempt each, in one statement: pushes
/// their next attempt to `lease_until` (so no other sender, here or in another instance,
/// picks them up meanwhile) and counts the attempt. Returns the ids claimed; an email is
/// left out when someone else took it first (sent, deleted, or its next attempt moved past
/// `now`: claimed, or failed and waiting for its retry).
pub fn claim(
    conn: &mut DbConnection,
    ids: &[i64],
    now: NaiveDateTime,
    lease_until: NaiveDateTime,
) -> Result<Vec<i64>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(diesel::update(
        outbox::table
            .filter(outbox::id.eq_any(ids))
            .filter(outbox::sent_at.is_null())
            .filter(outbox::next_attempt_at.le(now)),
    )
    .set((
        outbox::next_attempt_at.eq(lease_until),
        outbox::attempts.eq(outbox::attempts + 1),
    ))
    .returning(outbox::id)
    .get_results(conn)?)
}

/// Gives back an email claimed (with `lease_until`) but not attempted after all: due again
/// when it was before, its attempt uncounted.
pub fn release(
    conn: &mut DbConnection,
    email: &QueuedEmail,
    lease_until: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::update(
        outbox::table
            .find(email.id)
            .filter(outbox::sent_at.is_null())
            .filter(outbox::next_attempt_at.eq(lease_until)),
    )
    .set((
        outbox::next_attempt_at.eq(email.next_attempt_at),
        outbox::attempts.eq(email.attempts),
    ))
    .execute(conn)?;
    Ok(())
}

/// Records delivery of these emails and drops their bodies: they hold a secret link, needed
/// no longer.
pub fn mark_sent(conn: &mut DbConnection, ids: &[i64], now: NaiveDateTime) -> Result<(), DbError> {
    if ids.is_empty() {
        return Ok(());
    }
    diesel::update(outbox::table.filter(outbox::id.eq_any(ids)))
        .set((
            outbox::sent_at.eq(now),
            outbox::body_text.eq(""),
            outbox::body_html.eq(""),
            outbox::last_error.eq(None::<String>),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn mark_failed(
    conn: &mut DbConnection,
    id: i64,
    retry_at: NaiveDateTime,
    error: &str,
) -> Result<(), DbError> {
    diesel::update(outbox::table.find(id))
        .set((
            outbox::next_attempt_at.eq(retry_at),
            outbox::last_error.eq(error),
        ))
        .execute(conn)?;
    Ok(())
}

/// How many emails are still waiting to go.
pub fn pending_count(conn: &mut DbConnection) -> Result<i64, DbError> {
    Ok(outbox::table
        .filter(outbox::sent_at.is_null())
        .count()
        .get_result(conn)?)
}

/// A never-tried email of a campaign update, taken out of the queue to be replaced.
#[derive(Debug, Clone, Queryable)]
pub struct Untried {
    pub id: i64,
    pub recipient: String,
    pub mailbox: Option<String>,
    pub unsubscribe_url: Option<String>,
    pub next_attempt_at: NaiveDateTime,
    /// The start of its HTML, which says the language it is written in (`<html lang>`).
    pub html_start: String,
}

/// Takes out of the queue every email of the update `update_id` that no sender has tried
/// yet, and returns them. An email claimed meanwhile (being sent, or waiting for a retry)
/// stays and is not returned: nobody is sent two versions.
pub fn take_untried_of_update(
    conn: &mut DbConnection,
    update_id: i64,
) -> Result<Vec<Untried>, DbError> {
    let candidates: Vec<Untried> = outbox::table
        .filter(outbox::update_id.eq(update_id))
        .filter(outbox::sent_at.is_null())
        .filter(outbox::attempts.eq(0))
        .order(outbox::id.asc())
        .select((
            outbox::id,
            outbox::recipient,
            outbox::mailbox,
            outbox::unsubscribe_url,
            outbox::next_attempt_at,
            diesel::dsl::sql::<diesel::sql_types::Text>("substr(body_html, 1, 100)"),
        ))
        .load(conn)?;
    let mut taken = Vec::with_capacity(candidates.len());
    for chunk in candidates.chunks(5000) {
        let ids: Vec<i64> = chunk.iter().map(|e| e.id).collect();
        diesel::delete(
            outbox::table
                .filter(outbox::id.eq_any(&ids))
                .filter(outbox::sent_at.is_null())
                .filter(outbox::attempts.eq(0)),
        )
        .execute(conn)?;
        let stayed: std::collections::HashSet<i64> = outbox::table
            .filter(outbox::id.eq_any(&ids))
            .select(outbox::id)
            .load::<i64>(conn)?
            .into_iter()
            .collect();
        taken.extend(chunk.iter().filter(|e| !stayed.contains(&e.id)).cloned());
    }
    Ok(taken)
}

/// How many emails of the update were sent, and how many are still waiting.
pub fn update_progress(conn: &mut DbConnection, update_id: i64) -> Result<(i64, i64), DbError> {
    let all: i64 = outbox::table
        .filter(outbox::update_id.eq(update_id))
        .count()
        .get_result(conn)?;
    let waiting: i64 = outbox::table
        .filter(outbox::update_id.eq(update_id))
        .filter(outbox::sent_at.is_null())
        .count()
        .get_result(conn)?;
    let sent = all - waiting;
    Ok((sent, waiting))
}

/// Leaves out of `emails` (claimed by a sender) the campaign-wide ones whose recipient has
/// unsubscribed since they were queued, and deletes those from the queue: an unsubscribe
/// takes effect at once, even for mail already waiting. One query per batch, and none
/// when the batch holds no such mail.
pub fn drop_unsubscribed(
    conn: &mut DbConnection,
    emails: Vec<QueuedEmail>,
) -> Result<Vec<QueuedEmail>, DbError> {
    use crate::db::models::unsubscribe_link;
    let hashes: Vec<(i64, String)> = emails
        .iter()
        .filter(|e| e.bulk)
        .filter_map(|e| {
            let token = unsubscribe_link::token_of_url(e.unsubscribe_url.as_deref()?)?;
            Some((e.id, token.hash().as_str().to_owned()))
        })
        .collect();
    if hashes.is_empty() {
        return Ok(emails);
    }
    let wanted: Vec<&str> = hashes.iter().map(|(_, h)| h.as_str()).collect();
    let gone: std::collections::HashSet<String> = unsubscribe_link::unsubscribed(conn, &wanted)?
        .into_iter()
        .collect();
    let dropped: Vec<i64> = hashes
        .iter()
        .filter(|(_, h)| gone.contains(h))
        .map(|(id, _)| *id)
        .collect();
    if dropped.is_empty() {
        return Ok(emails);
    }
    diesel::delete(outbox::table.filter(outbox::id.eq_any(&dropped))).execute(conn)?;
    Ok(emails
        .into_iter()
        .filter(|e| !dropped.contains(&e.id))
        .collect())
}
