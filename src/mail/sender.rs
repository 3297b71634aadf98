//! The background sender: takes due emails from the outbox, delivers them, and retries
//! failures with exponential backoff. It wakes when an email is queued here, when the next
//! retry falls due, or every few seconds (for emails queued by the CLI or other instances).
//! Asked to stop, it finishes the email in hand (sent and marked sent) and takes no more.

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
use crate::shutdown::Stopping;

const BATCH: i64 = 50;
const IDLE_WAKE: Duration = Duration::from_secs(5);
/// The shortest pause between rounds, so a clock or claim oddity can never make it spin.
const MIN_NAP: Duration = Duration::from_millis(10);
/// The longest wait between retries of one email.
const MAX_BACKOFF: Duration = Duration::from_secs(3600);
/// How long a claimed email is left alone before another attempt may take it.
const LEASE: TimeDelta = TimeDelta::minutes(5);

pub struct Sender {
    pub db: Database,
    pub transport: Transport,
    pub from: Mailbox,
    pub wake: Arc<Notify>,
    /// The wait before an email's first retry; it doubles with each failure.
    pub retry_base: Duration,
}

impl Sender {
    pub async fn run(self, mut stopping: Stopping) {
        tracing::info!(transport = %self.transport.describe(), "mail sender started");
        while !stopping.is_set() {
            match self.send_due(&stopping).await {
                Ok(sent) if sent as i64 == BATCH => continue,
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "mail sender could not read the outbox"),
            }
            let nap = self.until_next_due().await;
            tokio::select! {
                () = stopping.wait() => break,
                () = self.wake.notified() => {}
                () = tokio::time::sleep(nap) => {}
            }
        }
        tracing::info!("mail sender stopped");
    }

    /// How long to sleep before the next unsent email falls due, at most [`IDLE_WAKE`].
    async fn until_next_due(&self) -> Duration {
        match self.db.read(outbox::next_due).await {
            Ok(Some(due)) => (due - Utc::now().naive_utc())
                .to_std()
                .unwrap_or(Duration::ZERO)
                .clamp(MIN_NAP, IDLE_WAKE),
            Ok(None) => IDLE_WAKE,
            Err(error) => {
                tracing::warn!(%error, "mail sender could not read the outbox");
                IDLE_WAKE
            }
        }
    }

    /// Sends what is due now, stopping early if asked to; returns how many were attempted.
    pub async fn send_due(&self, stopping: &Stopping) -> Result<usize, DbError> {
        let now = Utc::now().naive_utc();
        let due = self.db.read(move |c| outbox::due(c, now, BATCH)).await?;
        let attempted = due.len();
        for email in due {
            if stopping.is_set() {
                break;
            }
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
                    let retry_at = now + backoff(attempts, self.retry_base);
                    // An SMTP server's reply can quote the recipient's address.
                    let text = crate::telemetry::without_addresses(&error.to_string());
                    tracing::warn!(outbox_id = id, attempts, error = %text, %retry_at, "email not sent; will retry");
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

/// `base` after the first failure, doubling with each further one, capped at an hour (or at
/// `base`, if that is longer).
fn backoff(attempts: i32, base: Duration) -> TimeDelta {
    let doublings = attempts.clamp(1, 31) - 1;
    let wait = base
        .checked_mul(1_u32 << doublings)
        .unwrap_or(MAX_BACKOFF)
        .min(MAX_BACKOFF.max(base));
    TimeDelta::from_std(wait).unwrap_or(TimeDelta::hours(1))
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::backoff;

    #[test]
    fn backoff_doubles_from_the_base_and_is_capped_at_an_hour() {
        let base = Duration::from_secs(30);
        assert_eq!(backoff(1, base).num_seconds(), 30);
        assert_eq!(backoff(2, base).num_seconds(), 60);
        assert_eq!(backoff(5, base).num_seconds(), 480);
        assert_eq!(backoff(8, base).num_seconds(), 3600);
        assert_eq!(backoff(50, base).num_seconds(), 3600);
        let fast = Duration::from_millis(200);
        assert_eq!(backoff(1, fast).num_milliseconds(), 200);
        assert_eq!(backoff(4, fast).num_milliseconds(), 1600);
        assert_eq!(backoff(i32::MAX, fast).num_seconds(), 3600);
        assert_eq!(backoff(3, Duration::from_secs(7200)).num_seconds(), 7200);
    }
}
