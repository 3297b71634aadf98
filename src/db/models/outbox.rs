//! The outbox: emails written in the same transaction as what caused them, sent later.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::query_builder::AstPass;
use diesel::sql_types::{BigInt, Nullable, Text, Timestamp};

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
             next_attempt_at, reply_to, delivery_id, joint_letter_id) VALUES",
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
        out.push_bind_param::<Nullable<BigInt>, _>(&self.joint_letter_id)
    }
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

/// When the next unsent email falls due (perhaps already past), if any is waiting.
pub fn next_due(conn: &mut DbConnection) -> Result<Option<NaiveDateTime>, DbError> {
    Ok(outbox::table
        .filter(outbox::sent_at.is_null())
        .select(diesel::dsl::min(outbox::next_attempt_at))
        .first(conn)?)
}

/// Takes the email for one sending attempt: pushes its next attempt to `lease_until` (so no
/// other sender, here or in another instance, picks it up meanwhile) and counts the attempt.
/// False when someone else claimed it first.
pub fn claim(
    conn: &mut DbConnection,
    email: &QueuedEmail,
    lease_until: NaiveDateTime,
) -> Result<bool, DbError> {
    let claimed = diesel::update(
        outbox::table
            .find(email.id)
            .filter(outbox::sent_at.is_null())
            .filter(outbox::next_attempt_at.eq(email.next_attempt_at)),
    )
    .set((
        outbox::next_attempt_at.eq(lease_until),
        outbox::attempts.eq(outbox::attempts + 1),
    ))
    .execute(conn)?;
    Ok(claimed == 1)
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

/// Records delivery and drops the bodies: they hold a secret link, needed no longer.
pub fn mark_sent(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> Result<(), DbError> {
    diesel::update(outbox::table.find(id))
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
