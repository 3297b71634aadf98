//! The background sender: takes due emails from the outbox, delivers them, and retries
//! failures with exponential backoff. It wakes when an email is queued here, when the next
//! retry falls due, or every few seconds (for emails queued by the CLI or other instances).
//! Asked to stop, it finishes the emails in hand (sent and marked sent) and takes no more.
//!
//! Two lanes: prompt mail (confirmations, letters: someone is waiting) goes first; bulk
//! mail (campaign-wide updates) only in rounds when no prompt mail is due, a batch at a
//! time, so a confirmation queued while 100,000 updates drain waits for one batch at most.
//! A batch is sent concurrently, up to `concurrency` emails at once over the SMTP
//! transport's connection pool (`super::smtp`).

use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta, Utc};
use email_encoding::headers::writer::EmailWriter;
use futures_util::stream::{self, StreamExt};
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::Message;
use tokio::sync::Notify;

use super::{MailError, Transport};
use crate::db::models::delivery;
use crate::db::models::outbox::{self, Lane, QueuedEmail};
use crate::db::{Database, DbConnection, DbError};
use crate::plumbing::shutdown::Stopping;

/// Prompt emails taken in one round.
const BATCH: i64 = 50;
/// Bulk emails taken in one round: at 2,000 emails a second, a quarter of a second's worth,
/// which is how long a confirmation queued meanwhile can wait behind them.
const BULK_BATCH: i64 = 400;
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
    /// How many emails of a batch are sent at once (`MISSIVE_MAIL_CONCURRENCY`).
    pub concurrency: usize,
}

impl Sender {
    pub async fn run(self, mut stopping: Stopping) {
        tracing::info!(transport = %self.transport.describe(), "mail sender started");
        while !stopping.is_set() {
            match self.send_due(&stopping).await {
                Ok(Round::Full) => continue,
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "mail sender could not read the outbox"),
            }
            self.transport.close_idle().await;
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

    /// Sends what is due now, prompt mail first, bulk mail only if no prompt mail is due,
    /// stopping early if asked to; says whether the batch was full (more may be waiting).
    /// The batch is claimed in one write and its outcomes recorded in another, so a surge
    /// of signatures does not cost the writer two transactions per email; emails claimed
    /// but not attempted (the sender was asked to stop) are given back.
    pub async fn send_due(&self, stopping: &Stopping) -> Result<Round, DbError> {
        let now = Utc::now().naive_utc();
        let mut lane = Lane::Prompt;
        let mut limit = BATCH;
        let mut due = self
            .db
            .read(move |c| outbox::due_in(c, Lane::Prompt, now, BATCH))
            .await?;
        if due.is_empty() {
            (lane, limit) = (Lane::Bulk, BULK_BATCH);
            due = self
                .db
                .read(move |c| outbox::due_in(c, Lane::Bulk, now, BULK_BATCH))
                .await?;
        }
        let found = due.len();
        if due.is_empty() {
            return Ok(Round::Empty);
        }
        let lease_until = Utc::now().naive_utc() + LEASE;
        let claimed = self
            .db
            .write(move |c| {
                let ids: Vec<i64> = due.iter().map(|e| e.id).collect();
                let mine: std::collections::HashSet<i64> =
                    outbox::claim(c, &ids, now, lease_until)?
                        .into_iter()
                        .collect();
                let mine = due.into_iter().filter(|e| mine.contains(&e.id)).collect();
                outbox::drop_unsubscribed(c, mine)
            })
            .await?;
        let outcomes: Vec<Outcome> = stream::iter(claimed)
            .map(|email| async move {
                if stopping.is_set() {
                    Outcome::NotAttempted(email)
                } else {
                    self.attempt(email).await
                }
            })
            .buffer_unordered(self.concurrency.max(1))
            .collect()
            .await;
        self.db
            .write(move |c| {
                // Sent emails are marked in one statement, as sent when the last of them was.
                let sent: Vec<i64> = outcomes.iter().filter_map(Outcome::sent).collect();
                let last = outcomes.iter().filter_map(Outcome::sent_at).max();
                if let Some(last) = last {
                    outbox::mark_sent(c, &sent, last)?;
                }
                for outcome in &outcomes {
                    outcome.record(c, lease_until)?;
                }
                Ok(())
            })
            .await?;
        tracing::debug!(?lane, found, "mail round");
        Ok(if found as i64 == limit {
            Round::Full
        } else {
            Round::Partial(found)
        })
    }

    /// Delivers one claimed email.
    async fn attempt(&self, email: QueuedEmail) -> Outcome {
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
                tracing::info!(outbox_id = id, "email sent");
                Outcome::Sent { id, carries, now }
            }
            Err(error) => {
                let retry_at = now + backoff(attempts, self.retry_base);
                // An SMTP server's reply can quote the recipient's address.
                let text = crate::plumbing::telemetry::without_addresses(&error.to_string());
                tracing::warn!(outbox_id = id, attempts, error = %text, %retry_at, "email not sent; will retry");
                Outcome::Failed {
                    id,
                    carries,
                    now,
                    retry_at,
                    text,
                }
            }
        }
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
        if let Some(url) = &email.unsubscribe_url {
            let (list, post) = unsubscribe_headers(url)?;
            builder = builder.raw_header(list).raw_header(post);
        }
        builder
            .raw_header(subject(&email.subject))
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

/// The `Subject:` header for `text`, encoded so that the reader sees exactly `text`. The
/// mail library leaves ASCII words as they are, so a word that looks like an encoded word
/// (`=?utf-8?q?…?=`, typed into a letter's subject) would be decoded by the reader's
/// program: such a subject is encoded whole instead.
fn subject(text: &str) -> HeaderValue {
    let name = HeaderName::new_from_ascii_str("Subject");
    if !text.contains("=?") {
        return HeaderValue::new(name, text.to_owned());
    }
    let mut encoded = String::new();
    {
        let mut writer = EmailWriter::new(&mut encoded, "Subject: ".len(), 0, false);
        // Writing to a String cannot fail.
        let _ = email_encoding::headers::rfc2047::encode(text, &mut writer);
    }
    HeaderValue::dangerous_new_pre_encoded(name, text.to_owned(), encoded)
}

/// `List-Unsubscribe` with the one-click address and `List-Unsubscribe-Post` (RFC 8058),
/// so mail programs can offer an unsubscribe button that POSTs to it. The address is
/// ours and holds only URL characters; anything else is refused rather than sent.
fn unsubscribe_headers(url: &str) -> Result<(HeaderValue, HeaderValue), MailError> {
    let plain = url.starts_with("http")
        && url
            .bytes()
            .all(|b| b.is_ascii_graphic() && !matches!(b, b'<' | b'>' | b','));
    if !plain {
        return Err(MailError::Build("unusable unsubscribe address".to_owned()));
    }
    let list = format!("<{url}>");
    Ok((
        HeaderValue::dangerous_new_pre_encoded(
            HeaderName::new_from_ascii_str("List-Unsubscribe"),
            list.clone(),
            list,
        ),
        HeaderValue::new(
            HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
            "List-Unsubscribe=One-Click".to_owned(),
        ),
    ))
}

/// What one round of [`Sender::send_due`] found due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Round {
    Empty,
    /// Fewer than a batch: this many.
    Partial(usize),
    /// A whole batch: more may be waiting, so the next round starts at once.
    Full,
}

