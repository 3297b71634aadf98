//! The background sender: takes due emails from the outbox, delivers them, and retries
//! failures with exponential backoff. It wakes when an email is queued, or every few seconds.

use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta, Utc};
use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};
use lettre::Message;
use tokio::sync::Notify;

use super::{MailError, Transport};
use crate::db::models::delivery;
use crate::db::models::outbox::{self, QueuedEmail};
use crate::db::{Database, DbConnection, DbError};

const BATCH: i64 = 50;
const IDLE_WAKE: Duration = Duration::from_secs(5);
/// How long a claimed email is left alone before another attempt may take it.
const LEASE: TimeDelta = TimeDelta::minutes(5);

pub struct Sender {
    pub db: Database,
    pub transport: Transport,
    pub from: Mailbox,
    pub wake: Arc<Notify>,
}

impl Sender {
    pub async fn run(self) {
        tracing::info!(transport = %self.transport.describe(), "mail sender started");
        loop {
            match self.send_due().await {
                Ok(sent) if sent as i64 == BATCH => continue,
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "mail sender could not read the outbox"),
            }
            let _ = tokio::time::timeout(IDLE_WAKE, self.wake.notified()).await;
        }
    }

    /// Sends what is due now; returns how many were attempted.
    pub async fn send_due(&self) -> Result<usize, DbError> {
        let now = Utc::now().naive_utc();
        let due = self.db.read(move |c| outbox::due(c, now, BATCH)).await?;
        let attempted = due.len();
        for email in due {
            let lease_until = Utc::now().naive_utc() + LEASE;
            let claim = email.clone();
            if !self
                .db
                .write(move |c| outbox::claim(c, &claim, lease_until))
                .await?
            {
                continue;
            }
            let id = email.id;
            let attempts = email.attempts + 1;
            let carries = (email.delivery_id, email.joint_letter_id);
            let result = match self.message(&email) {
                Ok(message) => self.transport.deliver(id, message).await,
                Err(e) => Err(e),
            };
            let now = Utc::now().naive_utc();
            match result {
                Ok(()) => {
                    self.db
                        .write(move |c| {
                            outbox::mark_sent(c, id, now)?;
                            follow(c, carries, delivery::Status::Sent, None, now)
                        })
                        .await?;
                    tracing::info!(outbox_id = id, "email sent");
                }
                Err(error) => {
                    let retry_at = now + backoff(attempts);
                    let text = error.to_string();
                    tracing::warn!(outbox_id = id, attempts, %error, %retry_at, "email not sent; will retry");
                    let detail =
                        format!("{text} (trying again at {} UTC)", retry_at.format("%H:%M"));
                    self.db
                        .write(move |c| {
                            outbox::mark_failed(c, id, retry_at, &text)?;
                            follow(c, carries, delivery::Status::Failed, Some(&detail), now)
                        })
                        .await?;
                }
            }
        }
        Ok(attempted)
    }

    fn message(&self, email: &QueuedEmail) -> Result<Message, MailError> {
        let mailbox = |text: &str| {
            text.parse::<Mailbox>()
                .map_err(|e| MailError::Build(e.to_string()))
        };
        let domain = self.from.email.domain().to_owned();
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(mailbox(&email.recipient)?);
        if let Some(reply_to) = &email.reply_to {
            builder = builder.reply_to(mailbox(reply_to)?);
        }
        builder
            .subject(email.subject.clone())
            .message_id(Some(format!(
                "<outbox-{}-{}@{}>",
                email.id,
                email.created_at.and_utc().timestamp(),
                domain
            )))
            .multipart(
                MultiPart::alternative()
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_PLAIN)
                            .body(email.body_text.clone()),
                    )
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_HTML)
                            .body(email.body_html.clone()),
                    ),
            )
            .map_err(|e| MailError::Build(e.to_string()))
    }
}

/// Carries an email's fate over to the letter delivery or joint letter it was carrying.
fn follow(
    conn: &mut DbConnection,
    (delivery_id, joint_letter_id): (Option<i64>, Option<i64>),
    status: delivery::Status,
    detail: Option<&str>,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    if let Some(id) = delivery_id {
        delivery::set_status(conn, id, status, detail, now)?;
    }
    if let Some(id) = joint_letter_id {
        delivery::set_joint_status(conn, id, status, detail, now)?;
    }
    Ok(())
}

/// 30 s, 1 min, 2 min … capped at one hour.
fn backoff(attempts: i32) -> TimeDelta {
    let exponent = attempts.clamp(1, 8) - 1;
    TimeDelta::seconds((30_i64 << exponent).min(3600))
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff(1).num_seconds(), 30);
        assert_eq!(backoff(2).num_seconds(), 60);
        assert_eq!(backoff(5).num_seconds(), 480);
        assert_eq!(backoff(50).num_seconds(), 3600);
    }
}
