//! "Did your MP reply?": fourteen days after a letter is delivered to an official, its
//! writer is asked whether they had a reply; once more seven days later if they have not
//! answered, never again. A periodic job with the time passed in; each question and
//! reminder is claimed in the database before it is queued, so two instances running the
//! job at once send each one once.

use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta, Utc};

use crate::db::models::outbox;
use crate::db::models::reply_question::{self, Due};
use crate::db::{Database, DbConnection, DbError};
use crate::domain::{EmailAddress, SecretToken};
use crate::i18n::Lang;
use crate::mail::reply_messages::reply_question as question_email;
use crate::plumbing::shutdown::Stopping;

/// Days after delivery that the writer is asked.
pub const ASK_AFTER_DAYS: i64 = 14;
/// Days after the question that the one reminder goes, if unanswered.
pub const REMIND_AFTER_DAYS: i64 = 7;
/// Letters delivered longer ago than this are never asked about (say, when the job first
/// runs on a site with old letters, or after a long outage).
pub const ASK_WITHIN_DAYS: i64 = 28;
/// Questions claimed per transaction.
const BATCH: i64 = 500;
/// How often the server runs the job.
const EVERY: Duration = Duration::from_secs(15 * 60);

/// The four answers a writer can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    /// A reply that did not address the points of the letter.
    NotAddressed,
    /// Only an acknowledgement.
    Acknowledged,
    No,
}

impl Answer {
    pub const ALL: [Answer; 4] = [
        Answer::Yes,
        Answer::NotAddressed,
        Answer::Acknowledged,
        Answer::No,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::NotAddressed => "not-addressed",
            Answer::Acknowledged => "acknowledged",
            Answer::No => "no",
        }
    }

    pub fn parse(text: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.as_str() == text)
    }

    /// The words on the answer's button, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        lang.t(match self {
            Answer::Yes => "replies-answer-yes",
            Answer::NotAddressed => "replies-answer-not-addressed",
            Answer::Acknowledged => "replies-answer-acknowledged",
            Answer::No => "replies-answer-no",
        })
    }
}

/// What one run queued.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Asked {
    pub questions: usize,
    pub reminders: usize,
}

/// Asks every writer whose letter was delivered at least [`ASK_AFTER_DAYS`] before `now`
/// and reminds, once, those asked at least [`REMIND_AFTER_DAYS`] before who have not
/// answered. Safe to run at any time, as often as wanted, on several instances at once.
pub fn ask_writers(db: &Database, base_url: &str, now: NaiveDateTime) -> Result<Asked, DbError> {
    let mut asked = Asked::default();
    loop {
        let sent = db.write_blocking(|conn| ask_batch(conn, base_url, now))?;
        asked.questions += sent;
        if sent == 0 {
            break;
        }
    }
    loop {
        let sent = db.write_blocking(|conn| remind_batch(conn, base_url, now))?;
        asked.reminders += sent;
        if sent == 0 {
            break;
        }
    }
    Ok(asked)
}

fn ask_batch(
    conn: &mut DbConnection,
    base_url: &str,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    let sent_before = now - TimeDelta::days(ASK_AFTER_DAYS);
    let oldest = now - TimeDelta::days(ASK_WITHIN_DAYS);
    let due = reply_question::due_questions(conn, sent_before, oldest, BATCH)?;
    let mut sent = 0;
    for writer in &due {
        let token = SecretToken::generate();
        if reply_question::claim_question(conn, writer, &token.hash(), now)? {
            queue(conn, writer, base_url, &token, false, now)?;
            sent += 1;
        }
    }
    Ok(sent)
}

fn remind_batch(
    conn: &mut DbConnection,
    base_url: &str,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    let asked_before = now - TimeDelta::days(REMIND_AFTER_DAYS);
    let due = reply_question::due_reminders(conn, asked_before, BATCH)?;
    let mut sent = 0;
    for writer in &due {
        let token = SecretToken::generate();
        if reply_question::claim_reminder(conn, writer.delivery_id, &token.hash(), now)? {
            queue(conn, writer, base_url, &token, true, now)?;
            sent += 1;
        }
    }
    Ok(sent)
}

fn queue(
    conn: &mut DbConnection,
    writer: &Due,
    base_url: &str,
    token: &SecretToken,
    reminder: bool,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    // An address that no longer parses (it was checked when the letter was written) is
    // skipped: the question stays claimed, so it is not retried every run.
    let Ok(to) = EmailAddress::parse(&writer.writer_email) else {
        return Ok(());
    };
    let link = format!("{base_url}/replies/{}", token.as_str());
    let message = question_email(
        &to,
        Lang::stored(&writer.language),
        &writer.official_name,
        &writer.headline,
        &link,
        reminder,
        now,
    )
    .about_letter(writer.letter_id);
    outbox::enqueue(conn, &message)
}

/// Runs [`ask_writers`] every quarter of an hour for as long as the server runs.
pub async fn run(
    db: Database,
    base_url: String,
    wake: std::sync::Arc<tokio::sync::Notify>,
    mut stopping: Stopping,
) {
    loop {
        tokio::select! {
            () = stopping.wait() => break,
            () = tokio::time::sleep(EVERY) => {}
        }
        let (db, base_url) = (db.clone(), base_url.clone());
        let now = Utc::now().naive_utc();
        let run = tokio::task::spawn_blocking(move || ask_writers(&db, &base_url, now)).await;
        match run {
            Ok(Ok(asked)) if asked != Asked::default() => {
                tracing::info!(
                    questions = asked.questions,
                    reminders = asked.reminders,
                    "asked writers whether officials replied"
                );
                wake.notify_one();
            }
            Ok(Ok(_)) => {}
            Ok(Err(error)) => tracing::warn!(%error, "could not ask writers about replies"),
            Err(error) => tracing::warn!(%error, "the reply question job stopped"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip_and_nothing_else_parses() {
        for answer in Answer::ALL {
            assert_eq!(Answer::parse(answer.as_str()), Some(answer));
        }
        assert_eq!(Answer::parse(""), None);
        assert_eq!(Answer::parse("YES"), None);
        assert_eq!(Answer::parse("maybe"), None);
    }
}