/// What became of a claimed email, to be recorded.
enum Outcome {
    Sent {
        id: i64,
        carries: Carries,
        now: NaiveDateTime,
    },
    Failed {
        id: i64,
        carries: Carries,
        now: NaiveDateTime,
        retry_at: NaiveDateTime,
        /// Why, with any email address taken out.
        text: String,
    },
    NotAttempted(QueuedEmail),
}

impl Outcome {
    fn sent(&self) -> Option<i64> {
        match self {
            Outcome::Sent { id, .. } => Some(*id),
            _ => None,
        }
    }

    fn sent_at(&self) -> Option<NaiveDateTime> {
        match self {
            Outcome::Sent { now, .. } => Some(*now),
            _ => None,
        }
    }

    /// Records what became of the email, except the outbox row of a sent one (marked with
    /// the others of its batch).
    fn record(&self, conn: &mut DbConnection, lease_until: NaiveDateTime) -> Result<(), DbError> {
        match self {
            Outcome::Sent { carries, now, .. } => {
                follow(conn, *carries, delivery::Status::Sent, None, *now)
            }
            Outcome::Failed {
                id,
                carries,
                now,
                retry_at,
                text,
            } => {
                outbox::mark_failed(conn, *id, *retry_at, text)?;
                let detail = format!("{text} (trying again at {} UTC)", retry_at.format("%H:%M"));
                follow(
                    conn,
                    *carries,
                    delivery::Status::Failed,
                    Some(&detail),
                    *now,
                )
            }
            Outcome::NotAttempted(email) => outbox::release(conn, email, lease_until),
        }
    }
}

/// The letter delivery and joint letter an email carries, if any.
type Carries = (Option<i64>, Option<i64>);

/// Carries an email's fate over to the letter delivery or joint letter it was carrying.
fn follow(
    conn: &mut DbConnection,
    (delivery_id, joint_letter_id): Carries,
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
    use std::sync::Arc;
    use std::time::Duration;

    use chrono::Utc;
    use tokio::sync::Notify;

    use super::{backoff, Round, Sender, Transport, BATCH};
    use crate::db::models::outbox::{self, NewEmail, QueuedEmail};
    use crate::db::{migrations, Database};
    use crate::plumbing::shutdown;

    fn email(n: usize) -> NewEmail {
        let now = Utc::now().naive_utc();
        NewEmail {
            recipient: format!("signer{n}@example.org"),
            subject: format!("Message {n}"),
            body_text: "Hello".to_owned(),
            body_html: "<p>Hello</p>".to_owned(),
            created_at: now,
            next_attempt_at: now,
            reply_to: None,
            delivery_id: None,
            joint_letter_id: None,
            mailbox: None,
            letter_id: None,
            slow: false,
            bulk: false,
            unsubscribe_url: None,
            update_id: None,
        }
    }

    fn unsent(db: &Database) -> Vec<QueuedEmail> {
        let later = Utc::now().naive_utc() + chrono::TimeDelta::hours(1);
        outbox::due(&mut db.get().expect("connection"), later, 1000).expect("outbox")
    }

    /// A sender asked to stop before it starts its batch claims it and gives it all back,
    /// untried; the next round sends it, each email once.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_batch_is_claimed_together_and_given_back_when_stopping() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = dir.path().join("m.sqlite3").to_string_lossy().into_owned();
        let db = Database::connect(&url, 2).expect("connect");
        migrations::run_pending(&mut db.get().expect("connection")).expect("migrate");
        let count = usize::try_from(BATCH).expect("batch") + 3;
        db.write(move |c| (0..count).try_for_each(|n| outbox::enqueue(c, &email(n))))
            .await
            .expect("queue");
        let before = unsent(&db);
        let files = dir.path().join("outbox");
        let sender = Sender {
            db: db.clone(),
            transport: Transport::Files(files.clone()),
            from: "Missive <noreply@example.org>".parse().expect("mailbox"),
            wake: Arc::new(Notify::new()),
            retry_base: Duration::from_secs(30),
            concurrency: 4,
        };

        let (stop, stopping) = shutdown::channel();
        stop.stop();
        let due = sender.send_due(&stopping).await.expect("round");
        assert_eq!(due, Round::Full);
        let after = unsent(&db);
        assert_eq!(after.len(), count, "nothing sent");
        for (was, is) in before.iter().zip(&after) {
            assert_eq!((was.id, was.attempts), (is.id, is.attempts));
            assert_eq!(
                was.next_attempt_at, is.next_attempt_at,
                "due again as before"
            );
        }
        assert!(!files.exists() || std::fs::read_dir(&files).expect("dir").count() == 0);

        let (_keep, running) = shutdown::channel();
        assert_eq!(sender.send_due(&running).await.expect("round"), Round::Full);
        assert_eq!(
            sender.send_due(&running).await.expect("round"),
            Round::Partial(3)
        );
        assert!(unsent(&db).is_empty());
        assert_eq!(std::fs::read_dir(&files).expect("dir").count(), count);
    }

    /// A confirmation queued behind a drain of bulk mail goes in the next round, before
    /// the bulk mail due earlier; the bulk mail goes once no prompt mail is due.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn prompt_mail_goes_before_bulk_mail_due_earlier() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = dir.path().join("m.sqlite3").to_string_lossy().into_owned();
        let db = Database::connect(&url, 2).expect("connect");
        migrations::run_pending(&mut db.get().expect("connection")).expect("migrate");
        db.write(|c| {
            (0..30).try_for_each(|n| {
                let mut bulk = email(n);
                bulk.bulk = true;
                bulk.next_attempt_at -= chrono::TimeDelta::minutes(1);
                outbox::enqueue(c, &bulk)
            })?;
            outbox::enqueue(c, &email(99))
        })
        .await
        .expect("queue");
        let files = dir.path().join("outbox");
        let sender = Sender {
            db: db.clone(),
            transport: Transport::Files(files.clone()),
            from: "Missive <noreply@example.org>".parse().expect("mailbox"),
            wake: Arc::new(Notify::new()),
            retry_base: Duration::from_secs(30),
            concurrency: 4,
        };
        let (_keep, running) = shutdown::channel();
        assert_eq!(
            sender.send_due(&running).await.expect("round"),
            Round::Partial(1)
        );
        let left = unsent(&db);
        assert_eq!(left.len(), 30);
        assert!(left.iter().all(|e| e.recipient != "signer99@example.org"));
        assert_eq!(
            sender.send_due(&running).await.expect("round"),
            Round::Partial(30)
        );
        assert!(unsent(&db).is_empty());
        assert_eq!(std::fs::read_dir(&files).expect("dir").count(), 31);
    }

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
